package ca.gc.cpa.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * The REST API and the web apps find "the default engine" in Camunda's JVM-wide registry. When a test
 * context replaces another, the old one closes after the new one started and takes the name out of the
 * registry with it; this puts the running context's engine back before each test.
 */
public class ServeThisContextsEngine extends AbstractTestExecutionListener {

  @Override
  public void beforeTestMethod(TestContext testContext) {
    if (testContext.hasApplicationContext()) {
      testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
          .ifAvailable(ProcessEngines::registerProcessEngine);
    }
  }
}
