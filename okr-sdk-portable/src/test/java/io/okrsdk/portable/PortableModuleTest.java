package io.okrsdk.portable;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Reads this module's compiled descriptor as a user's module path would and checks what the
 * published modules promise (the platform modules are checked by okr-sdk-testing, which this
 * module's tests depend on): a real named module, exported packages {@code @NullMarked}, every
 * package exported, the models opened to the JSON bridge, and the platform clients handed on.
 */
@Timeout(30)
class PortableModuleTest {
  private static ModuleDescriptor descriptor() {
    try {
      Path location = Path.of(Objective.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Set<ModuleReference> found = ModuleFinder.of(location).findAll();
      assertThat(found).as("modules at %s", location).hasSize(1);
      return found.iterator().next().descriptor();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void isARealModuleThatExportsEveryPackageNullMarked() throws ClassNotFoundException {
    ModuleDescriptor descriptor = descriptor();
    assertThat(descriptor.isAutomatic()).isFalse();
    assertThat(descriptor.name()).isEqualTo("io.okrsdk.portable");

    Set<String> exported =
        descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertThat(exported).containsExactlyInAnyOrderElementsOf(descriptor.packages());
    for (String pkg : exported) {
      Class<?> packageInfo = Class.forName(pkg + ".package-info", false, Objective.class.getClassLoader());
      assertThat(packageInfo.isAnnotationPresent(NullMarked.class)).as("%s is @NullMarked", pkg).isTrue();
    }
  }

  @Test
  void handsThePlatformClientsOnAndOpensItsModelsToTheJsonBridge() {
    ModuleDescriptor descriptor = descriptor();
    Set<String> transitive =
        descriptor.requires().stream()
            .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
            .map(ModuleDescriptor.Requires::name)
            .collect(Collectors.toSet());
    assertThat(transitive).contains("io.okrsdk.perform", "io.okrsdk.ogsm", "io.okrsdk.gtmhub", "io.okrsdk.jira");
    assertThat(descriptor.opens())
        .anyMatch(o -> o.source().equals("io.okrsdk.portable") && o.targets().contains("io.okrsdk.core"));
  }
}
