package io.okrsdk.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.perform.PerformClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The README's promise about builders, for all four: a null, blank or invalid value is refused by
 * the builder method at once with an {@link IllegalArgumentException} naming the setting as the
 * caller wrote it; a setting never made is refused by {@code build()} with an {@link
 * IllegalStateException} naming the method to call. No message carries a credential.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BuilderMessagesTest {
  private static final String SECRET = "s3cr3t-value";

  @Test
  void performNamesUsernameAndApiKey() {
    refused(() -> PerformClient.builder().credentials("api-user", null), "apiKey is required but was null");
    refused(() -> PerformClient.builder().credentials("api-user", " "), "apiKey is required but was blank");
    refused(() -> PerformClient.builder().credentials(null, SECRET), "username is required but was null");
    refused(() -> PerformClient.builder().credentials("api-user", SECRET + "\n"), "apiKey must not contain line breaks");
    refused(() -> PerformClient.builder().region(null), "region is required but was null");
    refused(() -> PerformClient.builder().auth(null), "auth is required but was null");
    missing(() -> PerformClient.builder().credentials("u", SECRET).build(), "PerformClient needs a base URL");
    missing(() -> PerformClient.builder().region("pro").build(), "call credentials(username, apiKey)");
  }

  @Test
  void ogsmNamesUsernameAndPassword() {
    refused(() -> OgsmClient.builder().credentials("api", null), "password is required but was null");
    refused(() -> OgsmClient.builder().credentials("", SECRET), "username is required but was blank");
    refused(() -> OgsmClient.builder().subdomain(null), "subdomain is required but was null");
    missing(() -> OgsmClient.builder().credentials("u", SECRET).build(), "OgsmClient needs a base URL");
    missing(() -> OgsmClient.builder().subdomain("acme").build(), "call credentials(username, password)");
  }

  @Test
  void gtmhubNamesTokenAccountIdAndRegion() {
    refused(() -> GtmhubClient.builder().credentials(null, "acc"), "token is required but was null");
    refused(() -> GtmhubClient.builder().credentials(SECRET, null), "accountId is required but was null");
    refused(() -> GtmhubClient.builder().region(null), "region is required but was null");
    missing(() -> GtmhubClient.builder().accountId("acc").build(), "call token(...) or credentials(...)");
    missing(() -> GtmhubClient.builder().token(SECRET).build(), "call accountId(...) or credentials(...)");
  }

  @Test
  void jiraNamesApiToken() {
    refused(() -> OkrForJiraClient.builder().apiToken(null), "apiToken is required but was null");
    refused(() -> OkrForJiraClient.builder().region(null), "region is required but was null");
    missing(() -> OkrForJiraClient.builder().build(), "call apiToken(...)");
  }

  @Test
  void sharedOptionsNameTheirSetting() {
    refused(() -> PerformClient.builder().baseUrl(null), "baseUrl is required but was null");
    refused(() -> PerformClient.builder().readTimeout(null), "readTimeout is required but was null");
    refused(() -> PerformClient.builder().connectTimeout(Duration.ofSeconds(-1)), "connectTimeout must not be negative");
    refused(() -> PerformClient.builder().httpClient(null), "httpClient is required but was null");
    refused(() -> PerformClient.builder().retryPolicy(null), "retryPolicy is required but was null");
    refused(() -> PerformClient.builder().logLevel(null), "logLevel is required but was null");
    refused(() -> PerformClient.builder().asyncExecutor(null), "asyncExecutor is required but was null");
    refused(() -> PerformClient.builder().paging(null), "paging is required but was null");
    refused(() -> PerformClient.builder().defaultHeader("X-Team", null), "defaultHeader X-Team is required but was null");
  }

  private static void refused(ThrowingCallable call, String message) {
    assertThatThrownBy(call)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message)
        .hasMessageNotContaining(SECRET);
  }

  private static void missing(ThrowingCallable call, String message) {
    assertThatThrownBy(call)
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageContaining(message)
        .hasMessageNotContaining(SECRET);
  }
}
