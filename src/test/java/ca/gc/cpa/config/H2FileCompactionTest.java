package ca.gc.cpa.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2FileCompactionTest {

  @TempDir
  Path dir;

  @Test
  void findsTheFileOfAnH2FileUrlOnly() {
    assertThat(H2FileCompaction.file("jdbc:h2:file:./data/cpa;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=256"))
        .contains(Path.of("./data/cpa.mv.db"));
    assertThat(H2FileCompaction.file("jdbc:h2:file:/srv/cpa")).contains(Path.of("/srv/cpa.mv.db"));
    assertThat(H2FileCompaction.file("jdbc:h2:mem:cpa")).isEmpty();
    assertThat(H2FileCompaction.file("jdbc:postgresql://localhost:5432/cpa")).isEmpty();
    assertThat(H2FileCompaction.file(null)).isEmpty();
  }

  /**
   * H2 gives space back on its own too: in the background while writing, and when the last connection closes
   * (it compacts for up to 200 ms and cuts free chunks off the end of the file). How much it gives back depends
   * on the machine's speed and on where the live pages happen to lie, so the file the test measures must not
   * have been closed: the rows are written with H2's background compaction off, and the compaction runs while
   * the writing connection is still open ({@code SHUTDOWN COMPACT} closes it). The file then holds every dead
   * page on any machine (each round is written to the file by a {@code CHECKPOINT}, not whenever H2's writer
   * thread happens to run), and only the compaction can give the space back.
   */
  @Test
  void givesBackTheSpaceOfDeletedRowsAndKeepsTheLiveOnes() throws SQLException {
    String url = "jdbc:h2:file:" + dir.resolve("cpa") + ";AUTO_COMPACT_FILL_RATE=0";
    H2FileCompaction.Result result;
    try (var connection = DriverManager.getConnection(url, "sa", "");
        var statement = connection.createStatement()) {
      statement.execute("CREATE TABLE note (id INT PRIMARY KEY, body VARCHAR(4000))");
      for (int round = 0; round < 20; round++) {
        statement.execute("INSERT INTO note SELECT X + " + round * 1000 + ", REPEAT('x', 2000) FROM SYSTEM_RANGE(1, 1000)");
        statement.execute("CHECKPOINT");
        statement.execute("DELETE FROM note WHERE id > 10 AND id <= " + (round + 1) * 1000);
        statement.execute("CHECKPOINT");
      }
      result = H2FileCompaction.compact(url, "sa", "").orElseThrow();
    }

    assertThat(result.bytesBefore()).isGreaterThan(20L << 20); // 20 rounds of 1,000 rows of 2,000 bytes
    assertThat(result.bytesAfter()).isLessThan(1L << 20); // the 10 rows kept
    assertThat(result.file().toFile().length()).isEqualTo(result.bytesAfter());
    try (var connection = DriverManager.getConnection(url, "sa", "");
        ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM note")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(10);
    }
  }

  @Test
  void leavesAnyOtherDatabaseAlone() throws SQLException {
    assertThat(H2FileCompaction.compact("jdbc:h2:mem:other", "sa", "")).isEmpty();
    assertThat(H2FileCompaction.compact("jdbc:h2:file:" + dir.resolve("missing"), "sa", "")).isEmpty();
    assertThat(dir.resolve("missing.mv.db")).doesNotExist();
  }
}
