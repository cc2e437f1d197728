package io.okrsdk.ogsm.model;

import com.squareup.moshi.Json;
import io.okrsdk.core.json.OpenEnum;
import java.math.BigDecimal;
import java.util.Optional;

/** What goals and KPIs share: measurements in a unit, a status colour and a chart. */
public interface Measurable extends OgsmItem {
  /**
   * The unit the measurements are in, such as {@code EUR}.
   *
   * @return the unit, empty when none is set
   */
  @Json(name = "target_unit")
  Optional<String> targetUnit();

  /**
   * The current status colour.
   *
   * @return the colour (unknown colours kept), empty when none is set
   */
  @Json(name = "traffic_light")
  Optional<OpenEnum<TrafficLight>> trafficLight();

  /**
   * The lowest value on the chart's vertical axis.
   *
   * @return the minimum, empty when the chart scales itself
   */
  @Json(name = "chart_vertical_min")
  Optional<BigDecimal> chartVerticalMin();

  /**
   * How measurements of sub-items are totalled.
   *
   * @return the method (unknown methods kept), empty when none is set
   */
  @Json(name = "aggregation_method")
  Optional<OpenEnum<AggregationMethod>> aggregationMethod();

  /**
   * How the measurements are charted.
   *
   * @return the chart type (unknown types kept), empty when none is set
   */
  @Json(name = "chart_type")
  Optional<OpenEnum<ChartType>> chartType();
}
