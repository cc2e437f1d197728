package io.okrsdk.core.internal.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import io.okrsdk.core.json.DecodingMode;
import io.okrsdk.core.json.DecodingOptions;
import java.time.Duration;
import java.util.ArrayList;
import okio.Buffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs in its own surefire execution with {@code -Xmx64m}: a page of five million one-letter strings (20
 * MB, well under the 64 MiB body cap) would need hundreds of MB decoded; the array cap ends it
 * with a decoding error long before.
 */
class HugeArraySmallHeapTest {
  private static final int ITEMS = 5_000_000;

  private static Buffer page() {
    Buffer body = new Buffer().writeUtf8("{\"id\":\"1\",\"labels\":[");
    for (int i = 0; i < ITEMS; i++) {
      body.writeUtf8(i == 0 ? "\"a\"" : ",\"a\"");
    }
    return body.writeUtf8("]}");
  }

  @ParameterizedTest
  @EnumSource(DecodingMode.class)
  void millionsOfTinyItemsEndInADecodingErrorNotOutOfMemory(DecodingMode mode) {
    // Only meaningful in the small-heap execution (a -Dtest run puts it in the default one).
    assumeTrue(Runtime.getRuntime().maxMemory() < 100L * 1024 * 1024, "runs in the -Xmx64m execution");
    JsonAdapter<TolerantDecodingTest.Probe> adapter = OkrJson.newMoshi().adapter(TolerantDecodingTest.Probe.class);
    Buffer body = page();
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () ->
            assertThatThrownBy(
                    () -> OkrJson.decode(adapter, body, DecodingOptions.defaults().withMode(mode), new ArrayList<>()))
                .isInstanceOf(JsonDataException.class)
                .hasMessageContaining("More than 100000 items")
                .hasMessageContaining("$.labels"));
  }
}
