/**
 * The Gtmhub / Quantive Results client: {@link io.okrsdk.gtmhub.GtmhubClient} and its goals
 * (objectives) service. In this API "goals" are objectives and "metrics" are key results.
 */
@NullMarked
package io.okrsdk.gtmhub;

import org.jspecify.annotations.NullMarked;
