package io.okrsdk.gtmhub;

import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.OkrException;
import io.okrsdk.core.internal.PathSegments;
import io.okrsdk.core.internal.Checks;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.gtmhub.internal.GtmhubMetricApi;
import io.okrsdk.gtmhub.model.Metric;
import io.okrsdk.gtmhub.model.MetricCheckin;
import io.okrsdk.gtmhub.model.MetricList;
import io.okrsdk.gtmhub.model.MetricValueHistory;
import io.okrsdk.gtmhub.query.ListQuery;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;

/**
 * Metrics (key results): listing with the same projection, sort, filter and paging as goals,
 * reading one, checking in a new value with a comment and confidence, and reading the value
 * history. Every method has an async twin returning a {@link CompletableFuture}.
 *
 * <p>Confidence lives on key results: {@link #checkIn(String, MetricCheckin)} is the way to set it
 * now that the goal-level confidence endpoint is deprecated.
 *
 * <p>Input is checked before anything is sent: a {@code null} or blank id, a negative skip, a
 * page size below 1 or {@code from} after {@code to} fails with {@link IllegalArgumentException}
 * (thrown directly, by the async twins too). Everything that goes wrong after that is an {@link
 * OkrException}.
 *
 * <p>Thread-safe.
 */
public final class MetricService {
  private final ClientRuntime runtime;
  private final GtmhubMetricApi api;

  MetricService(ClientRuntime runtime, GtmhubMetricApi api) {
    this.runtime = runtime;
    this.api = api;
  }

  // Made for each listing rather than with the service: its method references would otherwise be
  // linked on the first call of every program, listing or not.
  private QueryListing<Metric, MetricList> listing() {
    return new QueryListing<>(runtime, api::listMetrics, MetricList::items, MetricList::totalCount);
  }

  // ---- GET /api/v2/metrics

  /**
   * Every metric, fetched lazily page by page with the default page size; the same as {@code
   * list(ListQuery.all())}.
   *
   * @return the lazy listing
   */
  public PagedIterable<Metric> list() {
    return list(ListQuery.all());
  }

  /**
   * All metrics matching the query, fetched lazily page by page with {@code skip} and {@code
   * limit}; the query's filter, sort, fields and formatting mean what they mean for goals (for
   * example {@code Filter.eq("goalId", goalId)} or {@code Filter.eq("sessionId", sessionId)}).
   *
   * @param query the query; {@link ListQuery#all()} for every metric
   * @return the lazy listing
   */
  public PagedIterable<Metric> list(ListQuery query) {
    return listing().list(query);
  }

  /**
   * One page of metrics.
   *
   * @param query the query (its page size is not used)
   * @param skip metrics to skip, at least 0
   * @param limit metrics to return, at least 1
   * @return the page with its {@code totalCount}
   */
  public MetricList listPage(ListQuery query, long skip, int limit) {
    return listing().page(query, skip, limit);
  }

  /**
   * One page of metrics, asynchronously.
   *
   * @param query the query (its page size is not used)
   * @param skip metrics to skip, at least 0
   * @param limit metrics to return, at least 1
   * @return the future page
   */
  public CompletableFuture<MetricList> listPageAsync(ListQuery query, long skip, int limit) {
    return listing().pageAsync(query, skip, limit);
  }

  // ---- GET /api/v1/metrics/{metricId}

  /**
   * A metric.
   *
   * @param metricId the metric's id
   * @return the metric
   */
  public Metric get(String metricId) {
    return runtime.execute(api.getMetric(metricId(metricId)));
  }

  /**
   * A metric, asynchronously.
   *
   * @param metricId the metric's id
   * @return the future metric
   */
  public CompletableFuture<Metric> getAsync(String metricId) {
    return runtime.executeAsync(api.getMetric(metricId(metricId)));
  }

  // ---- POST /api/v1/metrics/{metricId}/checkin

  /**
   * Checks in a new value, with the comment, confidence, date and custom fields the check-in
   * sets. A write: it is not retried once it may have reached the service.
   *
   * @param metricId the metric's id
   * @param checkin the check-in
   */
  public void checkIn(String metricId, MetricCheckin checkin) {
    runtime.execute(api.checkIn(metricId(metricId), Checks.require(checkin, "checkin")));
  }

  /**
   * Checks in a new value, asynchronously.
   *
   * @param metricId the metric's id
   * @param checkin the check-in
   * @return a future completed when the value is recorded
   */
  public CompletableFuture<Void> checkInAsync(String metricId, MetricCheckin checkin) {
    return runtime.executeAsync(api.checkIn(metricId(metricId), Checks.require(checkin, "checkin")));
  }

  // ---- GET /api/v1/metrics/{metricId}/values

  /**
   * The metric's whole value history.
   *
   * @param metricId the metric's id
   * @return the history
   */
  public MetricValueHistory values(String metricId) {
    return values(metricId, null, null);
  }

  /**
   * The metric's value history between two dates.
   *
   * @param metricId the metric's id
   * @param from the first date; {@code null} for no lower bound
   * @param to the last date; {@code null} for no upper bound
   * @return the history
   */
  public MetricValueHistory values(String metricId, LocalDate from, LocalDate to) {
    return runtime.execute(valuesCall(metricId, from, to));
  }

  /**
   * The metric's whole value history, asynchronously.
   *
   * @param metricId the metric's id
   * @return the future history
   */
  public CompletableFuture<MetricValueHistory> valuesAsync(String metricId) {
    return valuesAsync(metricId, null, null);
  }

  /**
   * The metric's value history between two dates, asynchronously.
   *
   * @param metricId the metric's id
   * @param from the first date; {@code null} for no lower bound
   * @param to the last date; {@code null} for no upper bound
   * @return the future history
   */
  public CompletableFuture<MetricValueHistory> valuesAsync(String metricId, LocalDate from, LocalDate to) {
    return runtime.executeAsync(valuesCall(metricId, from, to));
  }

  // ---- Helpers


  private Call<MetricValueHistory> valuesCall(String metricId, LocalDate from, LocalDate to) {
    String id = metricId(metricId);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
    }
    return api.getMetricValues(id, from, to);
  }

  private static String metricId(String metricId) {
    return PathSegments.encode(metricId, "metricId");
  }

}
