package io.okrsdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Main code targets Java 11, whatever JDK builds it. */
class BuildOutputTest {
  @Test
  void mainClassesAreJava11Bytecode() throws Exception {
    try (InputStream in = OkrException.class.getResourceAsStream("OkrException.class");
        DataInputStream data = new DataInputStream(in)) {
      assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
      data.readUnsignedShort();
      assertThat(data.readUnsignedShort()).isEqualTo(55);
    }
  }
}
