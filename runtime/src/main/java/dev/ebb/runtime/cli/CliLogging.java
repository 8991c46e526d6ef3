package dev.ebb.runtime.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logging for the command line, found by logback through {@code META-INF/services}: CLI output is
 * for people, so libraries log warnings and errors only, to stderr, and ebb's own loggers at
 * {@code EBB_LOG_LEVEL} (default INFO). Set up in code because logback's XML configuration costs
 * a cold start more than anything else it does. An XML file (a test's {@code logback-test.xml},
 * or {@code -Dlogback.configurationFile}) still wins.
 */
public final class CliLogging extends ContextAwareBase implements Configurator {

  static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (xmlConfigured()) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    configureConsole(context, System.getenv("EBB_LOG_LEVEL"));
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  private static boolean xmlConfigured() {
    ClassLoader loader = CliLogging.class.getClassLoader();
    return System.getProperty("logback.configurationFile") != null
        || loader.getResource("logback-test.xml") != null
        || loader.getResource("logback.xml") != null;
  }

  static void configureConsole(LoggerContext context, String ebbLogLevel) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("STDERR");
    stderr.setTarget("System.err");
    stderr.setEncoder(encoder);
    stderr.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    root.addAppender(stderr);
    context.getLogger("dev.ebb").setLevel(ebbLevel(ebbLogLevel));
  }

  /** {@code EBB_LOG_LEVEL}, any case; INFO when unset, and DEBUG for a name logback does not know, as it always has. */
  static Level ebbLevel(String setting) {
    return setting == null || setting.isBlank() ? Level.INFO : Level.toLevel(setting.trim());
  }
}
