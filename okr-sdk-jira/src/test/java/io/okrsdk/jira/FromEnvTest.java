package io.okrsdk.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code OkrForJiraClient.builder().fromEnv(...)}: the documented OKRSDK_* scheme, read without a real environment. */
@Timeout(10)
class FromEnvTest {
  @Test
  void readsCredentialsAndHost() {
    try (OkrForJiraClient client = OkrForJiraClient.builder().fromEnv(Map.of("OKRSDK_JIRA_TOKEN", "k3y-secret", "OKRSDK_JIRA_REGION", "eu")).build()) {
      assertThat(client.toString()).contains("eu.okr-jira-prod.appfire.com").doesNotContain("k3y-secret");
    }
  }

  @Test
  void aBaseUrlWinsOverTheHostPreset() {
    try (OkrForJiraClient client = OkrForJiraClient.builder().fromEnv(Map.of("OKRSDK_JIRA_TOKEN", "k3y-secret", "OKRSDK_JIRA_REGION", "eu", "OKRSDK_JIRA_BASE_URL", "https://jira.example.test/")).build()) {
      assertThat(client.toString()).contains("jira.example.test");
    }
  }

  @Test
  void missingVariablesAreNamedAllAtOnce() {
    assertThatThrownBy(() -> OkrForJiraClient.builder().fromEnv(Map.of("OKRSDK_UNRELATED", "x")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith("not set: OKRSDK_JIRA_TOKEN");
  }

  @Test
  void aValueTheBuilderRefusesNamesTheVariableNotTheSecret() {
    assertThatThrownBy(() -> OkrForJiraClient.builder().fromEnv(Map.of("OKRSDK_JIRA_TOKEN", "k3y-secret", "OKRSDK_JIRA_REGION", "MARS")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OKRSDK_JIRA_REGION")
        .message()
        .doesNotContain("k3y-secret");
  }
}
