package ca.gc.cpa.onboarding;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Applications to join (table agency_application). Every change of status is guarded by the status
 * it leaves, so a step the engine retries changes nothing the second time.
 */
@Repository
public class AgencyApplicationRepository {

  private static final RowMapper<AgencyApplication> ROW = (rs, i) -> new AgencyApplication(
      rs.getLong("id"), rs.getString("business_key"), rs.getString("process_instance_id"),
      rs.getString("agency_code"), rs.getString("name"), rs.getString("province"), rs.getString("kind"),
      rs.getInt("sworn_strength"), rs.getString("coordinator_given_name"), rs.getString("coordinator_family_name"),
      rs.getString("coordinator_email"), rs.getString("coordinator_user_id"),
      ApplicationStatus.valueOf(rs.getString("status")), rs.getString("reason"), rs.getString("agreement_reference"),
      rs.getObject("agreement_signed_on", LocalDate.class), rs.getObject("submitted_at", LocalDateTime.class),
      rs.getObject("decided_at", LocalDateTime.class), rs.getObject("activated_at", LocalDateTime.class));

  private static final String OPEN = "('" + ApplicationStatus.SUBMITTED + "', '" + ApplicationStatus.APPROVED + "')";

  private final JdbcClient jdbc;

  public AgencyApplicationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the application; returns its id. */
  public long insert(AgencyApplication a) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO agency_application (business_key, process_instance_id, agency_code, name, province, kind,
            sworn_strength, coordinator_given_name, coordinator_family_name, coordinator_email, coordinator_user_id,
            status, submitted_at)
        VALUES (:businessKey, :processInstanceId, :agencyCode, :name, :province, :kind, :swornStrength,
            :coordinatorGivenName, :coordinatorFamilyName, :coordinatorEmail, :coordinatorUserId, :status, :submittedAt)""")
        .param("businessKey", a.businessKey()).param("processInstanceId", a.processInstanceId())
        .param("agencyCode", a.agencyCode()).param("name", a.name()).param("province", a.province())
        .param("kind", a.kind()).param("swornStrength", a.swornStrength())
        .param("coordinatorGivenName", a.coordinatorGivenName()).param("coordinatorFamilyName", a.coordinatorFamilyName())
        .param("coordinatorEmail", a.coordinatorEmail()).param("coordinatorUserId", a.coordinatorUserId())
        .param("status", a.status().name()).param("submittedAt", a.submittedAt())
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public Optional<AgencyApplication> find(long id) {
    return jdbc.sql("SELECT * FROM agency_application WHERE id = ?").param(id).query(ROW).optional();
  }

  public Optional<AgencyApplication> findByProcessInstance(String processInstanceId) {
    return jdbc.sql("SELECT * FROM agency_application WHERE process_instance_id = ?").param(processInstanceId)
        .query(ROW).optional();
  }

  /** the latest application under this business key (a refused service may apply again) */
  public Optional<AgencyApplication> findLatestByBusinessKey(String businessKey) {
    return jdbc.sql("SELECT * FROM agency_application WHERE business_key = ? ORDER BY id DESC")
        .param(businessKey).query(ROW).list().stream().findFirst();
  }

  /** Is another application on its way for this service code? */
  public boolean openForCode(String agencyCode, Long exceptId) {
    return jdbc.sql("SELECT COUNT(*) FROM agency_application WHERE agency_code = ? AND status IN " + OPEN
            + " AND id <> ?")
        .param(agencyCode).param(exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
  }

  /** Is another application on its way for this coordinator account? */
  public boolean openForUser(String userId, Long exceptId) {
    return jdbc.sql("SELECT COUNT(*) FROM agency_application WHERE coordinator_user_id = ? AND status IN " + OPEN
            + " AND id <> ?")
        .param(userId).param(exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
  }

  public void approve(long id, LocalDateTime at) {
    jdbc.sql("UPDATE agency_application SET status = 'APPROVED', decided_at = ? WHERE id = ? AND status = 'SUBMITTED'")
        .param(at).param(id).update();
  }

  public void refuse(long id, String reason, LocalDateTime at) {
    jdbc.sql("UPDATE agency_application SET status = 'REFUSED', reason = ?, decided_at = ? "
            + "WHERE id = ? AND status = 'SUBMITTED'")
        .param(reason).param(at).param(id).update();
  }

  public void activate(long id, String agreementReference, LocalDate signedOn, LocalDateTime at) {
    jdbc.sql("UPDATE agency_application SET status = 'ACTIVE', agreement_reference = ?, agreement_signed_on = ?, "
            + "activated_at = ? WHERE id = ? AND status = 'APPROVED'")
        .param(agreementReference).param(signedOn).param(at).param(id).update();
  }
}
