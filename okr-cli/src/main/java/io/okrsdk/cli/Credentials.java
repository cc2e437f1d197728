package io.okrsdk.cli;

import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.GtmhubRegion;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.jira.OkrForJiraRegion;
import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.portable.GtmhubSource;
import io.okrsdk.portable.JiraSource;
import io.okrsdk.portable.OgsmSource;
import io.okrsdk.portable.PerformSource;
import io.okrsdk.portable.Platform;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code OKRSDK_<PLATFORM>_*} environment variables, the same scheme as the examples use: which
 * platforms they configure, the client they make, and what to set when they are missing.
 */
final class Credentials {
  private final Map<String, String> env;

  Credentials(Map<String, String> env) {
    this.env = env;
  }

  /** Whether every variable the platform needs is set. */
  boolean configured(Platform platform) {
    return missing(platform).isEmpty();
  }

  /** What is still to set, each entry one variable or a choice such as {@code A or B}. */
  List<String> missing(Platform platform) {
    java.util.ArrayList<String> missing = new java.util.ArrayList<>();
    switch (platform) {
      case PERFORM:
        need(missing, "OKRSDK_PERFORM_USERNAME");
        need(missing, "OKRSDK_PERFORM_API_KEY");
        needOne(missing, "OKRSDK_PERFORM_REGION", "OKRSDK_PERFORM_BASE_URL");
        break;
      case OGSM:
        need(missing, "OKRSDK_OGSM_USERNAME");
        need(missing, "OKRSDK_OGSM_PASSWORD");
        needOne(missing, "OKRSDK_OGSM_SUBDOMAIN", "OKRSDK_OGSM_BASE_URL");
        break;
      case GTMHUB:
        need(missing, "OKRSDK_GTMHUB_TOKEN");
        need(missing, "OKRSDK_GTMHUB_ACCOUNT_ID");
        needOne(missing, "OKRSDK_GTMHUB_REGION", "OKRSDK_GTMHUB_BASE_URL");
        break;
      default:
        need(missing, "OKRSDK_JIRA_TOKEN");
        break;
    }
    return missing;
  }

  /** The message for a platform without credentials. */
  String howToConfigure(Platform platform) {
    StringBuilder text = new StringBuilder(platform.displayName() + " is not configured: set ");
    text.append(String.join(", ", missing(platform)));
    if (platform == Platform.JIRA) {
      text.append(" (optionally OKRSDK_JIRA_REGION, e.g. EU, or OKRSDK_JIRA_BASE_URL)");
    }
    return text.append(", or run with --demo to use the embedded fake").toString();
  }

  /** A source for the real service; the returned connection closes the client. */
  Connection open(Platform platform) {
    switch (platform) {
      case PERFORM: {
        PerformClient.Builder builder = PerformClient.builder().credentials(get("OKRSDK_PERFORM_USERNAME"), get("OKRSDK_PERFORM_API_KEY"));
        Optional<String> baseUrl = variable("OKRSDK_PERFORM_BASE_URL");
        if (baseUrl.isPresent()) {
          builder.baseUrl(baseUrl.get());
        } else {
          builder.region(get("OKRSDK_PERFORM_REGION"));
        }
        PerformClient client = builder.build();
        return new Connection(PerformSource.of(client), client);
      }
      case OGSM: {
        OgsmClient.Builder builder = OgsmClient.builder().credentials(get("OKRSDK_OGSM_USERNAME"), get("OKRSDK_OGSM_PASSWORD"));
        Optional<String> baseUrl = variable("OKRSDK_OGSM_BASE_URL");
        if (baseUrl.isPresent()) {
          builder.baseUrl(baseUrl.get());
        } else {
          builder.subdomain(get("OKRSDK_OGSM_SUBDOMAIN"));
        }
        OgsmClient client = builder.build();
        return new Connection(OgsmSource.of(client), client);
      }
      case GTMHUB: {
        GtmhubClient.Builder builder = GtmhubClient.builder().credentials(get("OKRSDK_GTMHUB_TOKEN"), get("OKRSDK_GTMHUB_ACCOUNT_ID"));
        Optional<String> baseUrl = variable("OKRSDK_GTMHUB_BASE_URL");
        if (baseUrl.isPresent()) {
          builder.baseUrl(baseUrl.get());
        } else {
          builder.region(constant(GtmhubRegion.class, "OKRSDK_GTMHUB_REGION"));
        }
        GtmhubClient client = builder.build();
        return new Connection(GtmhubSource.of(client), client);
      }
      default: {
        OkrForJiraClient.Builder builder = OkrForJiraClient.builder().apiToken(get("OKRSDK_JIRA_TOKEN"));
        if (variable("OKRSDK_JIRA_REGION").isPresent()) {
          builder.region(constant(OkrForJiraRegion.class, "OKRSDK_JIRA_REGION"));
        }
        variable("OKRSDK_JIRA_BASE_URL").ifPresent(builder::baseUrl);
        OkrForJiraClient client = builder.build();
        return new Connection(JiraSource.of(client), client);
      }
    }
  }

  private void need(List<String> missing, String name) {
    if (variable(name).isEmpty()) {
      missing.add(name);
    }
  }

  private void needOne(List<String> missing, String first, String second) {
    if (variable(first).isEmpty() && variable(second).isEmpty()) {
      missing.add(first + " or " + second);
    }
  }

  private String get(String name) {
    return variable(name).orElseThrow(() -> new IllegalArgumentException(name + " is not set"));
  }

  private Optional<String> variable(String name) {
    return Optional.ofNullable(env.get(name)).map(String::trim).filter(value -> !value.isEmpty());
  }

  /** {@code quantive-eu} and {@code QUANTIVE_EU} name the same preset; an unknown name lists the known ones. */
  private <E extends Enum<E>> E constant(Class<E> type, String variable) {
    String value = get(variable);
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(variable + "=" + value + " is not one of " + java.util.Arrays.toString(type.getEnumConstants()), e);
    }
  }
}
