package ca.gc.cpa.cap;

import ca.gc.cpa.config.ProgramProperties;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The program cap's history: ministers own the cap (200 under the 2006 arrangement, 150 from about 2016) and change it
 * with a decision (date, reference). Every check reads {@link #current()}: the latest decision, else the configured cap.
 */
@Repository
public class ProgramCap {

  /** one decision of ministers on the cap, and the decision it came with (a request or a mission's ceiling) */
  public record Change(int officerCap, LocalDate decidedOn, String reference, String decidedWith) {}

  private final JdbcClient jdbc;
  private final ProgramProperties program;

  public ProgramCap(JdbcClient jdbc, ProgramProperties program) {
    this.jdbc = jdbc;
    this.program = program;
  }

  public int current() {
    return jdbc.sql("SELECT officer_cap FROM program_cap ORDER BY decided_on DESC, id DESC LIMIT 1")
        .query(Integer.class).optional().orElse(program.officerCap());
  }

  public void record(Change change) {
    jdbc.sql("INSERT INTO program_cap (officer_cap, decided_on, reference, decided_with) VALUES (?, ?, ?, ?)")
        .params(change.officerCap(), change.decidedOn(), change.reference(), change.decidedWith()).update();
  }

  public List<Change> history() {
    return jdbc.sql("SELECT officer_cap, decided_on, reference, decided_with FROM program_cap ORDER BY decided_on, id")
        .query(Change.class).list();
  }
}
