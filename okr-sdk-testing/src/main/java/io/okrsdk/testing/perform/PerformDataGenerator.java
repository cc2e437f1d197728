package io.okrsdk.testing.perform;

import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.perform.model.CheckinDetail;
import io.okrsdk.perform.model.CheckinResponse;
import io.okrsdk.perform.model.Goal;
import io.okrsdk.perform.model.GoalUnit;
import io.okrsdk.perform.model.GoalVisibility;
import io.okrsdk.perform.model.ImmutableCheckinDetail;
import io.okrsdk.perform.model.PersonProperty;
import io.okrsdk.perform.model.RagStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Deterministic goals and check-ins of any number: the same seed always gives the same data, item
 * by item, whatever else was generated before. Ids look like the vendor's ({@code 580:} and a UUID)
 * and never collide with the documentation's examples.
 *
 * <p>Check-ins belong to a fixed pool of {@value #EMPLOYEES} {@link #employees() employees} in six
 * departments, each department with two managers; submission times are in 2025 in the {@code
 * Europe/London} zone (offsets {@code +00:00} and {@code +01:00}), about one check-in in twelve is
 * overdue and not submitted.
 *
 * <p>Thread-safe.
 */
public final class PerformDataGenerator {
  /** How many employees the check-ins are spread over. */
  public static final int EMPLOYEES = 60;

  private static final ZoneId ZONE = ZoneId.of("Europe/London");
  private static final LocalDate YEAR_START = LocalDate.of(2025, 1, 1);
  private static final String[] FIRST_NAMES = {
    "Alex", "Bea", "Chris", "Dana", "Eli", "Fay", "Gus", "Hana", "Ivan", "Jo", "Kai", "Lena", "Milo", "Nora",
    "Omar", "Pia", "Quinn", "Rosa", "Sam", "Tara"
  };
  private static final String[] LAST_NAMES = {
    "Adler", "Brook", "Carver", "Doyle", "Ellis", "Frost", "Grant", "Hale", "Irving", "Jensen", "Keane",
    "Lowe", "Marsh", "Nolan", "Owens", "Price", "Quill", "Reed", "Stone", "Tate", "Vance"
  };
  private static final String[] DEPARTMENTS = {
    "Research and Development", "Sales", "Marketing", "Finance", "Customer Success", "Operations"
  };
  private static final String[][] MANAGERS = {
    {"Joanne Stefani", "Martin Okafor"},
    {"Priya Natarajan", "Tom Bergstrom"},
    {"Lucia Romero", "Ben Whitaker"},
    {"Grace Liu", "Hugo Lambert"},
    {"Amara Diallo", "Felix Novak"},
    {"Ingrid Holm", "Rafael Costa"}
  };
  private static final String[] ROLES = {"Engineer", "Analyst", "Account Executive", "Designer", "Specialist"};
  private static final String[] VERBS = {"Increase", "Improve", "Grow", "Reduce", "Raise"};
  private static final String[] TOPICS = {
    "sales", "customer retention", "net promoter score", "release frequency", "support response time",
    "pipeline coverage", "onboarding completion", "churn"
  };
  private static final String[] UNITS = {"perc", "perc", "number", "bin", "usd", "eur", "gbp"};

  private final long seed;
  private final List<PerformEmployee> employees;
  private int nextGoal;
  private int nextCheckin;

  /**
   * A generator.
   *
   * @param seed the seed; equal seeds give equal data
   */
  public PerformDataGenerator(long seed) {
    this.seed = seed;
    this.employees = List.copyOf(makeEmployees(new Random(seed)));
  }

  /**
   * The employees check-ins belong to, each with a department and a manager.
   *
   * @return the {@value #EMPLOYEES} employees
   */
  public List<PerformEmployee> employees() {
    return employees;
  }

  /**
   * Adds the next {@code count} generated goals to a store: the first call adds goals 0 to {@code
   * count - 1}, the next call continues from there.
   *
   * @param store the store
   * @param count how many, 0 or more
   * @throws IllegalArgumentException when {@code count} is negative
   */
  public synchronized void addGoals(PerformStore store, int count) {
    List<Goal> goals = new ArrayList<>(requireCount(count));
    for (int i = 0; i < count; i++) {
      goals.add(goal(nextGoal + i));
    }
    store.addGoals(goals);
    nextGoal += count;
  }

  /**
   * Adds the next {@code count} generated check-ins to a store, each with its employee; like
   * {@link #addGoals(PerformStore, int)}, later calls continue the numbering.
   *
   * @param store the store
   * @param count how many, 0 or more
   * @throws IllegalArgumentException when {@code count} is negative
   */
  public synchronized void addCheckins(PerformStore store, int count) {
    requireCount(count);
    for (int i = 0; i < count; i++) {
      store.addCheckin(checkin(nextCheckin + i), checkinEmployee(nextCheckin + i));
    }
    nextCheckin += count;
  }

  /**
   * Goal number {@code index}.
   *
   * @param index 0 or more
   * @return the goal; always the same for the same seed and index
   */
  public Goal goal(int index) {
    Random random = random("goal", index);
    String unit = UNITS[random.nextInt(UNITS.length)];
    BigDecimal[] values = values(unit, random);
    BigDecimal progress = progress(values);
    int department = random.nextInt(DEPARTMENTS.length);
    PerformEmployee person = employees.get(random.nextInt(employees.size()));
    boolean teamGoal = random.nextInt(4) == 0;
    LocalDate start = YEAR_START.plusDays(random.nextInt(180));
    return Goal.builder()
        .apiId(id("goal", index))
        .title(String.format(
            Locale.ROOT, "%s %s by %d%%", VERBS[random.nextInt(VERBS.length)],
            TOPICS[random.nextInt(TOPICS.length)], 5 + random.nextInt(46)))
        .description(random.nextBoolean() ? "" : "Generated goal number " + index + ".")
        .department(Optional.ofNullable(teamGoal ? DEPARTMENTS[department] : null))
        .teamManagerName(Optional.ofNullable(teamGoal ? MANAGERS[department][random.nextInt(2)] : null))
        .personName(Optional.ofNullable(teamGoal ? null : person.name()))
        .personGroupName(Optional.ofNullable(random.nextInt(10) == 0 ? "Leadership team" : null))
        .responsiblePersonName(Optional.ofNullable(random.nextBoolean() ? person.name() : null))
        .unit(GoalUnit.of(unit))
        .baselineValue(values[0])
        .targetValue(values[1])
        .currentValue(values[2])
        .startDate(start)
        .targetDate(start.plusDays(90 + random.nextInt(276)))
        .isComplete(progress.compareTo(BigDecimal.ONE) >= 0)
        .ragStatus(OpenEnum.of(rag(progress)))
        .autoCalculated(random.nextBoolean())
        .isOkr(random.nextInt(10) < 3)
        .weight(1 + random.nextInt(5))
        .visibility(OpenEnum.of(random.nextBoolean() ? GoalVisibility.PUBLIC : GoalVisibility.LINE_OF_SIGHT))
        .ragTargetBased(random.nextBoolean())
        .build();
  }

  /**
   * Check-in number {@code index}, with its response when submitted.
   *
   * @param index 0 or more
   * @return the check-in; always the same for the same seed and index
   */
  public CheckinDetail checkin(int index) {
    Random random = random("checkin", index);
    int employeeIndex = random.nextInt(employees.size());
    PerformEmployee employee = employees.get(employeeIndex);
    OffsetDateTime deadline =
        YEAR_START.plusDays(random.nextInt(365)).atTime(LocalTime.NOON).atZone(ZONE).toOffsetDateTime();
    boolean overdue = random.nextInt(12) == 0;
    ImmutableCheckinDetail.Builder checkin = CheckinDetail.builder()
        .apiId(id("checkin", index))
        .deadlineDate(deadline)
        .overdue(overdue)
        .onVacation(random.nextInt(25) == 0)
        .isAdhoc(random.nextInt(5) == 0);
    if (!overdue) {
      OffsetDateTime submitted = at(
          deadline.toInstant().minusSeconds(random.nextInt(3 * 24 * 3600)).plusNanos(random.nextInt(1_000_000) * 1000L));
      checkin.submissionDate(submitted)
          .addResponses(CheckinResponse.builder()
              .apiId(id("response", index))
              .responseDate(at(submitted.toInstant().plus(Duration.ofMillis(50 + random.nextInt(450)))))
              .personName(employee.name())
              .personApiId(employee.apiId())
              .personEmail(employee.email())
              .personDepartment(employee.department())
              .addPersonProperties(PersonProperty.builder()
                  .name("Role")
                  .value(ROLES[employeeIndex % ROLES.length])
                  .build())
              .build());
    }
    return checkin.build();
  }

  /**
   * The employee check-in number {@code index} belongs to.
   *
   * @param index 0 or more
   * @return the employee, one of {@link #employees()}
   */
  public PerformEmployee checkinEmployee(int index) {
    return employees.get(random("checkin", index).nextInt(employees.size()));
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atZone(ZONE).toOffsetDateTime();
  }

  private Random random(String kind, int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must be 0 or more, was " + index);
    }
    return new Random(seed * 0x9E3779B97F4A7C15L + kind.hashCode() * 1_000_003L + index);
  }

  private String id(String kind, int index) {
    String name = kind + ":" + seed + ":" + index;
    return "580:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  private static List<PerformEmployee> makeEmployees(Random random) {
    Set<String> names = new LinkedHashSet<>();
    while (names.size() < EMPLOYEES) {
      names.add(FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)]);
    }
    List<PerformEmployee> made = new ArrayList<>();
    int i = 0;
    for (String name : names) {
      int department = i % DEPARTMENTS.length;
      String manager = MANAGERS[department][(i / DEPARTMENTS.length) % 2];
      made.add(PerformEmployee.of(name, email(name), DEPARTMENTS[department], manager, email(manager)));
      i++;
    }
    return made;
  }

  private static String email(String name) {
    return name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com";
  }

  /** Baseline, target and current value for a unit, at the API's scale of four decimals. */
  private static BigDecimal[] values(String unit, Random random) {
    double baseline;
    double target;
    double current;
    switch (unit) {
      case "perc":
        baseline = 0;
        target = 100;
        current = random.nextInt(10_001) / 100.0;
        break;
      case "bin":
        baseline = 0;
        target = 1;
        current = random.nextInt(3) == 0 ? 1 : 0;
        break;
      case "number":
        baseline = random.nextInt(50);
        target = baseline + 10 + random.nextInt(500);
        current = baseline + random.nextDouble() * (target - baseline) * 1.1;
        break;
      default:
        baseline = 0;
        target = 1_000 * (10 + random.nextInt(990));
        current = Math.round(random.nextDouble() * target * 110) / 100.0;
        break;
    }
    return new BigDecimal[] {scaled(baseline), scaled(target), scaled(current)};
  }

  private static BigDecimal scaled(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
  }

  /** How far from baseline to target the current value is, 1 meaning done. */
  private static BigDecimal progress(BigDecimal[] values) {
    BigDecimal span = values[1].subtract(values[0]);
    return span.signum() == 0 ? BigDecimal.ONE : values[2].subtract(values[0]).divide(span, 4, RoundingMode.HALF_UP);
  }

  private static RagStatus rag(BigDecimal progress) {
    if (progress.compareTo(new BigDecimal("0.7")) >= 0) {
      return RagStatus.GREEN;
    }
    return progress.compareTo(new BigDecimal("0.4")) >= 0 ? RagStatus.AMBER : RagStatus.RED;
  }

  private static int requireCount(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be 0 or more, was " + count);
    }
    return count;
  }

  @Override
  public String toString() {
    return "PerformDataGenerator{seed=" + seed + "}";
  }
}
