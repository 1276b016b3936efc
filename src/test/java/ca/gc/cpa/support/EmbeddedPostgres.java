package ca.gc.cpa.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real PostgreSQL (zonky embedded binaries, no Docker) for Spring Boot tests: one server per test
 * JVM, a fresh database for each application context, used through the {@code postgres} profile.
 */
public final class EmbeddedPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** system property: load pg_stat_statements into the server */
  public static final String STATEMENTS = "embedded.pg.statements";

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

  /** starts the server once per JVM */
  public static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
    if (server == null) {
      try {
        var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder();
        if (Boolean.getBoolean(STATEMENTS)) {
          // per-statement figures of the server (the benchmark's -Dbenchmark.pgStatements=true)
          builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
        }
        server = builder.start();
      } catch (java.io.IOException e) {
        throw new IllegalStateException("Cannot start embedded PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (java.io.IOException ignored) {
          // the JVM ends anyway
        }
      }));
    }
    return server;
  }

  /** a new, empty database on the embedded server; returns its JDBC URL */
  public static String newDatabase() {
    String name = "cpa_test_" + DATABASES.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection()) {
      c.createStatement().execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + name, e);
    }
    return server().getJdbcUrl("postgres", name);
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
        "spring.datasource.url=" + newDatabase(),
        "spring.datasource.username=postgres",
        "spring.datasource.password=postgres").applyTo(context);
  }
}
