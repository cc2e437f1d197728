package io.okrsdk.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import io.okrsdk.core.testsupport.ModelShapeCheck;
import io.okrsdk.core.json.DecodingMode;
import io.okrsdk.core.json.DecodingOptions;
import io.okrsdk.core.json.OkrModel;
import io.okrsdk.core.json.OpenEnum;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImmutableModelAdapterTest {
  /** A container, to check the path reported for a broken element. */
  @OkrModel
  @org.immutables.value.Value.Immutable
  public interface ListOfGoals {
    List<SampleGoal> goals();
  }

  private final Moshi moshi = OkrJson.newMoshi();
  private final JsonAdapter<SampleGoal> adapter = moshi.adapter(SampleGoal.class);

  @Test
  void theGeneratedJsonShapesAgreeWithReflectionOverTheCompiledModels() {
    for (Class<?> model :
        List.of(SampleGoal.class, ListOfGoals.class, TolerantDecodingTest.Probe.class, TolerantDecodingTest.Child.class)) {
      assertThat(ModelShapeCheck.differences(model)).as(model.getName()).isEmpty();
    }
    assertThat(ModelShape.of(SampleGoal.class).attributes())
        .extracting(ModelShape.Attribute::jsonName)
        .startsWith("api_id", "title");
  }

  @Test
  void anOkrModelWithoutAGeneratedShapeFailsNamingWhatIsMissing() {
    assertThatThrownBy(() -> ModelShape.of(NoShape.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(NoShape.class.getName())
        .hasMessageContaining("NoShapeJsonShape was not generated")
        .hasMessageContaining("okr-sdk-processor");
  }

  /** Not marked @OkrModel, so no shape is generated: stands for a model compiled without the processor. */
  interface NoShape {}

  @Test
  void decodesEveryShapeThroughTheGeneratedBuilder() throws IOException {
    SampleGoal goal =
        adapter.fromJson(
            "{\"api_id\":\"580:fef0\",\"title\":\"Grow\",\"target_value\":\"20.0000\",\"due\":\"2021-03-31\","
                + "\"created\":\"2020-12-16T15:15:41+0000\",\"rag_status\":\"green\",\"tags\":[\"a\",\"b\"],"
                + "\"properties\":{\"k\":\"v\"},\"is_okr\":true,\"unknown\":{\"nested\":[1,2,3]}}");

    assertThat(goal.apiId()).isEqualTo("580:fef0");
    assertThat(goal.title()).contains("Grow");
    assertThat(goal.targetValue()).contains(new BigDecimal("20.0000"));
    assertThat(goal.dueDate()).contains(LocalDate.of(2021, 3, 31));
    assertThat(goal.created()).contains(OffsetDateTime.of(2020, 12, 16, 15, 15, 41, 0, ZoneOffset.UTC));
    assertThat(goal.ragStatus().orElseThrow().is(SampleGoal.Rag.GREEN)).isTrue();
    assertThat(goal.tags()).containsExactly("a", "b");
    assertThat(goal.properties()).isEqualTo(Map.of("k", "v"));
    assertThat(goal.isOkr()).isTrue();
    assertThat(goal.weight()).isEqualTo(1);
  }

  @Test
  void nullAndAbsentOptionalFieldsAreEmpty() throws IOException {
    SampleGoal goal = adapter.fromJson("{\"api_id\":\"1\",\"title\":null,\"is_okr\":false,\"tags\":null}");

    assertThat(goal.title()).isEmpty();
    assertThat(goal.targetValue()).isEmpty();
    assertThat(goal.tags()).isEmpty();
  }

  @Test
  void unknownEnumValuesAreKeptAndAliasesResolve() throws IOException {
    SampleGoal purple = adapter.fromJson("{\"api_id\":\"1\",\"is_okr\":false,\"rag_status\":\"PURPLE\"}");
    SampleGoal spaced = adapter.fromJson("{\"api_id\":\"1\",\"is_okr\":false,\"rag_status\":\"ON TRACK\"}");

    assertThat(purple.ragStatus().orElseThrow().isKnown()).isFalse();
    assertThat(purple.ragStatus().orElseThrow().value()).isEqualTo("PURPLE");
    assertThat(spaced.ragStatus().orElseThrow().known()).contains(SampleGoal.Rag.ON_TRACK);
  }

  @Test
  void missingRequiredFieldNamesTheAttributeAndPath() {
    assertThatThrownBy(() -> adapter.fromJson("{\"title\":\"x\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("apiId")
        .hasMessageContaining("at path $");
  }

  @Test
  void valueChecksRunOnDecode() {
    assertThatThrownBy(() -> adapter.fromJson("{\"api_id\":\" \",\"is_okr\":true}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("apiId must not be blank");
  }

  private SampleGoal strict(String json) throws IOException {
    return OkrJson.decode(
        adapter, new okio.Buffer().writeUtf8(json), DecodingOptions.defaults().withMode(DecodingMode.STRICT), new java.util.ArrayList<>());
  }

  @Test
  void wrongTypesFailWithThePathInStrictMode() {
    assertThatThrownBy(() -> strict("{\"api_id\":\"1\",\"is_okr\":true,\"target_value\":[1]}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.target_value");
    assertThatThrownBy(() -> strict("{\"api_id\":\"1\",\"is_okr\":true,\"due\":\"31/03/2021\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.due");
  }

  @Test
  void writesOnlyWhatIsSetUsingJsonNamesAndSkipsHelpers() {
    SampleGoal goal =
        ImmutableSampleGoal.builder()
            .apiId("7")
            .isOkr(true)
            .targetValue(new BigDecimal("1.50"))
            .ragStatus(OpenEnum.of(SampleGoal.Rag.GREEN))
            .tags(List.of("x"))
            .build();

    String json = adapter.toJson(goal);

    assertThat(json)
        .isEqualTo("{\"api_id\":\"7\",\"target_value\":1.50,\"rag_status\":\"green\",\"tags\":[\"x\"],\"properties\":{},\"is_okr\":true,\"weight\":1}");
    assertThat(json).doesNotContain("hasTarget");
  }

  @Test
  void aliasesFillTheAttributeButThePrimaryNameWins() throws IOException {
    String base = "{\"api_id\":\"1\",\"is_okr\":true,";
    assertThat(adapter.fromJson(base + "\"title_name\":\"alias\"}").title()).contains("alias");
    assertThat(adapter.fromJson(base + "\"title\":\"primary\",\"title_name\":\"alias\"}").title()).contains("primary");
    assertThat(adapter.fromJson(base + "\"title_name\":\"alias\",\"title\":\"primary\"}").title()).contains("primary");
    assertThat(adapter.fromJson(base + "\"title\":null,\"title_name\":\"alias\"}").title()).contains("alias");
    assertThat(adapter.fromJson(base + "\"title_name\":\"alias\",\"title\":null}").title()).contains("alias");
    assertThat(adapter.toJson(adapter.fromJson(base + "\"title_name\":\"alias\"}"))).contains("\"title\":\"alias\"").doesNotContain("title_name");
  }

  @Test
  void failuresNameThePathOfTheBrokenObject() {
    assertThatThrownBy(() -> moshi.adapter(ListOfGoals.class).fromJson("{\"goals\":[{\"api_id\":\"1\",\"is_okr\":true},{\"title\":\"x\"},{\"api_id\":\"3\",\"is_okr\":true}]}"))
        .hasMessageContaining("at path $.goals[1] ");
  }

  @Test
  void roundTrips() throws IOException {
    SampleGoal goal =
        ImmutableSampleGoal.builder().apiId("7").isOkr(false).title(Optional.of("t")).dueDate(LocalDate.of(2020, 1, 2)).build();
    assertThat(adapter.fromJson(adapter.toJson(goal))).isEqualTo(goal);
  }
}
