package org.traduire.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A build step, not a command: the run the build's class-data-sharing archive is made from (the
 * {@code launcher} execution in pom.xml runs {@code java -Dtraduire.cds-training=true -jar
 * traduire.jar SAMPLE CONFIG}). It translates a one-sentence pipe ({@code -f target}) and then the
 * sample file side by side, each as {@link Main#main} runs a command line, in one JVM, so that the
 * archive holds the classes of both the shortest common run and the default one; trained on one
 * alone, the other's classes are loaded and verified from the jar at every start.
 */
final class CdsTraining {
  /** The system property that makes {@link Main#main} train instead. */
  static final String PROPERTY = "traduire.cds-training";

  private CdsTraining() {}

  /** @param args the sample article's path and the configuration file to read */
  static void run(String[] args) {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: java -D" + PROPERTY + "=true -jar traduire.jar SAMPLE CONFIG");
    }
    String config = "--config=" + args[1];
    InputStream sentence = new ByteArrayInputStream("Bonjour le monde.\n".getBytes(StandardCharsets.UTF_8));
    int pipe = Main.start(sentence, config, "-f", "target");
    int sample = Main.start(InputStream.nullInputStream(), config, "--color=never", args[0]);
    if (pipe != 0 || sample != 0) {
      throw new IllegalStateException("training runs ended with " + pipe + " and " + sample);
    }
  }
}
