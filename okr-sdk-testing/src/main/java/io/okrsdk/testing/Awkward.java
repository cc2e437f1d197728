package io.okrsdk.testing;

/**
 * Surprising but plausible ways a real server may answer, which a fake serves when switched on with
 * {@link FakeServer#awkward(Awkward...)}: so a test can check that code built on the SDK copes with
 * a server that differs from the vendor's docs in small ways.
 *
 * <p>Only successful JSON answers change; errors, faults and state are as without the switch. What
 * each fake changes:
 *
 * <table>
 *   <caption>Variants by fake</caption>
 *   <tr><th>Variant</th><th>Perform</th><th>OGSM</th><th>Gtmhub</th><th>OKR for Jira</th></tr>
 *   <tr><td>{@link #EXTRA_FIELDS}</td><td colspan="4">every object gains {@value #EXTRA_FIELD}</td></tr>
 *   <tr><td>{@link #OTHER_TYPE}</td><td>{@code is_complete} is a string ({@code "false"})</td>
 *       <td>{@code assignee} is its name, a string</td><td>{@code closedStatus} is its status, a
 *       string</td><td>{@code currentProgressDefinition} is its type, a string</td></tr>
 *   <tr><td>{@link #FRACTION_FOR_INTEGER}</td><td>{@code goal_weight} is {@code 2.5}</td>
 *       <td>{@code row_order} gains {@code .5}</td><td>metrics' {@code format.fractionSize} gains
 *       {@code .5}</td><td>(no integer is modelled)</td></tr>
 *   <tr><td>{@link #MISSING_OPTIONAL}</td><td>{@code rag_status} left out</td><td>measurements
 *       without {@code at}</td><td>{@code dateCreated} left out</td><td>{@code latestUpdate} left
 *       out</td></tr>
 *   <tr><td>{@link #BARE_ARRAY}</td><td>-</td><td>- (lists are bare already)</td><td>grouped-by,
 *       workflow actions, goals by metric owner and bulk create answer the bare array of
 *       items</td><td>-</td></tr>
 *   <tr><td>{@link #WRAPPED_OBJECT}</td><td>-</td><td>a created measurement comes as {@code
 *       {"goal_report": {...}}} or {@code {"indicator_report": {...}}}</td><td>a single goal
 *       (get, create, patch, put, confidence) comes as {@code {"data": {...}}}</td><td>-</td></tr>
 * </table>
 *
 * <p>A "-" is a shape the vendor documents with an example, so no variant is served there.
 */
public enum Awkward {
  /** Objects carry fields the model does not know, holding an object, an array and a null. */
  EXTRA_FIELDS,
  /** A field arrives with another JSON type than modelled, such as a string for an object. */
  OTHER_TYPE,
  /** A number with a fraction where the model has an integer. */
  FRACTION_FOR_INTEGER,
  /** An optional field is left out. */
  MISSING_OPTIONAL,
  /**
   * An endpoint whose docs show no body ({@code {}}) answers a bare JSON array instead of the
   * {@code {items, totalCount}} envelope.
   */
  BARE_ARRAY,
  /** A single object arrives wrapped under one key. */
  WRAPPED_OBJECT;

  /** The field {@link #EXTRA_FIELDS} adds to every object. */
  public static final String EXTRA_FIELD = "x_unmodelled";
}
