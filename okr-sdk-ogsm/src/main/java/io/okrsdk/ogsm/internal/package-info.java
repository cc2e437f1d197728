/**
 * The OGSM client's plumbing that users never name: the Retrofit interface, the JSON setup and
 * the listing helpers. Not exported (the fakes in io.okrsdk.testing reuse the JSON setup) and left
 * out of the published Javadoc.
 */
@NullMarked
package io.okrsdk.ogsm.internal;

import org.jspecify.annotations.NullMarked;
