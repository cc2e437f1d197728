package io.okrsdk.gtmhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code GtmhubClient.builder().fromEnv(...)}: the documented OKRSDK_* scheme, read without a real environment. */
@Timeout(10)
class FromEnvTest {
  @Test
  void readsCredentialsAndHost() {
    try (GtmhubClient client = GtmhubClient.builder().fromEnv(Map.of("OKRSDK_GTMHUB_TOKEN", "k3y-secret", "OKRSDK_GTMHUB_ACCOUNT_ID", "acc", "OKRSDK_GTMHUB_REGION", "quantive-us")).build()) {
      assertThat(client.toString()).contains("app.us.quantive.com").doesNotContain("k3y-secret");
    }
  }

  @Test
  void aBaseUrlWinsOverTheHostPreset() {
    try (GtmhubClient client = GtmhubClient.builder().fromEnv(Map.of("OKRSDK_GTMHUB_TOKEN", "k3y-secret", "OKRSDK_GTMHUB_ACCOUNT_ID", "acc", "OKRSDK_GTMHUB_REGION", "quantive-us", "OKRSDK_GTMHUB_BASE_URL", "https://gtmhub.example.test/")).build()) {
      assertThat(client.toString()).contains("gtmhub.example.test");
    }
  }

  @Test
  void missingVariablesAreNamedAllAtOnce() {
    assertThatThrownBy(() -> GtmhubClient.builder().fromEnv(Map.of("OKRSDK_UNRELATED", "x")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith("not set: OKRSDK_GTMHUB_TOKEN, OKRSDK_GTMHUB_ACCOUNT_ID, OKRSDK_GTMHUB_BASE_URL or OKRSDK_GTMHUB_REGION");
  }

  @Test
  void aValueTheBuilderRefusesNamesTheVariableNotTheSecret() {
    assertThatThrownBy(() -> GtmhubClient.builder().fromEnv(Map.of("OKRSDK_GTMHUB_TOKEN", "k3y-secret", "OKRSDK_GTMHUB_ACCOUNT_ID", "acc", "OKRSDK_GTMHUB_REGION", "MARS")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OKRSDK_GTMHUB_REGION")
        .message()
        .doesNotContain("k3y-secret");
  }
}
