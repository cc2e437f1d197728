package io.okrsdk.perform;

import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.perform.model.Checkin;
import io.okrsdk.perform.model.CheckinDetail;
import io.okrsdk.perform.model.CheckinResponse;
import io.okrsdk.perform.model.Goal;
import io.okrsdk.perform.model.GoalUnit;
import io.okrsdk.perform.model.GoalVisibility;
import io.okrsdk.perform.model.RagStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The vendor docs' JSON examples (src/test/resources/perform/*.json), written out field by field. */
final class DocsExamples {
  static final String GOAL_ID = "580:fef0d7fb-c87a-4607-936f-7a87f9bad6d6";
  static final String GOAL_ID_ENCODED = "580%3Afef0d7fb-c87a-4607-936f-7a87f9bad6d6";
  static final String CHECKIN_ID = "580:ce417c60-30ca-4e39-967e-b258d496be30";
  static final String CHECKIN_ID_ENCODED = "580%3Ace417c60-30ca-4e39-967e-b258d496be30";

  private DocsExamples() {}

  /** The goal of perform/goals.json and perform/goal.json. Null fields stay empty. */
  static Goal goal() {
    return Goal.builder()
        .apiId(GOAL_ID)
        .title("Increase sales by 20%")
        .description("")
        .personName("Joanne Stefani")
        .unit(GoalUnit.PERCENTAGE)
        .baselineValue(new BigDecimal("0.0000"))
        .targetValue(new BigDecimal("100.0000"))
        .currentValue(new BigDecimal("20.0000"))
        .startDate(LocalDate.of(2025, 1, 1))
        .targetDate(LocalDate.of(2025, 12, 31))
        .isComplete(false)
        .ragStatus(OpenEnum.of(RagStatus.RED))
        .autoCalculated(false)
        .isOkr(false)
        .weight(1)
        .visibility(OpenEnum.of(GoalVisibility.LINE_OF_SIGHT))
        .ragTargetBased(false)
        .build();
  }

  /** The first check-in of perform/checkins.json. */
  static Checkin firstCheckin() {
    return Checkin.builder()
        .apiId(CHECKIN_ID)
        .deadlineDate(OffsetDateTime.parse("2025-04-12T00:59:59+01:00"))
        .submissionDate(OffsetDateTime.parse("2025-04-11T12:06:00.882601+01:00"))
        .overdue(false)
        .onVacation(false)
        .isAdhoc(true)
        .build();
  }

  /** The second check-in of perform/checkins.json. */
  static Checkin secondCheckin() {
    return Checkin.builder()
        .apiId("580:c9b26b5e-f9b5-4b5f-8525-5b706ce891ba")
        .deadlineDate(OffsetDateTime.parse("2025-04-11T12:00:00+01:00"))
        .submissionDate(OffsetDateTime.parse("2025-04-11T12:19:00.405628+01:00"))
        .overdue(false)
        .onVacation(false)
        .isAdhoc(false)
        .build();
  }

  /** The check-in of perform/checkin.json, with its one response. */
  static CheckinDetail checkinDetail() {
    return CheckinDetail.builder()
        .from(firstCheckin())
        .addResponses(
            CheckinResponse.builder()
                .apiId("580:62a8f61c-88ba-40b6-816a-bf2625db106a")
                .responseDate(OffsetDateTime.parse("2025-04-11T12:06:01.046509+01:00"))
                .personName("Michael Test")
                .personApiId("580:f88ab8b9-4e41-4025-ad77-519006ba855f")
                .personEmail("mtest@test.com")
                .personDepartment("Research and Development")
                .build())
        .build();
  }
}
