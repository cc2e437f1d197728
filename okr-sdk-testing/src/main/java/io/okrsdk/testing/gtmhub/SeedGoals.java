package io.okrsdk.testing.gtmhub;

import static io.okrsdk.testing.FakeGtmhubServer.CURRENT_SESSION_ID;
import static io.okrsdk.testing.FakeGtmhubServer.NEXT_SESSION_ID;
import static io.okrsdk.testing.FakeGtmhubServer.PAST_SESSION_ID;
import static io.okrsdk.testing.FakeGtmhubServer.PLATFORM_TEAM_ID;
import static io.okrsdk.testing.FakeGtmhubServer.REVIEWER_ID;
import static io.okrsdk.testing.FakeGtmhubServer.SALES_TEAM_ID;
import static io.okrsdk.testing.FakeGtmhubServer.SEEDED_APPROVED_GOAL_ID;
import static io.okrsdk.testing.FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID;
import static io.okrsdk.testing.FakeGtmhubServer.SEEDED_IN_REVIEW_GOAL_ID;
import static io.okrsdk.testing.FakeGtmhubServer.USER_ID;

import io.okrsdk.testing.gtmhub.GoalFactory.MetricSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The hand-written goals every fake starts with: a small, realistic company OKR set. */
final class SeedGoals {
  private final GoalFactory factory;
  private final Sessions sessions;

  SeedGoals(GoalFactory factory, Sessions sessions) {
    this.factory = factory;
    this.sessions = sessions;
  }

  List<StoredGoal> goals() {
    List<StoredGoal> goals = new ArrayList<>();

    StoredGoal revenue = goal(SEEDED_APPROVED_GOAL_ID, "Grow annual recurring revenue to $12M",
        "Company goal for the quarter, owned by " + mention(USER_ID) + " and " + mention(SALES_TEAM_ID) + ".",
        CURRENT_SESSION_ID, List.of(USER_ID, SALES_TEAM_ID), "", List.of("revenue", "company"), 2,
        metric("Close $3M of new business in EMEA", 0, 3_000_000, 1_850_000, SALES_TEAM_ID, "$"),
        metric("Expand 40 existing accounts", 0, 40, 22, USER_ID, ""),
        metric("Cut the average sales cycle to 45 days", 70, 45, 58, Directory.TOMAS, " days"));
    factory.approved(revenue, REVIEWER_ID, "Ambitious and measurable.");
    goals.add(revenue);

    StoredGoal onboarding = goal(SEEDED_IN_REVIEW_GOAL_ID, "Ship the self-serve onboarding flow",
        "New accounts set themselves up without help. Reviewer: " + mention(USER_ID) + ".",
        CURRENT_SESSION_ID, List.of(PLATFORM_TEAM_ID), SEEDED_APPROVED_GOAL_ID, List.of("product"), 4,
        metric("Onboarding completion rate at 80%", 45, 80, 61, Directory.LENA, "%"),
        metric("Time to first value under 10 minutes", 35, 10, 18, Directory.PRIYA, " min"));
    factory.inReview(onboarding, List.of(USER_ID));
    goals.add(onboarding);

    goals.add(goal(SEEDED_DRAFT_GOAL_ID, "Delight customers with faster support",
        "Support answers sooner and better; ask " + mention(REVIEWER_ID) + " for the CSAT survey.",
        CURRENT_SESSION_ID, List.of(Directory.SUPPORT_TEAM), "", List.of("customers"), 5,
        metric("First response under 2 hours", 6, 2, 3.5, Directory.JONAS, " h"),
        metric("CSAT at 92%", 85, 92, 89, REVIEWER_ID, "%")));

    StoredGoal hiring = goal("64b7f3a2c9e1d40001a7a004", "Hire and onboard 12 engineers",
        "Hiring plan of " + mention(Directory.LENA) + ".", PAST_SESSION_ID, List.of(Directory.LENA), "",
        List.of("people"), 1,
        metric("Make 12 offers", 0, 12, 12, Directory.LENA, ""),
        metric("Onboard every hire within 30 days", 0, 12, 11, Directory.PRIYA, ""));
    factory.approved(hiring, REVIEWER_ID, "Matches the hiring budget.");
    hiring.doc.put("closedStatus", new LinkedHashMap<>(Map.of("status", "achieved")));
    goals.add(hiring);

    goals.add(goal("64b7f3a2c9e1d40001a7a005", "Launch in the Brazilian market",
        "Market entry led by " + mention(Directory.TOMAS) + ".", NEXT_SESSION_ID, List.of(Directory.TOMAS), "",
        List.of("expansion"), 3,
        metric("Sign 5 launch partners", 0, 5, 0, Directory.TOMAS, "")));

    goals.add(goal("64b7f3a2c9e1d40001a7a006", "Cut cloud spend by 20%",
        "Savings tracked by " + mention(Directory.PRIYA) + ".", CURRENT_SESSION_ID, List.of(Directory.PRIYA),
        SEEDED_IN_REVIEW_GOAL_ID, List.of("cost"), 6,
        metric("Monthly cloud bill below $80k", 100_000, 80_000, 91_000, Directory.PRIYA, "$")));

    StoredGoal nps = goal("64b7f3a2c9e1d40001a7a007", "Raise NPS above 50",
        "Loyalty goal of " + mention(Directory.JONAS) + ".", CURRENT_SESSION_ID, List.of(Directory.JONAS),
        SEEDED_DRAFT_GOAL_ID, List.of("customers"), 7,
        metric("NPS at 50", 38, 50, 44, Directory.JONAS, ""));
    factory.inReview(nps, List.of(REVIEWER_ID));
    goals.add(nps);

    goals.add(goal("64b7f3a2c9e1d40001a7a008", "Publish the security roadmap",
        "First draft with " + mention(USER_ID) + ".", CURRENT_SESSION_ID, List.of(REVIEWER_ID), "",
        List.of("security"), 8,
        metric("Threat model for every tier-1 service", 0, 9, 4, REVIEWER_ID, "")));
    return goals;
  }

  private StoredGoal goal(String id, String name, String description, String sessionId, List<String> ownerIds,
      String parentId, List<String> tags, int createdDay, MetricSpec... metrics) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("description", description);
    fields.put("sessionId", sessionId);
    fields.put("ownerIds", new ArrayList<>(ownerIds));
    fields.put("parentId", parentId);
    List<Object> tagList = new ArrayList<>();
    for (String tag : tags) {
      tagList.add(new LinkedHashMap<>(Map.of("title", tag, "id", "64b7f3a2c9e1d40001a7" + tagId(tag))));
    }
    fields.put("tags", tagList);
    Instant created = sessions.window(sessionId).from.plusSeconds(86_400L * createdDay + 9 * 3600);
    return factory.goal(id, fields, List.of(metrics), created);
  }

  private static String tagId(String tag) {
    return String.format("%04x", Math.abs(tag.hashCode()) % 0x10000);
  }

  private static MetricSpec metric(String name, double initial, double target, double actual, String ownerId,
      String suffix) {
    return new MetricSpec(name, "Owned by " + mention(ownerId) + ".", initial, target, actual, ownerId, suffix);
  }

  private static String mention(String id) {
    return Directory.get(id).mention();
  }
}
