/**
 * Typed builders for the query parameters of the Gtmhub goals API: the MongoDB-style {@link
 * io.okrsdk.gtmhub.query.Filter}, {@link io.okrsdk.gtmhub.query.Sort}, the {@link
 * io.okrsdk.gtmhub.query.Fields} projection, {@link io.okrsdk.gtmhub.query.Formatting}, and the
 * grouped-by listings' {@link io.okrsdk.gtmhub.query.DeadlineFilter} and {@link
 * io.okrsdk.gtmhub.query.AttainmentCondition}. Each also accepts the raw text the API documents.
 */
@NullMarked
package io.okrsdk.gtmhub.query;

import org.jspecify.annotations.NullMarked;
