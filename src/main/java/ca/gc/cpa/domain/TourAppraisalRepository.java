package ca.gc.cpa.domain;

import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The UN performance appraisals of officers serving abroad (table tour_appraisal).
 */
@Repository
public class TourAppraisalRepository {

  private final JdbcClient jdbc;

  public TourAppraisalRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Appraisal(String kind, String rating, boolean recommendsExtension, LocalDateTime recordedAt) {}

  public boolean appraisalRecorded(String tourBusinessKey, String kind) {
    return jdbc.sql("SELECT COUNT(*) FROM tour_appraisal WHERE tour_business_key = ? AND appraisal_kind = ?")
        .params(tourBusinessKey, kind).query(Integer.class).single() > 0;
  }

  public void recordAppraisal(String tourBusinessKey, String kind, String rating, boolean recommendsExtension,
      String comment, String recordedBy, LocalDateTime at) {
    jdbc.sql("""
        INSERT INTO tour_appraisal (tour_business_key, appraisal_kind, rating, recommends_extension, appraisal_comment,
                                    recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)""").params(tourBusinessKey, kind, rating, recommendsExtension, comment, recordedBy, at)
        .update();
  }

  /** the latest appraisal of the officer, if any */
  public Optional<Appraisal> latestAppraisal(String tourBusinessKey) {
    return jdbc.sql("SELECT * FROM tour_appraisal WHERE tour_business_key = ? ORDER BY recorded_at DESC")
        .param(tourBusinessKey).query((rs, i) -> new Appraisal(rs.getString("appraisal_kind"), rs.getString("rating"),
            rs.getBoolean("recommends_extension"), rs.getObject("recorded_at", LocalDateTime.class)))
        .list().stream().findFirst();
  }
}
