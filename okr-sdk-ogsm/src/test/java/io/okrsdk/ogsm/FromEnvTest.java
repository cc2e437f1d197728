package io.okrsdk.ogsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code OgsmClient.builder().fromEnv(...)}: the documented OKRSDK_* scheme, read without a real environment. */
@Timeout(10)
class FromEnvTest {
  @Test
  void readsCredentialsAndHost() {
    try (OgsmClient client = OgsmClient.builder().fromEnv(Map.of("OKRSDK_OGSM_USERNAME", "u", "OKRSDK_OGSM_PASSWORD", "k3y-secret", "OKRSDK_OGSM_SUBDOMAIN", "acme")).build()) {
      assertThat(client.toString()).contains("https://acme.ogsm.online/").doesNotContain("k3y-secret");
    }
  }

  @Test
  void aBaseUrlWinsOverTheHostPreset() {
    try (OgsmClient client = OgsmClient.builder().fromEnv(Map.of("OKRSDK_OGSM_USERNAME", "u", "OKRSDK_OGSM_PASSWORD", "k3y-secret", "OKRSDK_OGSM_SUBDOMAIN", "acme", "OKRSDK_OGSM_BASE_URL", "https://ogsm.example.test/")).build()) {
      assertThat(client.toString()).contains("ogsm.example.test");
    }
  }

  @Test
  void missingVariablesAreNamedAllAtOnce() {
    assertThatThrownBy(() -> OgsmClient.builder().fromEnv(Map.of("OKRSDK_UNRELATED", "x")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith("not set: OKRSDK_OGSM_USERNAME, OKRSDK_OGSM_PASSWORD, OKRSDK_OGSM_BASE_URL or OKRSDK_OGSM_SUBDOMAIN");
  }

  @Test
  void aValueTheBuilderRefusesNamesTheVariableNotTheSecret() {
    assertThatThrownBy(() -> OgsmClient.builder().fromEnv(Map.of("OKRSDK_OGSM_USERNAME", "u", "OKRSDK_OGSM_PASSWORD", "k3y-secret", "OKRSDK_OGSM_SUBDOMAIN", "not a label")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OKRSDK_OGSM_SUBDOMAIN")
        .message()
        .doesNotContain("k3y-secret");
  }
}
