package dev.ebb.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;

class CliLoggingTest {

  @Test
  void librariesWarnToStderrAndEbbLogsAtItsLevel() {
    LoggerContext context = new LoggerContext();
    CliLogging.configureConsole(context, "debug");

    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    assertThat(root.getLevel()).isEqualTo(Level.WARN);
    assertThat(context.getLogger("dev.ebb").getLevel()).isEqualTo(Level.DEBUG);
    assertThat(context.getLogger("dev.ebb.compiler.sql").getEffectiveLevel()).isEqualTo(Level.DEBUG);
    assertThat(context.getLogger("org.apache.calcite").getEffectiveLevel()).isEqualTo(Level.WARN);
    ConsoleAppender<?> stderr = (ConsoleAppender<?>) root.getAppender("STDERR");
    assertThat(stderr.getTarget()).isEqualTo("System.err");
    assertThat(((PatternLayoutEncoder) stderr.getEncoder()).getPattern()).isEqualTo(CliLogging.PATTERN);
  }

  @Test
  void ebbLevelDefaultsToInfo() {
    assertThat(CliLogging.ebbLevel(null)).isEqualTo(Level.INFO);
    assertThat(CliLogging.ebbLevel(" ")).isEqualTo(Level.INFO);
    assertThat(CliLogging.ebbLevel("WARN")).isEqualTo(Level.WARN);
  }

  @Test
  void anXmlConfigurationWins() {
    // The test classpath has logback-test.xml.
    LoggerContext context = new LoggerContext();
    CliLogging logging = new CliLogging();
    logging.setContext(context);
    assertThat(logging.configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
  }
}
