package io.okrsdk.testing.nativeimage;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.internal.json.EnumShape;
import io.okrsdk.core.testsupport.ModelShapeCheck;
import io.okrsdk.core.testsupport.NativeImageMetadata;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.perform.PerformClient;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each platform jar's generated GraalVM metadata lists every model (with its generated builder),
 * every enum the models and APIs read, found by scanning the jar's own classes rather than
 * trusting the processor that wrote the files; every Retrofit interface has its generated {@code
 * <Name>Calls} implementation and needs no proxy; and each model's generated JSON shape agrees with
 * what reflection finds in the compiled model and builder.
 */
@Timeout(60)
class NativeImageMetadataTest {

  static Stream<Arguments> platforms() {
    return Stream.of(
        Arguments.of(PerformClient.class, "okr-sdk-perform"),
        Arguments.of(OgsmClient.class, "okr-sdk-ogsm"),
        Arguments.of(GtmhubClient.class, "okr-sdk-gtmhub"),
        Arguments.of(OkrForJiraClient.class, "okr-sdk-jira"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("platforms")
  void everyModelAndApiInterfaceIsRegistered(Class<?> client, String artifactId) {
    NativeImageMetadata metadata = NativeImageMetadata.of(client, artifactId);

    assertThat(metadata.models).as("models found in %s", artifactId).isNotEmpty();
    assertThat(metadata.apis).as("Retrofit interfaces found in %s", artifactId).isNotEmpty();
    for (Map.Entry<String, List<String>> wanted : metadata.required().entrySet()) {
      assertThat(metadata.reflect).as("reflect-config.json of %s", artifactId).containsKey(wanted.getKey());
      for (String flag : wanted.getValue()) {
        assertThat(metadata.reflect.get(wanted.getKey()))
            .as("%s in reflect-config.json of %s", wanted.getKey(), artifactId)
            .containsEntry(flag, true);
      }
    }
    assertThat(metadata.proxies).as("proxy-config.json of %s: nothing is proxied", artifactId).isEmpty();
    for (Class<?> api : metadata.apis) {
      String calls = api.getPackageName() + "."
          + api.getName().substring(api.getPackageName().length() + 1).replace('$', '_') + "Calls";
      assertThat(classNamed(calls, client.getClassLoader())).as("generated implementation of %s", api.getName())
          .isNotNull()
          .satisfies(c -> assertThat(api.isAssignableFrom(c)).as("%s implements %s", calls, api.getName()).isTrue());
    }
    assertThat(metadata.unresolvable(client.getClassLoader())).as("entries naming no class").isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("platforms")
  void everyGeneratedJsonShapeAgreesWithTheCompiledModelAndBuilder(Class<?> client, String artifactId) {
    NativeImageMetadata metadata = NativeImageMetadata.of(client, artifactId);

    assertThat(metadata.models).as("models found in %s", artifactId).isNotEmpty();
    for (Class<?> model : metadata.models) {
      assertThat(ModelShapeCheck.differences(model)).as("JSON shape of %s", model.getName()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("platforms")
  @SuppressWarnings({"unchecked", "rawtypes"})
  void everyModelEnumHasGeneratedSpellingsThatAgreeWithItsAnnotations(Class<?> client, String artifactId) throws Exception {
    NativeImageMetadata metadata = NativeImageMetadata.of(client, artifactId);

    for (Class<?> type : metadata.modelEnums()) {
      if (!type.getProtectionDomain().getCodeSource().equals(client.getProtectionDomain().getCodeSource())) {
        continue; // another jar's enum: its own build writes its spellings
      }
      EnumShape shape = EnumShape.find((Class) type);
      assertThat(shape).as("generated spellings of %s", type.getName()).isNotNull();
      for (Object constant : type.getEnumConstants()) {
        Enum<?> value = (Enum<?>) constant;
        java.lang.reflect.Field field = type.getField(value.name());
        com.squareup.moshi.Json json = field.getAnnotation(com.squareup.moshi.Json.class);
        io.okrsdk.core.json.WireAlias alias = field.getAnnotation(io.okrsdk.core.json.WireAlias.class);
        List<String> expected = new java.util.ArrayList<>();
        expected.add(json != null && !com.squareup.moshi.Json.UNSET_NAME.equals(json.name()) ? json.name() : value.name());
        if (alias != null) {
          expected.addAll(List.of(alias.value()));
        }
        assertThat(shape.spellings(value)).as("spellings of %s.%s", type.getName(), value.name()).isEqualTo(expected);
      }
    }
  }

  private static Class<?> classNamed(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }
}
