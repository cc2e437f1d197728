package io.okrsdk.portable;

import io.okrsdk.core.json.OkrModel;
import java.util.Optional;
import org.immutables.value.Value;

/** Where a portable item came from: its platform, its id there, its kind there and its web page. */
@OkrModel
@Value.Immutable
public interface SourceRef {
  /**
   * The platform.
   *
   * @return the platform
   */
  Platform platform();

  /**
   * The item's id as the source hands it out; pass it back to {@link OkrSource#get(String)} or
   * {@link ProgressUpdate#keyResultId()}. OGSM ids are only unique per kind, so OGSM ids carry the
   * kind: {@code goal:123}.
   *
   * @return the id
   */
  String id();

  /**
   * What the platform calls the item, such as {@code goal}, {@code metric}, {@code kpi}, {@code
   * strategy}, {@code okr}, {@code objective} or {@code key_result}.
   *
   * @return the platform's kind
   */
  String kind();

  /**
   * The item's key for people, where the platform has one (OKR for Jira's {@code O-2}, {@code KR-3}).
   *
   * @return the key
   */
  Optional<String> key();

  /**
   * The item's page in the platform's web application, when the API tells it.
   *
   * @return the web URL
   */
  Optional<String> webUrl();

  /**
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableSourceRef.Builder builder() {
    return ImmutableSourceRef.builder();
  }
}
