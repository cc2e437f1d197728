/**
 * The query parameters of the Perform &amp; Engage 365 listings as value types. Every value is
 * immutable and checks itself when built, failing with {@link java.lang.IllegalArgumentException}
 * before anything is sent.
 */
@NullMarked
@OkrModel
package io.okrsdk.perform.query;

import io.okrsdk.core.json.OkrModel;
import org.jspecify.annotations.NullMarked;
