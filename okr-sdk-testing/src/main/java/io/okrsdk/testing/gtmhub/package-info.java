/**
 * The parts of {@link io.okrsdk.testing.FakeGtmhubServer}: the in-memory {@link
 * io.okrsdk.testing.gtmhub.GoalStore}, the {@link io.okrsdk.testing.gtmhub.GtmhubRouter} that
 * serves the goal endpoints over HTTP, and the {@link io.okrsdk.testing.gtmhub.WorkflowStatus} of
 * the approval workflow. Filter, sort, fields, grouping, writes and data generation are
 * package-private helpers.
 */
@NullMarked
package io.okrsdk.testing.gtmhub;

import org.jspecify.annotations.NullMarked;
