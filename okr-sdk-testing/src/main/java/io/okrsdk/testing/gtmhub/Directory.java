package io.okrsdk.testing.gtmhub;

import io.okrsdk.testing.FakeGtmhubServer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The users and teams of the fake account: goal owners, reviewers and assignees. */
final class Directory {
  /** A user or a team. */
  static final class Member {
    final String id;
    final String name;
    final String email;
    final String type;
    final List<String> memberIds;

    Member(String id, String name, String email, String type, List<String> memberIds) {
      this.id = id;
      this.name = name;
      this.email = email;
      this.type = type;
      this.memberIds = memberIds;
    }

    boolean isUser() {
      return "user".equals(type);
    }

    String avatar() {
      return "https://avatars.fake-gtmhub.invalid/" + id + ".png";
    }

    String mention() {
      return Mentions.markup(name, email, id);
    }
  }

  static final String LENA = "64b7f3a2c9e1d40001a70003";
  static final String TOMAS = "64b7f3a2c9e1d40001a70004";
  static final String PRIYA = "64b7f3a2c9e1d40001a70005";
  static final String JONAS = "64b7f3a2c9e1d40001a70006";
  static final String SUPPORT_TEAM = "64b7f3a2c9e1d40001a7e003";

  static final List<Member> MEMBERS = List.of(
      user(FakeGtmhubServer.USER_ID, "Dana Whitfield", "dana.whitfield"),
      user(FakeGtmhubServer.REVIEWER_ID, "Samir Haddad", "samir.haddad"),
      user(LENA, "Lena Kovacs", "lena.kovacs"),
      user(TOMAS, "Tomas Ortega", "tomas.ortega"),
      user(PRIYA, "Priya Raman", "priya.raman"),
      user(JONAS, "Jonas Berg", "jonas.berg"),
      team(FakeGtmhubServer.SALES_TEAM_ID, "Sales EMEA", List.of(FakeGtmhubServer.USER_ID, TOMAS)),
      team(FakeGtmhubServer.PLATFORM_TEAM_ID, "Platform Engineering", List.of(LENA, PRIYA)),
      team(SUPPORT_TEAM, "Customer Success", List.of(JONAS, FakeGtmhubServer.REVIEWER_ID)));

  private static final Map<String, Member> BY_ID = index();

  private Directory() {}

  static Optional<Member> find(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  static Member get(String id) {
    Member member = BY_ID.get(id);
    if (member == null) {
      throw new IllegalArgumentException("no member " + id);
    }
    return member;
  }

  static boolean isUser(String id) {
    return find(id).map(Member::isUser).orElse(false);
  }

  /** Whether a user is the owner or a member of an owning team. */
  static boolean owns(String userId, List<?> ownerIds) {
    for (Object ownerId : ownerIds) {
      if (userId.equals(ownerId)
          || find(String.valueOf(ownerId)).map(team -> team.memberIds.contains(userId)).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /** The {@code assignee} of a goal owned by {@code ownerId}. */
  static Map<String, Object> assignee(String ownerId, String accountId) {
    Map<String, Object> assignee = new LinkedHashMap<>();
    assignee.put("id", ownerId);
    assignee.put("accountId", accountId);
    find(ownerId).ifPresent(member -> {
      assignee.put("name", member.name);
      if (member.email != null) {
        assignee.put("email", member.email);
      }
      assignee.put("avatar", member.avatar());
      assignee.put("type", member.type);
    });
    return assignee;
  }

  /** The head of a grouped-by group: {@code id, name, type, email, avatar}. */
  static Map<String, Object> groupHead(String id) {
    Map<String, Object> group = new LinkedHashMap<>();
    group.put("id", id);
    find(id).ifPresent(member -> {
      group.put("name", member.name);
      group.put("type", member.type);
      if (member.email != null) {
        group.put("email", member.email);
      }
      group.put("avatar", member.avatar());
    });
    return group;
  }

  private static Member user(String id, String name, String mailbox) {
    return new Member(id, name, mailbox + "@example.com", "user", List.of());
  }

  private static Member team(String id, String name, List<String> memberIds) {
    return new Member(id, name, null, "team", memberIds);
  }

  private static Map<String, Member> index() {
    Map<String, Member> byId = new LinkedHashMap<>();
    for (Member member : MEMBERS) {
      byId.put(member.id, member);
    }
    return byId;
  }
}
