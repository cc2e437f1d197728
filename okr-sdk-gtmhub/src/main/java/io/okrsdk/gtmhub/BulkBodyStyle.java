package io.okrsdk.gtmhub;

/**
 * How the bodies of the bulk goal endpoints ({@code POST} and {@code DELETE /api/v1/goals/bulk})
 * are written. The vendor's reference renders them two ways: its curl examples wrap every body
 * parameter in an object named after the parameter ({@code {"goals": [...]}}, {@code {"goalsIds":
 * [...]}}), its Python examples send the value itself (a JSON array). The same curl wrapping appears
 * on the single-goal endpoints ({@code {"goal": ...}}), whose bodies are the bare object, so the
 * wrapper is read as the renderer's naming of the parameter and {@link #BARE_ARRAY} is the
 * default. {@link #WRAPPED} sends the other reading, should an account need it.
 */
public enum BulkBodyStyle {
  /** A JSON array of goals or ids (the default). */
  BARE_ARRAY,
  /** {@code {"goals": [...]}} for bulk create and {@code {"goalsIds": [...]}} for bulk delete. */
  WRAPPED
}
