/**
 * The query parameters of the OKR for Jira listings as value types: the update history and comment
 * queries, the date window of the by-date queries and what to expand. Every value is immutable and
 * checks itself when built, failing with {@link java.lang.IllegalArgumentException} before
 * anything is sent.
 */
@NullMarked
@OkrModel
package io.okrsdk.jira.query;

import io.okrsdk.core.json.OkrModel;
import org.jspecify.annotations.NullMarked;
