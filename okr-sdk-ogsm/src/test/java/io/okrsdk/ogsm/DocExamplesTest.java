package io.okrsdk.ogsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.okrsdk.core.testsupport.Fixtures;
import java.io.IOException;
import okio.Buffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The vendor's docs write their example objects in JavaScript notation (unquoted keys), which no
 * server sends. {@code ogsm/docs/*.txt} hold those examples byte for byte; {@code ogsm/*.json} hold
 * the same objects as strict JSON, which the contract tests serve. This test proves the two say the
 * same thing, value for value.
 */
class DocExamplesTest {
  private final JsonAdapter<Object> anyJson = new Moshi.Builder().build().adapter(Object.class);

  @ParameterizedTest
  @ValueSource(strings = {"objective", "goal", "goal_measurement", "strategy", "kpi", "kpi_measurement", "action"})
  void strictFixtureHoldsExactlyTheDocsExample(String name) throws IOException {
    String docs = Fixtures.read("ogsm/docs/" + name + ".txt");
    String strict = Fixtures.read("ogsm/" + name + ".json");

    assertThat(parse(strict, false)).isEqualTo(parse(docs, true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"objective", "goal", "goal_measurement", "strategy", "kpi", "kpi_measurement", "action"})
  void docsExamplesAreNotStrictJson(String name) {
    // Why the strict copies exist: a strict reader (as the SDK's) refuses the docs' notation.
    String docs = Fixtures.read("ogsm/docs/" + name + ".txt");

    assertThatThrownBy(() -> parse(docs, false)).isInstanceOf(JsonEncodingException.class);
  }

  private Object parse(String text, boolean lenient) throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text));
    reader.setLenient(lenient);
    Object value = anyJson.fromJson(reader);
    assertThat(reader.peek()).isEqualTo(JsonReader.Token.END_DOCUMENT);
    return value;
  }
}
