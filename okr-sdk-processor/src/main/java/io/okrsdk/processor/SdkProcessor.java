package io.okrsdk.processor;

import javax.annotation.processing.AbstractProcessor;
import javax.lang.model.SourceVersion;

/** What the SDK's processors share: they read any source level the compiler does. */
abstract class SdkProcessor extends AbstractProcessor {
  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }
}
