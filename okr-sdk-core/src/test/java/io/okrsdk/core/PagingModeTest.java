package io.okrsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.internal.auth.BasicAuth;
import io.okrsdk.core.internal.paging.PageResult;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.core.paging.PagingMode;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A client's paging mode applies to every listing its services return. */
class PagingModeTest {
  private final ExecutorService pool = Executors.newFixedThreadPool(3, r -> new Thread(r, "paging-pool"));
  private final Set<String> fetchThreads = ConcurrentHashMap.newKeySet();

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private PageResult<Integer> page(int size, long skip) {
    fetchThreads.add(Thread.currentThread().getName());
    List<Integer> items = IntStream.range((int) skip, (int) Math.min(50, skip + size)).boxed().collect(Collectors.toList());
    return PageResult.of(items, 50L, null);
  }

  private TestClient client(PagingMode mode) {
    return TestClient.builder().baseUrl("https://h/").auth(new BasicAuth("u", "p")).paging(mode).build();
  }

  @Test
  void sequentialByDefaultFetchesOnTheCallersThread() {
    try (TestClient client = TestClient.builder().baseUrl("https://h/").auth(new BasicAuth("u", "p")).build()) {
      assertThat(client.runtime.paging().skip(10, this::page).toList()).hasSize(50);
    }
    assertThat(fetchThreads).containsExactly(Thread.currentThread().getName());
  }

  @Test
  void parallelModeFetchesOnThePoolAndKeepsOrder() {
    try (TestClient client = client(PagingMode.parallel(2, pool))) {
      assertThat(client.runtime.paging().skip(10, this::page).toList())
          .isEqualTo(IntStream.range(0, 50).boxed().collect(Collectors.toList()));
    }
    assertThat(fetchThreads).contains("paging-pool");
  }

  @Test
  void prefetchModeFetchesLaterPagesOnThePool() {
    try (TestClient client = client(PagingMode.prefetch(pool))) {
      assertThat(client.runtime.paging().skip(10, this::page).toList()).hasSize(50);
    }
    assertThat(fetchThreads).contains("paging-pool", Thread.currentThread().getName());
  }

  @Test
  void aCallCanStillChooseSequential() {
    try (TestClient client = client(PagingMode.parallel(2, pool))) {
      assertThat(client.runtime.paging().skip(10, this::page).sequential().toList()).hasSize(50);
    }
    assertThat(fetchThreads).containsExactly(Thread.currentThread().getName());
  }

  @Test
  void everyListingOfAClientCarriesItsModeAndPageCap() {
    try (TestClient client =
        TestClient.builder().baseUrl("https://h/").auth(new BasicAuth("u", "p")).paging(PagingMode.prefetch(pool)).maxPages(2).build()) {
      PagedIterable<Integer> listing = client.runtime.paging().skip(10, this::page);

      assertThat(listing.pagingMode()).isEqualTo(PagingMode.prefetch(pool));
      assertThat(listing.sequential().pagingMode()).isEqualTo(PagingMode.sequential());
      assertThat(listing.parallel(3, pool).pagingMode()).isEqualTo(PagingMode.parallel(3, pool));
      assertThatThrownBy(listing::toList).isInstanceOf(PageLimitExceededException.class);
    }
  }

  @Test
  void modesTellTheirStyleConcurrencyAndExecutor() {
    assertThat(PagingMode.sequential().style()).isEqualTo(PagingMode.Style.SEQUENTIAL);
    assertThat(PagingMode.sequential().executor()).isEmpty();
    assertThat(PagingMode.prefetch(pool).concurrency()).isEqualTo(1);
    assertThat(PagingMode.parallel(4, pool).concurrency()).isEqualTo(4);
    assertThat(PagingMode.parallel(4, pool).executor()).containsSame(pool);
  }

  @Test
  void modesDescribeThemselvesAndCheckArguments() {
    assertThat(PagingMode.sequential()).hasToString("sequential");
    assertThat(PagingMode.prefetch(pool)).hasToString("prefetch");
    assertThat(PagingMode.parallel(4, pool)).hasToString("parallel(4)");
    assertThatThrownBy(() -> PagingMode.parallel(0, pool)).hasMessageContaining("concurrency");
  }
}
