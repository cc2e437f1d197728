package io.okrsdk.testing.reliability;

import io.okrsdk.core.OkrClientBuilder;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.model.GoalPatch;
import io.okrsdk.gtmhub.model.GoalRequest;
import io.okrsdk.jira.query.ObjectiveExpand;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.jira.query.UpdateHistoryQuery;
import io.okrsdk.jira.model.OkrStatus;
import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.testing.FakeGtmhubServer;
import io.okrsdk.testing.FakeOgsmServer;
import io.okrsdk.testing.FakeOkrForJiraServer;
import io.okrsdk.testing.FakePerformServer;
import io.okrsdk.testing.FakeServer;
import io.okrsdk.testing.ogsm.OgsmExamples;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

/**
 * One of the four platforms with a started fake: how to build its real client against any base
 * URL with the fake's credentials, one read (GET) and, where the API has one, one write (POST) to
 * run through faults, how many writes the fake holds, and the secrets that must never show.
 */
abstract class Platform implements AutoCloseable {
  /** The four platforms, for {@code @EnumSource}. */
  enum Kind {
    PERFORM,
    OGSM,
    GTMHUB,
    JIRA;

    /** A platform with a fresh, started fake. */
    Platform start() {
      switch (this) {
        case PERFORM:
          return new Perform();
        case OGSM:
          return new Ogsm();
        case GTMHUB:
          return new Gtmhub();
        default:
          return new Jira();
      }
    }
  }

  /** What a test does with one built client. */
  interface Calls extends AutoCloseable {
    /** The client itself, for {@code toString()}. */
    Object client();

    /** A GET whose answer is the fake's data. */
    Object read();

    /** A POST that creates one item on the fake ({@code n} makes it unique). */
    Object write(int n);

    @Override
    void close();
  }

  /** The platform's name. */
  abstract String name();

  /** The fake, started. */
  abstract FakeServer<?> fake();

  /** A client at {@code baseUrl} with the fake's credentials, after {@code options}. */
  abstract Calls open(String baseUrl, Consumer<OkrClientBuilder<?>> options);

  /** Whether the API has a write ({@link Calls#write(int)}). */
  abstract boolean writes();

  /** How many written items the fake holds now. */
  abstract int writeCount();

  /** The credentials, raw and as they go over the wire, which no log, message or text may show. */
  abstract List<String> secrets();

  /** The request headers that carry the credentials. */
  abstract List<String> credentialHeaders();

  /** The fake's root URL. */
  String fakeRoot() {
    return fake().baseUrl();
  }

  @Override
  public void close() {
    fake().close();
  }

  @Override
  public String toString() {
    return name();
  }

