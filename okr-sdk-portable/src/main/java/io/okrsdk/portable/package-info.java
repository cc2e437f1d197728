/**
 * One model of objectives and key results over Perform &amp; Engage 365, OGSM, Gtmhub (Quantive
 * Results) and OKR for Jira, and a {@link io.okrsdk.portable.OkrSource} per platform that reads it
 * from that platform's client.
 *
 * <p>Every item keeps where it came from ({@link io.okrsdk.portable.SourceRef}) and the platform's
 * own status spelling next to the portable {@link io.okrsdk.portable.Status}. The module README
 * tables what maps to what, what is derived and what is lost.
 */
@NullMarked
package io.okrsdk.portable;

import org.jspecify.annotations.NullMarked;
