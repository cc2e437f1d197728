package io.okrsdk.ogsm;

import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.ogsm.internal.OgsmApi;
import io.okrsdk.ogsm.model.KpiMeasurement;
import io.okrsdk.ogsm.model.KpiMeasurementBody;
import io.okrsdk.ogsm.model.NewKpiMeasurement;
import io.okrsdk.ogsm.model.Kpi;
import java.math.BigDecimal;
import java.time.LocalDate;
import retrofit2.Call;

/**
 * The measurements of KPIs ({@code GET} and {@code POST /api/v2/indicator_reports.json}): list them, or record
 * a new one by id ({@link #create(long, LocalDate, BigDecimal)}), for a {@link Kpi} read
 * earlier, or with the optional fields through a {@link
 * NewKpiMeasurement#builder()}.
 *
 * <p>A create is a POST and is never re-sent by the SDK's retries: when the connection drops after
 * the request went out, or the server answers 5xx, the caller gets the exception and decides, since
 * the measurement may have been recorded.
 *
 * <p>Thread-safe; obtained from {@link OgsmClient#kpiMeasurements()}.
 */
public final class KpiMeasurementService extends MeasurementService<KpiMeasurement, NewKpiMeasurement, Kpi> {
  private final OgsmApi api;

  KpiMeasurementService(ClientRuntime runtime, OgsmApi api) {
    super(runtime, api::listKpiMeasurements, "kpi", "KPI measurement");
    this.api = api;
  }

  @Override
  NewKpiMeasurement newMeasurement(long itemId, LocalDate at, BigDecimal currentValue) {
    return NewKpiMeasurement.of(itemId, at, currentValue);
  }

  @Override
  Call<KpiMeasurement> createCall(NewKpiMeasurement measurement) {
    return api.createKpiMeasurement(KpiMeasurementBody.of(measurement));
  }
}
