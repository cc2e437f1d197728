package io.okrsdk.perform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code PerformClient.builder().fromEnv(...)}: the documented OKRSDK_* scheme, read without a real environment. */
@Timeout(10)
class FromEnvTest {
  @Test
  void readsCredentialsAndHost() {
    try (PerformClient client = PerformClient.builder().fromEnv(Map.of("OKRSDK_PERFORM_USERNAME", "u", "OKRSDK_PERFORM_API_KEY", "k3y-secret", "OKRSDK_PERFORM_REGION", "pro")).build()) {
      assertThat(client.toString()).contains("https://pro.weekly10.net/").doesNotContain("k3y-secret");
    }
  }

  @Test
  void aBaseUrlWinsOverTheHostPreset() {
    try (PerformClient client = PerformClient.builder().fromEnv(Map.of("OKRSDK_PERFORM_USERNAME", "u", "OKRSDK_PERFORM_API_KEY", "k3y-secret", "OKRSDK_PERFORM_REGION", "pro", "OKRSDK_PERFORM_BASE_URL", "https://perform.example.test/")).build()) {
      assertThat(client.toString()).contains("perform.example.test");
    }
  }

  @Test
  void missingVariablesAreNamedAllAtOnce() {
    assertThatThrownBy(() -> PerformClient.builder().fromEnv(Map.of("OKRSDK_UNRELATED", "x")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith("not set: OKRSDK_PERFORM_USERNAME, OKRSDK_PERFORM_API_KEY, OKRSDK_PERFORM_BASE_URL or OKRSDK_PERFORM_REGION");
  }

  @Test
  void aValueTheBuilderRefusesNamesTheVariableNotTheSecret() {
    assertThatThrownBy(() -> PerformClient.builder().fromEnv(Map.of("OKRSDK_PERFORM_USERNAME", "u", "OKRSDK_PERFORM_API_KEY", "k3y-secret", "OKRSDK_PERFORM_REGION", "not a label")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OKRSDK_PERFORM_REGION")
        .message()
        .doesNotContain("k3y-secret");
  }
}
