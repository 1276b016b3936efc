package ca.gc.cpa.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Put on a subclass of a {@link CpaAppTest} test: the same tests on embedded PostgreSQL, through the
 * production profile {@code postgres} (demo users kept). The context closes after its class, while the
 * embedded server still runs (at JVM exit the server's hook would stop it first and the engine's last
 * command would wait out the pool's connection timeout).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ActiveProfiles({"postgres", "demo"})
@ContextConfiguration(initializers = EmbeddedPostgres.class)
@DirtiesContext
public @interface OnPostgres {}
