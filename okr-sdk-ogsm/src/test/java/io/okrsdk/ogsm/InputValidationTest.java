package io.okrsdk.ogsm;

import static io.okrsdk.ogsm.OgsmTesting.clientFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.testsupport.RecordingSleeper;
import io.okrsdk.ogsm.model.Goal;
import io.okrsdk.ogsm.model.Kpi;
import io.okrsdk.ogsm.model.NewGoalMeasurement;
import io.okrsdk.ogsm.model.NewKpiMeasurement;
import io.okrsdk.ogsm.model.Reference;
import java.math.BigDecimal;
import java.time.LocalDate;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input is refused with {@link IllegalArgumentException} before anything reaches the server. */
class InputValidationTest {
  private static final LocalDate AT = LocalDate.of(2024, 10, 9);
  private static final BigDecimal VALUE = new BigDecimal("45.6");

  @StartStop final MockWebServer server = new MockWebServer();
  private OgsmClient client;

  @BeforeEach
  void setUp() {
    client = clientFor(server, new RecordingSleeper()).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    assertThat(server.getRequestCount()).as("requests that reached the server").isZero();
  }

  @Test
  void goalMeasurementWithoutADateIsRefused() {
    assertThatThrownBy(() -> client.goalMeasurements().create(123, null, VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at is required but was null");
    assertThatThrownBy(() -> client.goalMeasurements().createAsync(123, null, VALUE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void goalMeasurementWithoutAValueIsRefused() {
    assertThatThrownBy(() -> client.goalMeasurements().create(123, AT, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("currentValue is required but was null");
  }

  @Test
  void goalIdThatCannotNameAGoalIsRefused() {
    // A goal id is a long: the unset value 0, or a negative one, stands for "no goal".
    assertThatThrownBy(() -> client.goalMeasurements().create(0, AT, VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("goalId must be a positive id, was 0");
    assertThatThrownBy(() -> client.goalMeasurements().createAsync(-5, AT, VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was -5");
  }

  @Test
  void nullGoalOrKpiIsRefused() {
    assertThatThrownBy(() -> client.goalMeasurements().create((Goal) null, AT, VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("goal is required but was null");
    assertThatThrownBy(() -> client.goalMeasurements().createAsync((Goal) null, AT, VALUE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.kpiMeasurements().create((Kpi) null, AT, VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kpi is required but was null");
    assertThatThrownBy(() -> client.kpiMeasurements().createAsync((Kpi) null, AT, VALUE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void goalReadEarlierStillNeedsADate() {
    Goal goal = Goal.builder().id(123).title("Revenue").build();

    assertThatThrownBy(() -> client.goalMeasurements().create(goal, null, VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at is required but was null");
  }

  @Test
  void nullMeasurementIsRefused() {
    assertThatThrownBy(() -> client.goalMeasurements().create((NewGoalMeasurement) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("measurement is required but was null");
    assertThatThrownBy(() -> client.goalMeasurements().createAsync((NewGoalMeasurement) null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.kpiMeasurements().create((NewKpiMeasurement) null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.kpiMeasurements().createAsync((NewKpiMeasurement) null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builtMeasurementForGoalZeroIsRefusedWhenBuilt() {
    assertThatThrownBy(
            () -> NewGoalMeasurement.builder().goal(Reference.of(0)).at(AT).currentValue(VALUE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("goal id must be a positive id, was 0");
  }

  @Test
  void builderWithoutTheRequiredFieldsNamesThem() {
    assertThatThrownBy(() -> NewGoalMeasurement.builder().currentValue(VALUE).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("goal")
        .hasMessageContaining("at");
  }

  @Test
  void kpiMeasurementInputIsCheckedTheSameWay() {
    assertThatThrownBy(() -> client.kpiMeasurements().create(123, null, VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at is required but was null");
    assertThatThrownBy(() -> client.kpiMeasurements().createAsync(123, AT, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("currentValue is required but was null");
    assertThatThrownBy(() -> client.kpiMeasurements().create(0, AT, VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kpiId must be a positive id, was 0");
    assertThatThrownBy(() -> NewKpiMeasurement.builder().kpi(Reference.of(-1)).at(AT).currentValue(VALUE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("KPI id must be a positive id, was -1");
  }
}
