/**
 * Client for the OGSM API ({@code https://<subdomain>.ogsm.online/api/v2/}): the objective, goals,
 * strategies, KPIs and actions of an OGSM, and the measurements of goals and KPIs.
 *
 * <pre>{@code
 * try (OgsmClient ogsm = OgsmClient.builder()
 *     .subdomain("acme")
 *     .credentials("api-user", "api-password")
 *     .build()) {
 *   for (Goal goal : ogsm.goals().list()) {
 *     System.out.println(goal.title());
 *   }
 *   ogsm.goalMeasurements().create(123, LocalDate.of(2024, 10, 9), new BigDecimal("45.6"));
 * }
 * }</pre>
 *
 * @see io.okrsdk.ogsm.OgsmClient
 */
@NullMarked
package io.okrsdk.ogsm;

import org.jspecify.annotations.NullMarked;
