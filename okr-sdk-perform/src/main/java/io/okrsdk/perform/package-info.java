/**
 * The Perform &amp; Engage 365 client (Zensai, formerly Weekly10): goals and OKRs, and check-ins.
 *
 * <p>Start with {@link io.okrsdk.perform.PerformClient#builder()}.
 */
@NullMarked
package io.okrsdk.perform;

import org.jspecify.annotations.NullMarked;
