package io.okrsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The platform modules' Javadoc links to core's pages instead of naming core types as plain text:
 * each client's page links to {@code OkrClient} where core's javadoc jar is published. Reads the HTML the platform modules' javadoc run wrote in this build (verify
 * builds them before this module); skipped when javadoc did not run ({@code ./mvnw test}).
 */
@Timeout(30)
class JavadocLinksTest {
  private static final String CORE_DOCS = "https://javadoc.io/doc/io.okrsdk/okr-sdk-core/";

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "okr-sdk-perform, PerformClient",
    "okr-sdk-ogsm, OgsmClient",
    "okr-sdk-gtmhub, GtmhubClient",
    "okr-sdk-jira, OkrForJiraClient"
  })
  void clientPageLinksToCoreTypes(String module, String client) throws IOException {
    Path apidocs = ReadmeSnippetsTest.root().resolve(module).resolve("target/reports/apidocs");
    assumeTrue(Files.isDirectory(apidocs), "javadoc of " + module + " was not built in this run");

    List<Path> pages;
    try (Stream<Path> files = Files.walk(apidocs)) {
      pages =
          files
              .filter(p -> p.getFileName().toString().equals(client + ".html"))
              .filter(p -> !p.toString().contains("class-use"))
              .collect(Collectors.toList());
    }
    assertThat(pages).as("%s's page in %s", client, apidocs).hasSize(1);
    String html = Files.readString(pages.get(0), StandardCharsets.UTF_8);

    assertThat(html).containsPattern("href=\"" + CORE_DOCS + "[^\"]+/io/okrsdk/core/OkrClient\\.html\"");
    // Javadoc's automatic module links point at the project URL, where no javadoc lives.
    assertThat(html).doesNotContain("github.com/okr-sdk/okr-sdk/okr-sdk-core/apidocs");
  }

  @Test
  void coreModulePageIsTheOverviewOfTheFourClients() throws IOException {
    Path apidocs = ReadmeSnippetsTest.root().resolve("okr-sdk-core/target/reports/apidocs");
    assumeTrue(Files.isDirectory(apidocs), "javadoc of okr-sdk-core was not built in this run");
    String html = Files.readString(apidocs.resolve("io.okrsdk.core/module-summary.html"), StandardCharsets.UTF_8);

    for (String page : List.of(
        "okr-sdk-perform/latest/io.okrsdk.perform/io/okrsdk/perform/PerformClient.html",
        "okr-sdk-ogsm/latest/io.okrsdk.ogsm/io/okrsdk/ogsm/OgsmClient.html",
        "okr-sdk-gtmhub/latest/io.okrsdk.gtmhub/io/okrsdk/gtmhub/GtmhubClient.html",
        "okr-sdk-jira/latest/io.okrsdk.jira/io/okrsdk/jira/OkrForJiraClient.html")) {
      assertThat(html).contains("href=\"https://javadoc.io/doc/io.okrsdk/" + page + "\"");
    }
    String builder = Files.readString(
        apidocs.resolve("io.okrsdk.core/io/okrsdk/core/OkrClientBuilder.html"), StandardCharsets.UTF_8);
    assertThat(builder).contains("href=\"https://square.github.io/okhttp/5.x/okhttp/okhttp3/-ok-http-client/index.html\"");
  }
}
