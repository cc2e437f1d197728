/**
 * Immutable models of the Gtmhub (Quantive Results) objectives API: goals (objectives), their
 * metrics (key results), list envelopes, workflow objects and request bodies.
 *
 * <p>Unknown JSON fields are ignored and unknown enum values are kept (see {@link
 * io.okrsdk.core.json.OpenEnum}), so newer server versions never break decoding.
 */
@NullMarked
package io.okrsdk.gtmhub.model;

import org.jspecify.annotations.NullMarked;
