package io.monitoringascode.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The hand-written descriptor and the Mojos agree: every parameter is a field, every field a parameter. */
class PluginDescriptorTest {
  @Test
  void everyParameterIsAFieldOfItsMojoAndEveryFieldAParameter() throws Exception {
    Document descriptor = descriptor();
    NodeList mojos = descriptor.getElementsByTagName("mojo");
    assertThat(mojos.getLength()).isEqualTo(2);
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      Class<?> type = Class.forName(text(mojo, "implementation"));
      List<String> parameters = new ArrayList<>();
      NodeList names = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("name");
      for (int j = 0; j < names.getLength(); j++) {
        parameters.add(names.item(j).getTextContent());
      }
      List<String> fields = Arrays.stream(type.getDeclaredFields())
          .filter(field -> !Modifier.isStatic(field.getModifiers()))
          .map(Field::getName)
          .toList();
      assertThat(parameters).as(type.getSimpleName()).containsExactlyInAnyOrderElementsOf(fields);
      NodeList configured = ((Element) mojo.getElementsByTagName("configuration").item(0)).getChildNodes();
      List<String> configuration = new ArrayList<>();
      for (int j = 0; j < configured.getLength(); j++) {
        if (configured.item(j) instanceof Element element) {
          configuration.add(element.getTagName());
        }
      }
      assertThat(configuration).as(type.getSimpleName()).containsExactlyInAnyOrderElementsOf(fields);
    }
  }

  @Test
  void goalsAreBoundWhereTheirInputExists() throws Exception {
    Document descriptor = descriptor();
    assertThat(text(descriptor.getDocumentElement(), "goalPrefix")).isEqualTo("monitoring-as-code");
    NodeList mojos = descriptor.getElementsByTagName("mojo");
    assertThat(text((Element) mojos.item(0), "goal")).isEqualTo("generate");
    assertThat(text((Element) mojos.item(0), "phase")).isEqualTo("process-classes");
    assertThat(text((Element) mojos.item(0), "requiresDependencyResolution")).isEqualTo("runtime");
    assertThat(text((Element) mojos.item(1), "goal")).isEqualTo("check");
  }

  private static Document descriptor() throws Exception {
    try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent();
  }
}
