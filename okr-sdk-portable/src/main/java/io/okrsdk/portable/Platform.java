package io.okrsdk.portable;

import java.util.Locale;

/** The platforms a portable item can come from. */
public enum Platform {
  /** Perform &amp; Engage 365. */
  PERFORM("Perform & Engage 365"),
  /** OGSM. */
  OGSM("OGSM"),
  /** Gtmhub (Quantive Results). */
  GTMHUB("Gtmhub"),
  /** OKR for Jira. */
  JIRA("OKR for Jira");

  private final String displayName;

  Platform(String displayName) {
    this.displayName = displayName;
  }

  /**
   * The platform's name for people, such as {@code "OKR for Jira"}.
   *
   * @return the display name
   */
  public String displayName() {
    return displayName;
  }

  /**
   * The platform's short name, as in {@code OKRSDK_<PLATFORM>_*} variables but lower case, such as
   * {@code "gtmhub"}.
   *
   * @return the short name
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The platform with the given short name, in any case.
   *
   * @param id {@code perform}, {@code ogsm}, {@code gtmhub} or {@code jira}
   * @return the platform
   * @throws IllegalArgumentException when no platform has that name
   */
  public static Platform fromId(String id) {
    for (Platform platform : values()) {
      if (platform.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
        return platform;
      }
    }
    throw new IllegalArgumentException("unknown platform '" + id + "': use perform, ogsm, gtmhub or jira");
  }
}
