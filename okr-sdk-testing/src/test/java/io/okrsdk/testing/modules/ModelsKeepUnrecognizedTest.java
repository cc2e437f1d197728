package io.okrsdk.testing.modules;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.perform.PerformClient;
import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model a platform module decodes keeps what it did not understand ({@code unrecognized()}),
 * so a model added later cannot silently drop unknown fields and mismatched values.
 */
@Timeout(30)
class ModelsKeepUnrecognizedTest {

  static Stream<Class<?>> platformModules() {
    return Stream.of(PerformClient.class, OgsmClient.class, GtmhubClient.class, OkrForJiraClient.class);
  }

  @ParameterizedTest
  @MethodSource("platformModules")
  void everyModelExtendsHasUnrecognized(Class<?> member) throws Exception {
    List<Class<?>> models = modelsOf(member);

    assertThat(models).as("models of %s", member.getPackageName()).hasSizeGreaterThan(5);
    assertThat(models.stream().filter(model -> !HasUnrecognized.class.isAssignableFrom(model)).map(Class::getName)
            .collect(Collectors.toList()))
        .as("models that do not extend HasUnrecognized")
        .isEmpty();
  }

  private static List<Class<?>> modelsOf(Class<?> member) throws IOException, URISyntaxException, ClassNotFoundException {
    Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> models = new ArrayList<>();
    for (ModuleReference module : ModuleFinder.of(location).findAll()) {
      try (ModuleReader reader = module.open()) {
        List<String> classes = reader.list()
            .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.endsWith("module-info.class")
                && !name.endsWith("package-info.class"))
            .collect(Collectors.toList());
        for (String file : classes) {
          Class<?> type = Class.forName(
              file.substring(0, file.length() - ".class".length()).replace('/', '.'), false, member.getClassLoader());
          if (type.isInterface() && type.isAnnotationPresent(OkrModel.class)) {
            models.add(type);
          }
        }
      }
    }
    return models;
  }
}
