package io.okrsdk.portable;

/** The one way sources refuse what their platform cannot do. */
final class Unsupported {
  private Unsupported() {}

  static UnsupportedOperationException of(Platform platform, Capability capability, String why) {
    return new UnsupportedOperationException(
        platform.displayName() + " does not support " + capability + ": " + why
            + " (check OkrSource.supports(Capability." + capability + ") first)");
  }
}
