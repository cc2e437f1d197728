/**
 * The OKR for Jira data: objectives, key results, the teams, periods, labels, OKR types and custom
 * fields they refer to, update history entries and their comments, and the bodies of the update
 * methods. All models are immutable; optional or nullable fields are {@code Optional}, lists are
 * never {@code null}, and enum-like fields are {@link io.okrsdk.core.json.OpenEnum}s that keep values
 * newer than this SDK.
 */
@NullMarked
package io.okrsdk.jira.model;

import org.jspecify.annotations.NullMarked;
