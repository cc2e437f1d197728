/**
 * In-process fake servers for the four platforms ({@link io.okrsdk.testing.FakeGtmhubServer} and
 * its siblings), usable as JUnit 5 extensions or started with {@code start()} and closed by hand.
 */
@NullMarked
package io.okrsdk.testing;

import org.jspecify.annotations.NullMarked;
