package io.okrsdk.testing.modules;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.OkrClient;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.testing.FakeServer;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads each published module's compiled descriptor (from the build's classes or jar, as a user's
 * module path would) and checks what it promises: a real, named module whose exported packages are
 * all {@code @NullMarked}.
 */
@Timeout(30)
class PublishedModulesTest {

  static Stream<Class<?>> publishedModules() {
    return Stream.of(
        OkrClient.class,
        PerformClient.class,
        OgsmClient.class,
        GtmhubClient.class,
        OkrForJiraClient.class,
        FakeServer.class);
  }

  private static ModuleDescriptor descriptorOf(Class<?> member) {
    try {
      Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
      Set<ModuleReference> found = ModuleFinder.of(location).findAll();
      assertThat(found).as("modules at %s", location).hasSize(1);
      return found.iterator().next().descriptor();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest
  @MethodSource("publishedModules")
  void isARealModuleNamedAfterItsRootPackage(Class<?> member) {
    ModuleDescriptor descriptor = descriptorOf(member);

    assertThat(descriptor.isAutomatic()).as("%s is automatic", descriptor.name()).isFalse();
    assertThat(member.getPackageName()).startsWith(descriptor.name());
  }

  @ParameterizedTest
  @MethodSource("publishedModules")
  void everyExportedPackageIsNullMarked(Class<?> member) throws ClassNotFoundException {
    ModuleDescriptor descriptor = descriptorOf(member);
    assertThat(descriptor.exports()).isNotEmpty();

    for (ModuleDescriptor.Exports export : descriptor.exports()) {
      Class<?> packageInfo = Class.forName(export.source() + ".package-info", false, member.getClassLoader());
      assertThat(packageInfo.isAnnotationPresent(NullMarked.class))
          .as("package %s of module %s is @NullMarked", export.source(), descriptor.name())
          .isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("publishedModules")
  void everyPackageIsExportedOrDeliberatelyHidden(Class<?> member) {
    ModuleDescriptor descriptor = descriptorOf(member);
    Set<String> exported = descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());

    // Today every package carries API; the later split moves plumbing to *.internal.*, which must
    // stay unexported (or exported only to the SDK's own modules).
    for (String pkg : descriptor.packages()) {
      if (pkg.contains(".internal")) {
        assertThat(descriptor.exports())
            .filteredOn(e -> e.source().equals(pkg))
            .allMatch(ModuleDescriptor.Exports::isQualified, "qualified");
      } else {
        assertThat(exported).as("API package %s of %s is exported", pkg, descriptor.name()).contains(pkg);
      }
    }
  }

  @Test
  void coreHandsItsApiDependenciesToUsers() {
    ModuleDescriptor core = descriptorOf(OkrClient.class);
    List<String> transitive =
        core.requires().stream()
            .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
            .map(ModuleDescriptor.Requires::name)
            .sorted()
            .collect(Collectors.toList());

    // okhttp3 is the one users hit first: without it a modular application fails at start.
    assertThat(transitive).contains("okhttp3", "retrofit2", "com.squareup.moshi", "org.jspecify");
    assertThat(core.requires())
        .filteredOn(r -> r.name().equals("org.immutables.value.annotations"))
        .allMatch(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC), "static");
  }

  @ParameterizedTest
  @MethodSource("publishedModules")
  void platformsOpenTheirModelsToTheJsonBridge(Class<?> member) {
    ModuleDescriptor descriptor = descriptorOf(member);
    if (descriptor.name().equals("io.okrsdk.core")) {
      return;
    }
    Set<String> opened =
        descriptor.opens().stream()
            .filter(o -> o.targets().contains("io.okrsdk.core"))
            .map(ModuleDescriptor.Opens::source)
            .collect(Collectors.toSet());
    assertThat(descriptor.packages())
        .filteredOn(p -> p.endsWith(".model"))
        .allMatch(opened::contains, "opened to io.okrsdk.core");
    assertThat(opened).contains(member.getPackageName());
  }
}
