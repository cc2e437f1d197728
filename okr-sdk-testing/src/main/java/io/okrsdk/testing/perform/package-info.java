/**
 * The parts of {@link io.okrsdk.testing.FakePerformServer}: its thread-safe state ({@link
 * io.okrsdk.testing.perform.PerformStore}), the employees check-ins belong to ({@link
 * io.okrsdk.testing.perform.PerformEmployee}), deterministic test data ({@link
 * io.okrsdk.testing.perform.PerformDataGenerator}) and the HTTP answers ({@link
 * io.okrsdk.testing.perform.PerformRoutes}).
 *
 * <p>Most tests only need {@code FakePerformServer}; these classes are public so a test can build
 * data sets of its own.
 */
@NullMarked
package io.okrsdk.testing.perform;

import org.jspecify.annotations.NullMarked;
