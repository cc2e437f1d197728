package io.okrsdk.gtmhub.internal;

import io.okrsdk.gtmhub.model.Metric;
import io.okrsdk.gtmhub.model.MetricCheckin;
import io.okrsdk.gtmhub.model.MetricList;
import io.okrsdk.gtmhub.model.MetricValueHistory;
import java.time.LocalDate;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The metrics (key results) endpoints of the Gtmhub / Quantive Results API, one method per
 * endpoint. Paths are relative, so they resolve under a base URL with a prefix such as {@code
 * https://app.quantive.com/results/}.
 *
 * <p>This is the raw layer: run its calls through {@link GtmhubClient#metrics()} for the SDK's
 * error mapping, paging and input checks. Path ids must be encoded with {@link
 * io.okrsdk.core.internal.PathSegments#encode(String, String)}; {@code null} query values are left out.
 */
public interface GtmhubMetricApi {
  /**
   * {@code GET /api/v2/metrics}: one page of metrics.
   *
   * @param fields the projection, such as {@code name,description}
   * @param sort the order, such as {@code -name,dateCreated}
   * @param filter the MongoDB-style filter
   * @param skip metrics to skip
   * @param limit metrics to return (the service's default is 100)
   * @param formatting {@code mentionsMarkup} or {@code plainText}
   * @return the call
   */
  @GET("api/v2/metrics")
  Call<MetricList> listMetrics(
      @Query("fields") String fields,
      @Query("sort") String sort,
      @Query("filter") String filter,
      @Query("skip") Long skip,
      @Query("limit") Integer limit,
      @Query("formatting") String formatting);

  /**
   * {@code GET /api/v1/metrics/{metricId}}: one metric.
   *
   * @param metricId the metric's id, encoded
   * @return the call
   */
  @GET("api/v1/metrics/{metricId}")
  Call<Metric> getMetric(@Path(value = "metricId", encoded = true) String metricId);

  /**
   * {@code POST /api/v1/metrics/{metricId}/checkin}: records a new value with an optional comment
   * and confidence. Whatever the service answers is not read.
   *
   * @param metricId the metric's id, encoded
   * @param checkin the check-in
   * @return the call
   */
  @POST("api/v1/metrics/{metricId}/checkin")
  Call<Void> checkIn(@Path(value = "metricId", encoded = true) String metricId, @Body MetricCheckin checkin);

  /**
   * {@code GET /api/v1/metrics/{metricId}/values}: the metric's value history, optionally between
   * two dates.
   *
   * @param metricId the metric's id, encoded
   * @param from the first date, as {@code yyyy-MM-dd}
   * @param to the last date, as {@code yyyy-MM-dd}
   * @return the call
   */
  @GET("api/v1/metrics/{metricId}/values")
  Call<MetricValueHistory> getMetricValues(
      @Path(value = "metricId", encoded = true) String metricId,
      @Query("from") LocalDate from,
      @Query("to") LocalDate to);
}
