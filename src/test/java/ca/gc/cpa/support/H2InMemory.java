package ca.gc.cpa.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** A fresh in-memory H2 database for each application context of a test (not on profile {@code postgres}). */
public final class H2InMemory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    if (context.getEnvironment().matchesProfiles("postgres")) {
      return;
    }
    TestPropertyValues.of("spring.datasource.url=jdbc:h2:mem:cpa-test-" + DATABASES.incrementAndGet()
        + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE;LOCK_TIMEOUT=10000").applyTo(context);
  }
}
