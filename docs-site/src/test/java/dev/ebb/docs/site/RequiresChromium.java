package dev.ebb.docs.site;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test class that drives headless Chromium. Without Chromium and chromedriver on the
 * {@code PATH} its tests are reported as skipped (an {@link ExecutionCondition}, so surefire and
 * failsafe count them, rather than an assumption in {@code @BeforeAll}, which reports none);
 * with {@code CI=true} they run and fail in {@link TestingBrowser#start}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresChromium.Condition.class)
public @interface RequiresChromium {

  /** Enables the class when the browser is installed or when CI demands it. */
  final class Condition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (TestingBrowser.installed()) {
        return ConditionEvaluationResult.enabled("chromium and chromedriver found on PATH");
      }
      if (TestingBrowser.required()) {
        return ConditionEvaluationResult.enabled("CI=true: browser tests must run");
      }
      return ConditionEvaluationResult.disabled("browser tests skipped: " + TestingBrowser.missingMessage());
    }
  }
}