  static List<String> basicSecrets(String user, String password) {
    List<String> secrets = new ArrayList<>();
    secrets.add(password);
    secrets.add(Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    // Without padding too, in case a log cuts it.
    secrets.add(Base64.getEncoder().withoutPadding().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    return secrets;
  }

  private static UnsupportedOperationException readOnly() {
    return new UnsupportedOperationException("the API is read-only");
  }

  static final class Perform extends Platform {
    final FakePerformServer fake = new FakePerformServer();

    Perform() {
      fake.start();
    }

    @Override
    String name() {
      return "perform";
    }

    @Override
    FakeServer<?> fake() {
      return fake;
    }

    @Override
    Calls open(String baseUrl, Consumer<OkrClientBuilder<?>> options) {
      PerformClient.Builder builder =
          PerformClient.builder().baseUrl(baseUrl).credentials(FakePerformServer.USERNAME, FakePerformServer.API_KEY);
      options.accept(builder);
      PerformClient client = builder.build();
      return new Calls() {
        @Override
        public Object client() {
          return client;
        }

        @Override
        public Object read() {
          return client.goals().get(FakePerformServer.EXAMPLE_GOAL_ID);
        }

        @Override
        public Object write(int n) {
          throw readOnly();
        }

        @Override
        public void close() {
          client.close();
        }
      };
    }

    @Override
    boolean writes() {
      return false;
    }

    @Override
    int writeCount() {
      return 0;
    }

    @Override
    List<String> secrets() {
      return basicSecrets(FakePerformServer.USERNAME, FakePerformServer.API_KEY);
    }

    @Override
    List<String> credentialHeaders() {
      return List.of("Authorization");
    }
  }

  static final class Ogsm extends Platform {
    final FakeOgsmServer fake = new FakeOgsmServer();

    Ogsm() {
      fake.start();
    }

    @Override
    String name() {
      return "ogsm";
    }

    @Override
    FakeServer<?> fake() {
      return fake;
    }

    @Override
    Calls open(String baseUrl, Consumer<OkrClientBuilder<?>> options) {
      OgsmClient.Builder builder = OgsmClient.builder().baseUrl(baseUrl).credentials(FakeOgsmServer.USERNAME, FakeOgsmServer.PASSWORD);
      options.accept(builder);
      OgsmClient client = builder.build();
      return new Calls() {
        @Override
        public Object client() {
          return client;
        }

        @Override
        public Object read() {
          return client.goals().listAll();
        }

        @Override
        public Object write(int n) {
          return client.goalMeasurements().create(OgsmExamples.ID, LocalDate.of(2024, 1, 1).plusDays(n % 365), BigDecimal.valueOf(n));
        }

        @Override
        public void close() {
          client.close();
        }
      };
    }

    @Override
    boolean writes() {
      return true;
    }

    @Override
    int writeCount() {
      return fake.store().goalMeasurements().size();
    }

    @Override
    List<String> secrets() {
      return basicSecrets(FakeOgsmServer.USERNAME, FakeOgsmServer.PASSWORD);
    }

    @Override
    List<String> credentialHeaders() {
      return List.of("Authorization");
    }
  }

  static final class Gtmhub extends Platform {
    final FakeGtmhubServer fake = new FakeGtmhubServer();

    Gtmhub() {
      fake.start();
    }

    @Override
    String name() {
      return "gtmhub";
    }

    @Override
    FakeServer<?> fake() {
      return fake;
    }

    @Override
    Calls open(String baseUrl, Consumer<OkrClientBuilder<?>> options) {
      GtmhubClient.Builder builder = GtmhubClient.builder().baseUrl(baseUrl).credentials(FakeGtmhubServer.TOKEN, FakeGtmhubServer.ACCOUNT_ID);
      options.accept(builder);
      GtmhubClient client = builder.build();
      return new Calls() {
        @Override
        public Object client() {
          return client;
        }

        @Override
        public Object read() {
          return client.goals().get(FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID);
        }

        @Override
        public Object write(int n) {
          return client.goals().create(GoalRequest.builder().name("written " + n).sessionId(FakeGtmhubServer.CURRENT_SESSION_ID).build());
        }

        @Override
        public void close() {
          client.close();
        }
      };
    }

    /** A PATCH of the seeded draft goal's name, with the given client. */
    static Object patch(Object client, String name) {
      return ((GtmhubClient) client).goals().update(FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID, GoalPatch.builder().name(name).build());
    }

    @Override
    boolean writes() {
      return true;
    }

    @Override
    int writeCount() {
      return fake.goalCount() - FakeGtmhubServer.SEEDED_GOAL_COUNT;
    }

    @Override
    List<String> secrets() {
      return List.of(FakeGtmhubServer.TOKEN);
    }

    @Override
    List<String> credentialHeaders() {
      return List.of("Authorization", "gtmhub-accountId");
    }
  }

  static final class Jira extends Platform {
    /** Objective O-2 of the documentation's example. */
    static final String O_2 = "5fda249d289742000406b3e4";

    final FakeOkrForJiraServer fake = new FakeOkrForJiraServer();

    Jira() {
      fake.start();
    }

    @Override
    String name() {
      return "jira";
    }

    @Override
    FakeServer<?> fake() {
      return fake;
    }

    @Override
    Calls open(String baseUrl, Consumer<OkrClientBuilder<?>> options) {
      OkrForJiraClient.Builder builder = OkrForJiraClient.builder().baseUrl(baseUrl).apiToken(FakeOkrForJiraServer.API_TOKEN);
      options.accept(builder);
      OkrForJiraClient client = builder.build();
      return new Calls() {
        @Override
        public Object client() {
          return client;
        }

        @Override
        public Object read() {
          return client.okrs().objectivesByDate(FakeOkrForJiraServer.EXAMPLE_QUARTER, ObjectiveExpand.all()).objectives();
        }

        @Override
        public Object write(int n) {
          return client.updates().objective(O_2, OkrStatus.AT_RISK, "written " + n);
        }

        @Override
        public void close() {
          client.close();
        }
      };
    }

    @Override
    boolean writes() {
      return true;
    }

    @Override
    int writeCount() {
      return fake.client().updates().history(UpdateHistoryQuery.forEntity(O_2)).toList().size();
    }

    @Override
    List<String> secrets() {
      return List.of(FakeOkrForJiraServer.API_TOKEN);
    }

    @Override
    List<String> credentialHeaders() {
      return List.of("API-Token");
    }
  }
}
