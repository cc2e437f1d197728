package io.okrsdk.testing.gtmhub;

import io.okrsdk.testing.FakeGtmhubServer;
import io.okrsdk.testing.gtmhub.GoalFactory.MetricSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic bulk goals: goal number {@code n} always has the same name, owners, session,
 * metrics and workflow state (for the same clock), however many are made and in what batches.
 * Every generated goal carries the tag {@value #TAG}; names read like {@code "Improve trial
 * conversion #00042"}.
 */
final class GoalGenerator {
  /** The tag title on every generated goal. */
  static final String TAG = "generated";

  private static final String[] VERBS = {
    "Improve", "Grow", "Reduce", "Launch", "Automate", "Expand", "Simplify", "Accelerate", "Modernise", "Win"
  };
  private static final String[] TOPICS = {
    "trial conversion", "partner pipeline", "churn in SMB", "the mobile app", "invoice processing",
    "enterprise accounts", "the pricing page", "release cadence", "the data platform", "developer mindshare",
    "support deflection", "renewal rates", "onboarding time", "cloud efficiency", "brand awareness"
  };
  private static final String[] UNITS = {"%", "", "$", " days", " users"};
  private static final String[] SESSIONS = {
    FakeGtmhubServer.PAST_SESSION_ID, FakeGtmhubServer.CURRENT_SESSION_ID, FakeGtmhubServer.NEXT_SESSION_ID
  };

  private final GoalFactory factory;
  private final Sessions sessions;
  private final List<String> owners = new ArrayList<>();
  private final List<String> users = new ArrayList<>();

  GoalGenerator(GoalFactory factory, Sessions sessions) {
    this.factory = factory;
    this.sessions = sessions;
    for (Directory.Member member : Directory.MEMBERS) {
      owners.add(member.id);
      if (member.isUser()) {
        users.add(member.id);
      }
    }
  }

  /**
   * Goals number {@code first} to {@code first + count - 1}.
   *
   * @param first the number of the first goal, from 1
   * @param count how many
   * @param ids where the goals' ids come from
   * @param earlier ids of goals generated before, by number minus one, extended here (for parents)
   * @return the goals
   */
  List<StoredGoal> generate(int first, int count, ObjectIds ids, List<String> earlier) {
    List<StoredGoal> goals = new ArrayList<>(count);
    for (int number = first; number < first + count; number++) {
      StoredGoal goal = goal(number, ids.next(), earlier);
      earlier.add(goal.id());
      goals.add(goal);
    }
    return goals;
  }

  private StoredGoal goal(int number, String id, List<String> earlier) {
    SplittableRandom random = new SplittableRandom(0x6f6b72L * 31 + number);
    String owner = owners.get(random.nextInt(owners.size()));
    String sessionId = SESSIONS[number % SESSIONS.length];
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", String.format("%s %s #%05d", VERBS[number % VERBS.length],
        TOPICS[(number / VERBS.length) % TOPICS.length], number));
    fields.put("description", "Generated goal " + number + " owned by " + Directory.get(owner).mention() + ".");
    fields.put("sessionId", sessionId);
    List<Object> ownerIds = new ArrayList<>(List.of(owner));
    if (number % 7 == 0) {
      String second = owners.get((owners.indexOf(owner) + 1) % owners.size());
      ownerIds.add(second);
    }
    fields.put("ownerIds", ownerIds);
    if (number % 4 == 0 && number / 2 >= 1 && earlier.size() >= number / 2) {
      fields.put("parentId", earlier.get(number / 2 - 1));
    }
    List<Object> tags = new ArrayList<>();
    tags.add(new LinkedHashMap<>(Map.of("id", "64b7f3a2c9e1d40001a7f000", "title", TAG)));
    fields.put("tags", tags);
    Map<String, Object> custom = new LinkedHashMap<>();
    custom.put("priority", new String[] {"P1", "P2", "P3"}[number % 3]);
    fields.put("customFields", custom);

    List<MetricSpec> metrics = new ArrayList<>();
    int metricCount = 1 + number % 3;
    for (int m = 0; m < metricCount; m++) {
      double target = 10 * (1 + random.nextInt(20));
      double actual = Math.round(target * random.nextDouble() * 1.1);
      String metricOwner = users.get(random.nextInt(users.size()));
      String unit = UNITS[(number + m) % UNITS.length];
      metrics.add(new MetricSpec("Key result " + (m + 1) + " of goal " + number,
          "Tracked by " + Directory.get(metricOwner).mention() + ".", 0, target, actual, metricOwner, unit));
    }
    Instant created = sessions.window(sessionId).from.plusSeconds(3600L * (number % 2000));
    StoredGoal goal = factory.goal(id, fields, metrics, created);
    if (number % 10 == 0) {
      factory.approved(goal, FakeGtmhubServer.REVIEWER_ID, "Approved in planning.");
    } else if (number % 10 == 5) {
      factory.inReview(goal, List.of(number % 20 == 5 ? FakeGtmhubServer.USER_ID : FakeGtmhubServer.REVIEWER_ID));
    }
    return goal;
  }
}
