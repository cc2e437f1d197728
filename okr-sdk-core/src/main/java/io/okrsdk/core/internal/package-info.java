/**
 * Plumbing the platform modules share and users never name; exported to the platform modules
 * only, and left out of the published Javadoc.
 */
@NullMarked
package io.okrsdk.core.internal;

import org.jspecify.annotations.NullMarked;
