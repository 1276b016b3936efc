package ca.gc.cpa.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * Gives an H2 file database back the space its dead pages hold. H2's store writes changed pages to new places
 * and reclaims the old ones only a little at a time: after a long stream of writes such as the replay, the
 * file holds mostly dead pages (a 100-tour replay: 666 MB, 29 MB once compacted). {@code SHUTDOWN COMPACT}
 * rewrites it with the live pages only. It needs the database to itself: call it once the application has
 * closed its connections.
 */
public final class H2FileCompaction {

  /** the file's size before and after, and how long the compaction took */
  public record Result(Path file, long bytesBefore, long bytesAfter, Duration took) {
    @Override
    public String toString() {
      return String.format("%s compacted from %,d MB to %,d MB in %.1f s", file, bytesBefore >> 20, bytesAfter >> 20,
          took.toMillis() / 1000.0);
    }
  }

  private static final String PREFIX = "jdbc:h2:file:";

  private H2FileCompaction() {}

  /** the database's file ({@code <name>.mv.db}) for an H2 file URL; empty for any other database */
  static Optional<Path> file(String jdbcUrl) {
    if (jdbcUrl == null || !jdbcUrl.startsWith(PREFIX)) {
      return Optional.empty();
    }
    int settings = jdbcUrl.indexOf(';');
    String name = jdbcUrl.substring(PREFIX.length(), settings < 0 ? jdbcUrl.length() : settings);
    return Optional.of(Path.of(name + ".mv.db"));
  }

  /** compacts the H2 file database at {@code jdbcUrl}; empty when the URL is not an H2 file database */
  public static Optional<Result> compact(String jdbcUrl, String user, String password) throws SQLException {
    Optional<Path> file = file(jdbcUrl);
    if (file.isEmpty() || !Files.exists(file.get())) {
      return Optional.empty();
    }
    long before = size(file.get());
    long started = System.nanoTime();
    try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN COMPACT");
    }
    return Optional.of(new Result(file.get(), before, size(file.get()), Duration.ofNanos(System.nanoTime() - started)));
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
