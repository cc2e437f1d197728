package io.okrsdk.portable;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.testsupport.ModelShapeCheck;
import io.okrsdk.core.testsupport.NativeImageMetadata;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The portable jar's generated GraalVM metadata lists every portable model, its generated JSON
 * shape and the enums it reads, found by scanning the jar's own classes; and each shape agrees with
 * what reflection finds in the compiled model and builder.
 */
@Timeout(60)
class NativeImageMetadataTest {

  @Test
  void everyModelIsRegistered() {
    NativeImageMetadata metadata = NativeImageMetadata.of(Objective.class, "okr-sdk-portable");

    assertThat(metadata.models).isNotEmpty();
    for (Map.Entry<String, List<String>> wanted : metadata.required().entrySet()) {
      assertThat(metadata.reflect).containsKey(wanted.getKey());
      for (String flag : wanted.getValue()) {
        assertThat(metadata.reflect.get(wanted.getKey())).as(wanted.getKey()).containsEntry(flag, true);
      }
    }
    assertThat(metadata.unresolvable(Objective.class.getClassLoader())).isEmpty();
  }

  @Test
  void everyGeneratedJsonShapeAgreesWithTheCompiledModelAndBuilder() {
    NativeImageMetadata metadata = NativeImageMetadata.of(Objective.class, "okr-sdk-portable");

    assertThat(metadata.models).isNotEmpty();
    for (Class<?> model : metadata.models) {
      assertThat(ModelShapeCheck.differences(model)).as("JSON shape of %s", model.getName()).isEmpty();
    }
  }
}
