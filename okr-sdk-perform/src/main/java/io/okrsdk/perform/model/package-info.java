/**
 * Immutable models of the Perform &amp; Engage 365 API: goals and OKRs ({@link
 * io.okrsdk.perform.model.Goal}), check-ins ({@link io.okrsdk.perform.model.Checkin}, {@link
 * io.okrsdk.perform.model.CheckinDetail}) and the paged list envelopes.
 *
 * <p>Only the ids are required. Every other field is an {@code Optional}: the vendor's own examples
 * send {@code null} for fields the field list types as plain strings, so the documented types say
 * nothing about nullability, and a {@code null} must never fail a whole page.
 */
@NullMarked
package io.okrsdk.perform.model;

import org.jspecify.annotations.NullMarked;
