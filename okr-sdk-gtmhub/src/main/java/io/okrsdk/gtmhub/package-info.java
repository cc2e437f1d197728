/**
 * The Gtmhub / Quantive Results client: {@link io.okrsdk.gtmhub.GtmhubClient} and its goals
 * (objectives) service. In this API "goals" are objectives and "metrics" are key results.
 */
package io.okrsdk.gtmhub;
