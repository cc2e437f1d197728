package io.okrsdk.ogsm;

import io.okrsdk.core.ClientRuntime;
import io.okrsdk.core.http.CancellableFutures;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.ogsm.model.Kpi;
import io.okrsdk.ogsm.model.KpiMeasurement;
import io.okrsdk.ogsm.model.KpiMeasurementBody;
import io.okrsdk.ogsm.model.NewKpiMeasurement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The measurements of KPIs ({@code GET} and {@code POST /api/v2/indicator_reports.json}): list them,
 * or record a new one.
 *
 * <p>A create is a POST and is never re-sent by the SDK's retries: when the connection drops after
 * the request went out, or the server answers 5xx, the caller gets the exception and decides, since
 * the measurement may have been recorded.
 *
 * <p>Thread-safe; obtained from {@link OgsmClient#kpiMeasurements()}.
 */
public final class KpiMeasurementService {
  private final ClientRuntime runtime;
  private final OgsmApi api;
  private final Listing<KpiMeasurement> listing;

  KpiMeasurementService(ClientRuntime runtime, OgsmApi api) {
    this.runtime = runtime;
    this.api = api;
    this.listing = new Listing<>(runtime, api::listKpiMeasurements, "KPI measurements");
  }

  /**
   * Every KPI measurement, as a lazy listing: nothing is requested until iteration begins, and each
   * iteration requests the list afresh.
   *
   * @return the listing; iterating it throws the SDK's exceptions
   */
  public PagedIterable<KpiMeasurement> list() {
    return listing.lazy();
  }

  /**
   * Every KPI measurement, fetched now.
   *
   * @return the measurements, unmodifiable, in the server's order
   * @throws io.okrsdk.core.OkrException when the request fails
   */
  public List<KpiMeasurement> listAll() {
    return listing.all();
  }

  /**
   * Every KPI measurement, fetched asynchronously.
   *
   * @return a future of the measurements, completed exceptionally with the SDK's exception on
   *     failure
   */
  public CompletableFuture<List<KpiMeasurement>> listAllAsync() {
    return listing.allAsync();
  }

  /**
   * Records a value for a KPI on a date.
   *
   * @param kpiId the KPI's id, positive
   * @param at the date the value is for
   * @param currentValue the measured value
   * @return the created measurement, with the id the server generated
   * @throws IllegalArgumentException when a value is missing or the id is not positive; nothing is
   *     sent then
   * @throws io.okrsdk.core.OkrException when the request fails
   */
  public KpiMeasurement create(long kpiId, LocalDate at, BigDecimal currentValue) {
    return create(NewKpiMeasurement.of(kpiId, at, currentValue));
  }

  /**
   * Records a value for a KPI read earlier, on a date.
   *
   * @param kpi the KPI, as listed by the API
   * @param at the date the value is for
   * @param currentValue the measured value
   * @return the created measurement, with the id the server generated
   * @throws IllegalArgumentException when a value is missing; nothing is sent then
   * @throws io.okrsdk.core.OkrException when the request fails
   */
  public KpiMeasurement create(Kpi kpi, LocalDate at, BigDecimal currentValue) {
    return create(Arguments.require(kpi, "kpi").id(), at, currentValue);
  }

  /**
   * Records a measurement with any of the optional fields (target value, status colour, whether it
   * shows on the OGSM, description).
   *
   * @param measurement the measurement, built with {@link NewKpiMeasurement#builder()}
   * @return the created measurement, with the id the server generated
   * @throws IllegalArgumentException when {@code measurement} is null; nothing is sent then
   * @throws io.okrsdk.core.OkrException when the request fails
   */
  public KpiMeasurement create(NewKpiMeasurement measurement) {
    KpiMeasurementBody body = KpiMeasurementBody.of(measurement);
    return Responses.created(runtime.execute(api.createKpiMeasurement(body)), "KPI measurement");
  }

  /**
   * Records a value for a KPI on a date, asynchronously. Invalid arguments are refused at once.
   *
   * @param kpiId the KPI's id, positive
   * @param at the date the value is for
   * @param currentValue the measured value
   * @return a future of the created measurement, completed exceptionally with the SDK's exception
   *     on failure
   * @throws IllegalArgumentException when a value is missing or the id is not positive
   */
  public CompletableFuture<KpiMeasurement> createAsync(long kpiId, LocalDate at, BigDecimal currentValue) {
    return createAsync(NewKpiMeasurement.of(kpiId, at, currentValue));
  }

  /**
   * Records a value for a KPI read earlier, on a date, asynchronously. Invalid arguments are
   * refused at once.
   *
   * @param kpi the KPI, as listed by the API
   * @param at the date the value is for
   * @param currentValue the measured value
   * @return a future of the created measurement, completed exceptionally with the SDK's exception
   *     on failure
   * @throws IllegalArgumentException when a value is missing
   */
  public CompletableFuture<KpiMeasurement> createAsync(Kpi kpi, LocalDate at, BigDecimal currentValue) {
    return createAsync(Arguments.require(kpi, "kpi").id(), at, currentValue);
  }

  /**
   * Records a measurement with any of the optional fields, asynchronously. Invalid arguments are
   * refused at once.
   *
   * @param measurement the measurement, built with {@link NewKpiMeasurement#builder()}
   * @return a future of the created measurement, completed exceptionally with the SDK's exception
   *     on failure
   * @throws IllegalArgumentException when {@code measurement} is null
   */
  public CompletableFuture<KpiMeasurement> createAsync(NewKpiMeasurement measurement) {
    KpiMeasurementBody body = KpiMeasurementBody.of(measurement);
    return CancellableFutures.map(
        runtime.executeAsync(api.createKpiMeasurement(body)), created -> Responses.created(created, "KPI measurement"));
  }
}
