package io.okrsdk.core.json;

import com.squareup.moshi.Moshi;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Builds the {@link Moshi} instance every okr-sdk client uses: Immutables models, open enums,
 * {@code Optional}, {@code BigDecimal}, {@code LocalDate}, {@code OffsetDateTime} and {@code
 * Instant}. Each client builds its own; nothing is shared between clients.
 */
public final class OkrJson {
  private OkrJson() {}

  /**
   * A Moshi builder with the SDK's adapters.
   *
   * @return a new builder
   */
  public static Moshi.Builder builder() {
    return addSdkAdapters(new Moshi.Builder());
  }

  /**
   * Adds the SDK's adapters to a builder. Adapters the builder already has take precedence, so a
   * platform can register its own for a type first and these fill in the rest.
   *
   * @param moshi the builder
   * @return the same builder
   */
  public static Moshi.Builder addSdkAdapters(Moshi.Builder moshi) {
    return moshi
        .add(new OpenEnumAdapterFactory())
        .add(new OptionalAdapterFactory())
        .add(LocalDate.class, new TimeAdapters.LocalDateAdapter().nullSafe())
        .add(OffsetDateTime.class, new TimeAdapters.OffsetDateTimeAdapter().nullSafe())
        .add(Instant.class, new TimeAdapters.InstantAdapter().nullSafe())
        .add(BigDecimal.class, new BigDecimalAdapter().nullSafe())
        .add(new ImmutableModelAdapterFactory());
  }

  /**
   * A new Moshi with the SDK's adapters.
   *
   * @return the Moshi instance
   */
  public static Moshi newMoshi() {
    return builder().build();
  }
}
