package io.okrsdk.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Types;
import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.core.json.RawJson;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonTokensTest {

  @Test
  void describeDropsPackageNamesAsTheRegexItReplacesDid() {
    List<Type> types =
        List.of(
            String.class,
            BigDecimal.class,
            int.class,
            Types.newParameterizedType(List.class, RawJson.class),
            Types.newParameterizedType(Map.class, String.class, Object.class),
            Types.newParameterizedType(Optional.class, Types.newParameterizedType(OpenEnum.class, Thread.State.class)),
            Types.newParameterizedType(List.class, Types.subtypeOf(Number.class)),
            Types.arrayOf(String.class),
            Map.Entry.class);
    for (Type type : types) {
      assertThat(JsonTokens.describe(type))
          .as(type.getTypeName())
          .isEqualTo(type.getTypeName().replaceAll("[a-z][a-z0-9_]*\\.", ""));
    }
    assertThat(JsonTokens.describe(Types.newParameterizedType(Optional.class, Types.newParameterizedType(OpenEnum.class, Thread.State.class))))
        .isEqualTo("Optional<OpenEnum<Thread$State>>");
  }
}
