package ca.gc.cpa.support;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs the test classes that share an application context one after the other: plain tests first,
 * then the H2 application tests (the shared context first, then those with a
 * database of their own), then those on embedded PostgreSQL likewise. Only one context is kept at a time
 * (see META-INF/spring.properties), so grouping saves a context start per switch.
 */
public class ContextFriendlyOrder implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context.getClassDescriptors().sort(Comparator
        .comparingInt(ContextFriendlyOrder::group)
        .thenComparing(d -> d.getTestClass().getName()));
  }

  private static int group(ClassDescriptor d) {
    int ownContext = d.findAnnotation(TestPropertySource.class).isPresent() ? 1 : 0;
    if (d.findAnnotation(OnPostgres.class).isPresent()) {
      return 3 + ownContext;
    }
    return d.findAnnotation(CpaAppTest.class).isPresent() ? 1 + ownContext : 0;
  }
}
