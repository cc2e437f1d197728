package com.example.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.ogsm.model.GoalMeasurement;
import io.okrsdk.testing.FakeOgsmServer;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ClientUnderSpringBootBomTest {
  @RegisterExtension final FakeOgsmServer ogsm = new FakeOgsmServer();

  @Test
  void readsAndWritesWithSpringBootsManagedVersions(OgsmClient client) {
    assertFalse(client.goals().listAll().isEmpty());
    long goalId = client.goals().listAll().get(0).id();
    GoalMeasurement created = client.goalMeasurements().create(goalId, LocalDate.of(2024, 10, 9), new BigDecimal("45.6"));
    assertEquals(0, new BigDecimal("45.6").compareTo(created.currentValue().orElseThrow()));
  }

  @Test
  void kotlinStdlibIsTheOneSpringBootManages() {
    // Documents what this build tests: OkHttp 5 and Okio running on Spring Boot's kotlin-stdlib.
    String version = kotlin.KotlinVersion.CURRENT.toString();
    System.out.println("kotlin-stdlib at run time: " + version);
    assertTrue(version.startsWith("1.9."), "Spring Boot 3.5 manages kotlin-stdlib 1.9, was " + version);
  }
}
