package io.okrsdk.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.okrsdk.core.json.DecodingMode;
import io.okrsdk.core.json.DecodingOptions;
import io.okrsdk.core.json.DecodingProblem;
import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import io.okrsdk.core.json.RawJson;
import io.okrsdk.core.json.Unrecognized;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
import org.immutables.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TolerantDecodingTest {
  /** A model with one attribute of each kind the SDK decodes. */
  @OkrModel
  @Value.Immutable
  public interface Probe extends HasUnrecognized {
    String id();

    Optional<Integer> weight();

    Optional<LocalDate> due();

    Optional<BigDecimal> amount();

    Optional<Boolean> flag();

    Optional<String> name();

    Optional<Child> child();

    List<Child> children();

    List<String> labels();
  }

  /** A nested model with its own identity. */
  @OkrModel
  @Value.Immutable
  public interface Child extends HasUnrecognized {
    @Json(name = "child_id")
    String childId();

    Optional<String> title();
  }

  private final Moshi moshi = OkrJson.newMoshi();
  private final JsonAdapter<Probe> adapter = moshi.adapter(Probe.class);

  private Probe decode(String json, DecodingOptions options, List<DecodingProblem> problems) throws IOException {
    return OkrJson.decode(adapter, new Buffer().writeUtf8(json), options, problems);
  }

  private Probe tolerant(String json) throws IOException {
    return decode(json, DecodingOptions.defaults(), new ArrayList<>());
  }

  private Probe strict(String json) throws IOException {
    return decode(json, DecodingOptions.defaults().withMode(DecodingMode.STRICT), new ArrayList<>());
  }

  @Test
  void aWellFormedBodyHasNothingUnrecognized() throws IOException {
    Probe probe = tolerant("{\"id\":\"1\",\"weight\":3,\"due\":\"2024-01-31\",\"child\":{\"child_id\":\"c\"},\"labels\":[\"a\"]}");

    assertThat(probe.unrecognized()).isSameAs(Unrecognized.none());
    assertThat(probe.child().orElseThrow().unrecognized().isEmpty()).isTrue();
    assertThat(probe.weight()).contains(3);
  }

  @Test
  void eachValueThatDoesNotFitIsAbsentKeptAsRawJsonAndRecorded() throws IOException {
    List<DecodingProblem> problems = new ArrayList<>();
    Probe probe =
        decode(
            "{\"id\":\"1\",\"weight\":2.5,\"due\":\"next friday\",\"amount\":{\"v\":1},\"flag\":\"yes\","
                + "\"name\":[\"x\"],\"child\":\"c-1\",\"labels\":\"a,b\",\"after\":true}",
            DecodingOptions.defaults(),
            problems);

    assertThat(probe.id()).isEqualTo("1");
    assertThat(probe.weight()).isEmpty();
    assertThat(probe.due()).isEmpty();
    assertThat(probe.amount()).isEmpty();
    assertThat(probe.flag()).isEmpty();
    assertThat(probe.name()).isEmpty();
    assertThat(probe.child()).isEmpty();
    assertThat(probe.labels()).isEmpty();
    Unrecognized unrecognized = probe.unrecognized();
    assertThat(unrecognized.mismatchedFields())
        .containsEntry("weight", RawJson.of("2.5"))
        .containsEntry("due", RawJson.of("\"next friday\""))
        .containsEntry("amount", RawJson.of("{\"v\":1}"))
        .containsEntry("flag", RawJson.of("\"yes\""))
        .containsEntry("name", RawJson.of("[\"x\"]"))
        .containsEntry("child", RawJson.of("\"c-1\""))
        .containsEntry("labels", RawJson.of("\"a,b\""));
    assertThat(unrecognized.unknownFields()).containsEntry("after", RawJson.of("true"));
    assertThat(unrecognized.problems()).hasSize(7);
    assertThat(unrecognized.problems().get(0))
        .satisfies(
            p -> {
              assertThat(p.jsonPath()).isEqualTo("$.weight");
              assertThat(p.expected()).isEqualTo("Integer");
              assertThat(p.excerpt()).isEqualTo("2.5");
            });
    assertThat(problems).isEqualTo(unrecognized.problems());
  }

  @Test
  void problemsOfNestedModelsAndListElementsStayWithTheirOwnObject() throws IOException {
    List<DecodingProblem> problems = new ArrayList<>();
    Probe probe =
        decode(
            "{\"id\":\"1\",\"children\":[{\"child_id\":\"a\",\"title\":{}},\"b\",null,{\"child_id\":\"c\",\"x\":1}]}",
            DecodingOptions.defaults(),
            problems);

    assertThat(probe.children()).extracting(Child::childId).containsExactly("a", "c");
    assertThat(probe.children().get(0).unrecognized().mismatchedFields()).containsEntry("title", RawJson.of("{}"));
    assertThat(probe.children().get(1).unrecognized().unknownFields()).containsEntry("x", RawJson.of("1"));
    assertThat(probe.unrecognized().mismatchedFields())
        .containsEntry("children[1]", RawJson.of("\"b\""))
        .containsEntry("children[2]", RawJson.of("null"));
    assertThat(problems).extracting(DecodingProblem::jsonPath)
        .containsExactly("$.children[0].title", "$.children[1]", "$.children[2]");
  }

  @Test
  void aScalarThatFailsWhileBeingReadIsRecordedAtItsOwnFieldInsideAList() throws IOException {
    JsonAdapter<List<Probe>> list = moshi.adapter(Types.newParameterizedType(List.class, Probe.class));
    List<DecodingProblem> problems = new ArrayList<>();
    String long400 = "1".repeat(401);

    List<Probe> probes =
        OkrJson.decode(
            list,
            new Buffer()
                .writeUtf8(
                    "[{\"id\":\"1\",\"weight\":\"heavy\",\"due\":\"soon\",\"amount\":\"" + long400 + "\",\"name\":\"a\"},"
                        + "{\"id\":\"2\",\"amount\":\"1e999999\",\"weight\":1.5,\"flag\":true,\"name\":\"b\"}]"),
            DecodingOptions.defaults(),
            problems);

    // Moshi leaves a refused int unread; the SDK's date and decimal adapters consume what they refuse.
    assertThat(problems).extracting(DecodingProblem::jsonPath)
        .containsExactly("$[0].weight", "$[0].due", "$[0].amount", "$[1].amount", "$[1].weight");
    assertThat(probes.get(0).unrecognized().mismatchedFields())
        .containsEntry("weight", RawJson.of("\"heavy\""))
        .containsEntry("due", RawJson.of("\"soon\""))
        .containsEntry("amount", RawJson.of("\"" + long400 + "\""));
    assertThat(probes.get(1).unrecognized().mismatchedFields())
        .containsEntry("amount", RawJson.of("\"1e999999\""))
        .containsEntry("weight", RawJson.of("1.5"));
    assertThat(probes).extracting(Probe::name).containsExactly(Optional.of("a"), Optional.of("b"));
    assertThat(probes.get(1).flag()).contains(true);
  }

  @Test
  void unrecognizedTakesNoPartInEqualityAndIsNeverWritten() throws IOException {
    Probe odd = tolerant("{\"id\":\"1\",\"weight\":\"heavy\",\"extra\":1}");
    Probe plain = tolerant("{\"id\":\"1\"}");

    assertThat(odd).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(odd.toString()).doesNotContain("heavy");
    assertThat(adapter.toJson(odd)).isEqualTo("{\"id\":\"1\",\"children\":[],\"labels\":[]}");
  }

  @ParameterizedTest
  @EnumSource(DecodingMode.class)
  void identityFieldsStayRequiredInBothModes(DecodingMode mode) {
    DecodingOptions options = DecodingOptions.defaults().withMode(mode);
    assertThatThrownBy(() -> decode("{\"id\":{\"nested\":1}}", options, new ArrayList<>()))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.id");
    assertThatThrownBy(() -> decode("{\"weight\":1}", options, new ArrayList<>()))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> decode("{\"id\":\"1\",\"child\":{\"title\":\"no id\"}}", options, new ArrayList<>()))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.child");
  }

  @Test
  void strictModeFailsOnTheFirstMismatchWithItsPath() {
    assertThatThrownBy(() -> strict("{\"id\":\"1\",\"weight\":2.5}")).isInstanceOf(JsonDataException.class).hasMessageContaining("$.weight");
    assertThatThrownBy(() -> strict("{\"id\":\"1\",\"child\":\"c\"}")).isInstanceOf(JsonDataException.class).hasMessageContaining("$.child");
    assertThatThrownBy(() -> strict("{\"id\":\"1\",\"children\":[null]}")).isInstanceOf(JsonDataException.class).hasMessageContaining("$.children");
  }

  @Test
  void strictModeStillKeepsUnknownFields() throws IOException {
    assertThat(strict("{\"id\":\"1\",\"new_field\":[1,2]}").unrecognized().unknownFields())
        .containsEntry("new_field", RawJson.of("[1,2]"));
  }

  @ParameterizedTest
  @EnumSource(DecodingMode.class)
  void arraysLongerThanTheCapFailInBothModes(DecodingMode mode) {
    DecodingOptions options = DecodingOptions.defaults().withMode(mode).withMaxArrayItems(3);
    assertThatThrownBy(() -> decode("{\"id\":\"1\",\"labels\":[\"a\",\"b\",\"c\",\"d\"]}", options, new ArrayList<>()))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("More than 3 items")
        .hasMessageContaining("$.labels");
  }

  @ParameterizedTest
  @EnumSource(DecodingMode.class)
  void nestingDeeperThanTheCapFailsInBothModes(DecodingMode mode) {
    DecodingOptions options = DecodingOptions.defaults().withMode(mode).withMaxNestingDepth(2);
    assertThatThrownBy(
            () -> decode("{\"id\":\"1\",\"children\":[{\"child_id\":\"c\"}]}", options, new ArrayList<>()))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("Nesting deeper than 2");
    assertThat(DecodingOptions.defaults().maxNestingDepth()).isEqualTo(64);
    assertThat(DecodingOptions.defaults().maxArrayItems()).isEqualTo(100_000);
  }

  @Test
  void aValueKeptAsRawJsonThatNestsTooDeeplyNamesItsOwnPath() {
    DecodingOptions options = DecodingOptions.defaults().withMaxNestingDepth(3);

    assertThatThrownBy(() -> decode("{\"id\":\"1\",\"extra\":[[[1]]],\"name\":\"n\"}", options, new ArrayList<>()))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Nesting deeper than 3 levels at path $.extra");
    assertThatThrownBy(() -> decode("{\"id\":\"1\",\"weight\":[[[1]]]}", options, new ArrayList<>()))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Nesting deeper than 3 levels at path $.weight");
    assertThatThrownBy(() -> decode("{\"id\":\"1\",\"labels\":[\"a\",[[1]],\"b\"]}", options, new ArrayList<>()))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Nesting deeper than 3 levels at path $.labels[1]");
  }

  @Test
  void optionsRefuseNonsense() {
    assertThatThrownBy(() -> DecodingOptions.defaults().withMaxArrayItems(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DecodingOptions.defaults().withMaxNestingDepth(256)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aReaderMadeOutsideTheConverterDecodesTolerantly() throws IOException {
    Probe probe = adapter.fromJson("{\"id\":\"1\",\"weight\":\"x\"}");
    assertThat(probe.unrecognized().mismatchedFields()).containsKey("weight");
  }
}
