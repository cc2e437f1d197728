/**
 * The parts of {@link io.okrsdk.testing.FakeOgsmServer}: its thread-safe in-memory state ({@link
 * io.okrsdk.testing.ogsm.OgsmStore}), the documented example objects it starts with ({@link
 * io.okrsdk.testing.ogsm.OgsmExamples}), deterministic generated data of any size ({@link
 * io.okrsdk.testing.ogsm.OgsmGenerator}) and the checks of wrapped create bodies ({@link
 * io.okrsdk.testing.ogsm.WrappedBody}).
 */
@NullMarked
package io.okrsdk.testing.ogsm;

import org.jspecify.annotations.NullMarked;
