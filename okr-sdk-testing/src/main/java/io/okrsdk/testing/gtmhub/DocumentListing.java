package io.okrsdk.testing.gtmhub;

import com.squareup.moshi.JsonAdapter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The listing behaviour every {@code fields/sort/filter/skip/limit/formatting} endpoint shares, over
 * a list of JSON documents: filter, sort, window, projection and plain-text formatting, answered in
 * the {@code {items, totalCount}} envelope.
 */
final class DocumentListing {
  static final int DEFAULT_LIMIT = 100;

  private DocumentListing() {}

  /**
   * Answers a listing of copies of {@code documents}.
   *
   * @param sizeParams the query parameters that carry the page size, first present wins
   */
  static Reply answer(Exchange exchange, List<Map<String, Object>> documents, JsonAdapter<Object> lenientJson,
      String... sizeParams) {
    String filterText = exchange.query("filter");
    Object expression = filterText == null || filterText.isBlank()
        ? null : Exchange.parse(filterText, lenientJson, "filter");
    Predicate<Map<String, Object>> filter = GoalFilter.compile(expression);
    Comparator<Map<String, Object>> order = GoalSort.parse(exchange.query("sort"));
    long skip = exchange.number("skip", 0, 0);
    long limit = DEFAULT_LIMIT;
    for (String name : sizeParams) {
      if (exchange.query(name) != null) {
        limit = exchange.number(name, DEFAULT_LIMIT, 1);
        break;
      }
    }
    Projection projection = Projection.parse(exchange.query("fields"), Projection.without());
    boolean plainText = Mentions.plainText(exchange.query("formatting"));
    List<Map<String, Object>> matching = new ArrayList<>();
    for (Map<String, Object> document : documents) {
      if (filter.test(document)) {
        matching.add(document);
      }
    }
    if (order != null) {
      matching.sort(order);
    }
    List<Object> window = new ArrayList<>();
    for (long i = skip; i < matching.size() && window.size() < limit; i++) {
      window.add(shape(matching.get((int) i), projection, plainText));
    }
    return Reply.list(window, matching.size());
  }

  /** A copy of one document with the request's projection and formatting. */
  static Map<String, Object> one(Exchange exchange, Map<String, Object> document) {
    Projection projection = Projection.parse(exchange.query("fields"), Projection.without());
    return shape(document, projection, Mentions.plainText(exchange.query("formatting")));
  }

  private static Map<String, Object> shape(Map<String, Object> document, Projection projection, boolean plainText) {
    Map<String, Object> copy = JsonTree.copy(document);
    if (plainText) {
      Mentions.toPlainText(copy);
    }
    return projection.apply(copy);
  }
}
