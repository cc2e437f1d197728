package io.okrsdk.perform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.okrsdk.core.internal.json.OkrJson;
import io.okrsdk.perform.internal.PerformJson;
import io.okrsdk.perform.model.Checkin;
import io.okrsdk.perform.model.Goal;
import io.okrsdk.perform.model.GoalPage;
import io.okrsdk.perform.model.GoalUnit;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Perform additions to the SDK's Moshi, read and written directly. */
class PerformJsonTest {
  private final Moshi moshi = moshi();

  private static Moshi moshi() {
    Moshi.Builder builder = OkrJson.builder();
    PerformJson.register(builder);
    return builder.build();
  }

  @Test
  void aGoalIsWrittenWithTheDocsNamesAndReadBackEqual() throws IOException {
    JsonAdapter<GoalPage> adapter = moshi.adapter(GoalPage.class);
    GoalPage page = GoalPage.builder().count(1).addResults(DocsExamples.goal()).build();
    String written = adapter.toJson(page);
    assertThat(written)
        .contains("\"title\":\"Increase sales by 20%\"")
        .contains("\"unit\":\"perc\"")
        .contains("\"rag_status\":\"RED\"")
        .contains("\"goal_visibility\":\"lineofsight\"")
        .contains("\"goal_weight\":1")
        .doesNotContain("title_name")
        .doesNotContain("department");
    assertThat(adapter.fromJson(written)).isEqualTo(page);
  }

  @Test
  void anUnknownUnitIsWrittenBackAsReceived() throws IOException {
    JsonAdapter<Goal> adapter = moshi.adapter(Goal.class);
    Goal goal = adapter.fromJson("{\"api_id\":\"1\",\"unit\":\"Story Points\",\"title_name\":\"t\"}");
    assertThat(goal.unit()).contains(GoalUnit.of("Story Points"));
    assertThat(goal.title()).contains("t");
    assertThat(adapter.toJson(goal)).isEqualTo("{\"api_id\":\"1\",\"title\":\"t\",\"unit\":\"Story Points\"}");
  }

  @Test
  void anyMoshiWithTheSdkAdaptersReadsBothTitleSpellings() throws IOException {
    JsonAdapter<List<Goal>> adapter = moshi.adapter(Types.newParameterizedType(List.class, Goal.class));
    List<Goal> goals =
        adapter.fromJson(
            "[{\"api_id\":\"1\",\"title_name\":\"a\"},{\"api_id\":\"2\",\"title\":\"b\"},"
                + "{\"api_id\":\"3\",\"title\":\"c\",\"title_name\":\"ignored\"}]");
    assertThat(goals).extracting(goal -> goal.title().orElseThrow()).containsExactly("a", "b", "c");
  }
}
