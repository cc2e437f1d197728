package io.okrsdk.gtmhub.model;

import com.squareup.moshi.Json;

/** What kind of principal an assignee or owner group is. */
public enum AssigneeType {
  /** A single user. */
  @Json(name = "user")
  USER,
  /** A team. */
  @Json(name = "team")
  TEAM
}
