package io.okrsdk.ogsm;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.OkrDecodingException;
import io.okrsdk.core.OkrException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The async mapping keeps the SDK's exceptions unwrapped and passes cancellation to the call. */
class AsyncResultsTest {
  @Test
  void mapsAValue() {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<Integer> mapped = AsyncResults.map(source, String::length);

    source.complete("four");

    assertThat(mapped.join()).isEqualTo(4);
  }

  @Test
  void aFailureOfTheCallIsPassedOnAsItIs() {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<Integer> mapped = AsyncResults.map(source, String::length);
    OkrException failure = new OkrException("down");

    source.completeExceptionally(failure);

    assertThat(mapped.handle((value, thrown) -> thrown).join()).isSameAs(failure);
  }

  @Test
  void aFailureOfTheMappingIsPassedOnAsItIs() {
    CompletableFuture<String> source = new CompletableFuture<>();
    OkrDecodingException failure = new OkrDecodingException("bad", "$", null);
    CompletableFuture<Integer> mapped =
        AsyncResults.map(
            source,
            value -> {
              throw failure;
            });

    source.complete("x");

    assertThat(mapped.handle((value, thrown) -> thrown).join()).isSameAs(failure);
  }

  @Test
  void cancellingTheResultCancelsTheCall() {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<Integer> mapped = AsyncResults.map(source, String::length);

    mapped.cancel(true);

    assertThat(source.isCancelled()).isTrue();
  }

  @Test
  void completingNormallyLeavesTheCallAlone() {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<Integer> mapped = AsyncResults.map(source, String::length);

    source.complete("ok");

    assertThat(mapped.join()).isEqualTo(2);
    assertThat(source.isCancelled()).isFalse();
  }
}
