package ca.gc.cpa.support;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes that share an application context one after the other: plain tests first,
 * then the H2 application tests, then those on embedded PostgreSQL. Only one context is kept at a time
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
    if (d.findAnnotation(OnPostgres.class).isPresent()) {
      return 2;
    }
    return d.findAnnotation(CpaAppTest.class).isPresent() ? 1 : 0;
  }
}
