package io.okrsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every exclusion the parent manages (Retrofit's and MockWebServer's okhttp 4) is also declared on
 * the dependency itself in each published module's POM, where Gradle consumers see it: Gradle does
 * not apply a parent's managed exclusions.
 */
class PublishedPomsTest {
  private static final List<String> PUBLISHED =
      List.of("okr-sdk-core", "okr-sdk-perform", "okr-sdk-ogsm", "okr-sdk-gtmhub", "okr-sdk-jira", "okr-sdk-testing");

  @Test
  void managedExclusionsAreDeclaredOnEveryNonTestDependency() throws Exception {
    Map<String, Set<String>> managed = new HashMap<>();
    Element parentManagement = child(read(ReadmeSnippetsTest.root().resolve("pom.xml")), "dependencyManagement");
    for (Element dependency : children(child(parentManagement, "dependencies"), "dependency")) {
      Set<String> exclusions = exclusions(dependency);
      if (!exclusions.isEmpty()) {
        managed.put(coordinates(dependency), exclusions);
      }
    }
    assertThat(managed).as("the parent manages the okhttp 4 exclusions").containsKey("com.squareup.retrofit2:retrofit");

    List<String> missing = new ArrayList<>();
    for (String module : PUBLISHED) {
      Path pom = ReadmeSnippetsTest.root().resolve(module).resolve("pom.xml");
      Element dependencies = child(read(pom), "dependencies");
      for (Element dependency : children(dependencies, "dependency")) {
        Set<String> wanted = managed.get(coordinates(dependency));
        if (wanted == null || "test".equals(text(dependency, "scope"))) {
          continue;
        }
        Set<String> declared = exclusions(dependency);
        if (!declared.containsAll(wanted)) {
          missing.add(module + "/pom.xml: " + coordinates(dependency) + " must exclude " + wanted + ", declares " + declared);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  private static Element read(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(Files.newInputStream(pom));
    return document.getDocumentElement();
  }

  private static String coordinates(Element dependency) {
    return text(dependency, "groupId") + ":" + text(dependency, "artifactId");
  }

  private static Set<String> exclusions(Element dependency) {
    Set<String> result = new TreeSet<>();
    Element exclusions = child(dependency, "exclusions");
    if (exclusions != null) {
      for (Element exclusion : children(exclusions, "exclusion")) {
        result.add(coordinates(exclusion));
      }
    }
    return result;
  }

  private static String text(Element parent, String name) {
    Element child = child(parent, name);
    return child == null ? null : child.getTextContent().trim();
  }

  private static Element child(Element parent, String name) {
    List<Element> all = children(parent, name);
    return all.isEmpty() ? null : all.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> result = new ArrayList<>();
    if (parent == null) {
      return result;
    }
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element && name.equals(node.getNodeName())) {
        result.add((Element) node);
      }
    }
    return result;
  }
}
