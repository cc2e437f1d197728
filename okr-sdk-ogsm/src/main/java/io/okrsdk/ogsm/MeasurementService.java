package io.okrsdk.ogsm;

import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.internal.Checks;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.ogsm.internal.Listing;
import io.okrsdk.ogsm.model.Measurement;
import io.okrsdk.ogsm.model.OgsmItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import retrofit2.Call;

/**
 * What goal and KPI measurements share: listing, and recording a value for a measured item. The
 * two public services differ only in their types and endpoints.
 *
 * @param <M> the measurement read back
 * @param <N> the new measurement sent
 * @param <I> the measured item (goal or KPI)
 */
abstract class MeasurementService<M extends Measurement, N, I extends OgsmItem> {
  private final ClientRuntime runtime;
  private final Listing<M> listing;
  private final String what;
  private final String itemName;

  MeasurementService(ClientRuntime runtime, Supplier<Call<List<M>>> list, String itemName, String what) {
    this.runtime = runtime;
    this.listing = new Listing<>(runtime, list, what + "s");
    this.itemName = itemName;
    this.what = what;
  }

  /** The new measurement for an item's id, checked before anything is sent. */
  abstract N newMeasurement(long itemId, LocalDate at, BigDecimal currentValue);

  /** The create call for a new measurement (wrapped in the endpoint's body). */
  abstract Call<M> createCall(N measurement);

  /**
   * Every measurement, as a lazy listing: nothing is requested until iteration begins, and each
   * iteration requests the list afresh.
   *
   * @return the listing; iterating it throws the SDK's exceptions
   */
  public PagedIterable<M> list() {
    return listing.lazy();
  }

  /**
   * Every measurement, fetched now.
   *
   * @return the measurements, unmodifiable, in the server's order
   * @throws io.okrsdk.core.OkrException when the request fails
   */
  public List<M> listAll() {
    return listing.all();
  }

  /**
   * Every measurement, fetched asynchronously.
   *
   * @return a future of the measurements, completed exceptionally with the SDK's exception on
   *     failure
   */
  public CompletableFuture<List<M>> listAllAsync() {
    return listing.allAsync();
  }

  /**
   * Records a value for an item (goal or KPI) on a date.
   *
   * @param itemId the goal's or KPI's id, positive
   * @param at the date the value is for
   * @param currentValue the measured value
   * @return the created measurement, with the id the server generated
   * @throws IllegalArgumentException when a value is missing or the id is not positive; nothing is
   *     sent then
   * @throws io.okrsdk.core.OkrException when the request fails
   */
  public M create(long itemId, LocalDate at, BigDecimal currentValue) {
    return create(newMeasurement(itemId, at, currentValue));
  }

  /**
   * Records a value for an item read earlier, on a date.
   *
   * @param item the goal or KPI, as listed by the API
   * @param at the date the value is for
   * @param currentValue the measured value
   * @return the created measurement, with the id the server generated
   * @throws IllegalArgumentException when a value is missing; nothing is sent then
   * @throws io.okrsdk.core.OkrException when the request fails
   */
  public M create(I item, LocalDate at, BigDecimal currentValue) {
    return create(Checks.require(item, itemName).id(), at, currentValue);
  }

  /**
   * Records a measurement with any of the optional fields (target value, status colour, whether it
   * shows on the OGSM, description).
   *
   * @param measurement the measurement, built with its {@code builder()}
   * @return the created measurement, with the id the server generated
   * @throws IllegalArgumentException when {@code measurement} is null; nothing is sent then
   * @throws io.okrsdk.core.OkrException when the request fails
   */
  public M create(N measurement) {
    return runtime.execute(createCall(measurement));
  }

  /**
   * Records a value for an item on a date, asynchronously. Invalid arguments are refused at once.
   *
   * @param itemId the goal's or KPI's id, positive
   * @param at the date the value is for
   * @param currentValue the measured value
   * @return a future of the created measurement, completed exceptionally with the SDK's exception
   *     on failure
   * @throws IllegalArgumentException when a value is missing or the id is not positive
   */
  public CompletableFuture<M> createAsync(long itemId, LocalDate at, BigDecimal currentValue) {
    return createAsync(newMeasurement(itemId, at, currentValue));
  }

  /**
   * Records a value for an item read earlier, on a date, asynchronously. Invalid arguments are
   * refused at once.
   *
   * @param item the goal or KPI, as listed by the API
   * @param at the date the value is for
   * @param currentValue the measured value
   * @return a future of the created measurement, completed exceptionally with the SDK's exception
   *     on failure
   * @throws IllegalArgumentException when a value is missing
   */
  public CompletableFuture<M> createAsync(I item, LocalDate at, BigDecimal currentValue) {
    return createAsync(Checks.require(item, itemName).id(), at, currentValue);
  }

  /**
   * Records a measurement with any of the optional fields, asynchronously. Invalid arguments are
   * refused at once.
   *
   * @param measurement the measurement, built with its {@code builder()}
   * @return a future of the created measurement, completed exceptionally with the SDK's exception
   *     on failure
   * @throws IllegalArgumentException when {@code measurement} is null
   */
  public CompletableFuture<M> createAsync(N measurement) {
    return runtime.executeAsync(createCall(measurement));
  }
}
