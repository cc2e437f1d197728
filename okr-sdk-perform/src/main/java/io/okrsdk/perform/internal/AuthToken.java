package io.okrsdk.perform.internal;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import org.immutables.value.Value;

/** The answer of {@code POST obtainauthtoken/}: {@code {"token": "..."}}. */
@OkrModel
@Value.Immutable
public interface AuthToken extends HasUnrecognized {
  /**
   * The token to send as {@code Authorization: Token <token>}; never shown by {@code toString()}.
   *
   * @return the token
   */
  @Value.Redacted
  String token();
}
