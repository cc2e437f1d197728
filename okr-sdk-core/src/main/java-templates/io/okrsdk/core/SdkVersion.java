package io.okrsdk.core;

/**
 * The SDK's version, for the {@code User-Agent}. The build copies this file with the project's
 * version filled in (see the module's pom), so the version is a constant of the compiled code.
 */
final class SdkVersion {
  /** The version of the okr-sdk artifacts this class was built with. */
  static final String VERSION = "${project.version}";

  private SdkVersion() {}
}
