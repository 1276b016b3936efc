package ca.gc.cpa.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Foreign requests and the partners' recorded positions on them. */
@Repository
public class AssistanceRequestRepository {

  private static final RowMapper<AssistanceRequest> ROW = (rs, i) -> new AssistanceRequest(
      rs.getString("business_key"), rs.getString("external_reference"), rs.getString("requesting_body"),
      rs.getString("requesting_body_name"), rs.getString("mission_name"), rs.getString("host_country"),
      rs.getInt("officers_requested"), rs.getString("mission_language"), rs.getBoolean("armed"),
      rs.getInt("tour_months"), rs.getObject("requested_start", LocalDate.class),
      rs.getBoolean("official_request_received"), rs.getString("roles_requested"),
      RequestStatus.valueOf(rs.getString("status")), rs.getString("recommendation"), rs.getString("outcome_reason"),
      (Integer) rs.getObject("ceiling"), rs.getString("mission_business_key"), rs.getString("process_instance_id"),
      rs.getString("registered_by"), rs.getObject("received_at", LocalDateTime.class),
      rs.getObject("decided_at", LocalDateTime.class), rs.getObject("closed_at", LocalDateTime.class));

  private final JdbcClient jdbc;

  public AssistanceRequestRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records a new request. The unique constraint on (requester, external reference) refuses a repeat
   * with a {@link org.springframework.dao.DuplicateKeyException}, also under concurrent calls.
   */
  public void insert(AssistanceRequest r) {
    jdbc.sql("""
        INSERT INTO assistance_request (business_key, external_reference, requesting_body, requesting_body_name,
          mission_name, host_country, officers_requested, mission_language, armed, tour_months, requested_start,
          official_request_received, roles_requested, status, registered_by, received_at)
        VALUES (:businessKey, :externalReference, :requestingBody, :requestingBodyName, :missionName, :hostCountry,
          :officersRequested, :missionLanguage, :armed, :tourMonths, :requestedStart, :officialRequestReceived,
          :rolesRequested, :status, :registeredBy, :receivedAt)""")
        .param("businessKey", r.businessKey()).param("externalReference", r.externalReference())
        .param("requestingBody", r.requestingBody()).param("requestingBodyName", r.requestingBodyName())
        .param("missionName", r.missionName()).param("hostCountry", r.hostCountry())
        .param("officersRequested", r.officersRequested()).param("missionLanguage", r.missionLanguage())
        .param("armed", r.armed()).param("tourMonths", r.tourMonths()).param("requestedStart", r.requestedStart())
        .param("officialRequestReceived", r.officialRequestReceived()).param("rolesRequested", r.rolesRequested())
        .param("status", r.status().name()).param("registeredBy", r.registeredBy()).param("receivedAt", r.receivedAt())
        .update();
  }

  public Optional<AssistanceRequest> find(String businessKey) {
    return jdbc.sql("SELECT * FROM assistance_request WHERE business_key = ?").param(businessKey).query(ROW).optional();
  }

  public Optional<AssistanceRequest> findByExternalReference(String requestingBodyName, String externalReference) {
    return jdbc.sql("SELECT * FROM assistance_request WHERE requesting_body_name = ? AND external_reference = ?")
        .params(requestingBodyName, externalReference).query(ROW).optional();
  }

  public void linkProcessInstance(String businessKey, String processInstanceId) {
    jdbc.sql("UPDATE assistance_request SET process_instance_id = ? WHERE business_key = ?")
        .params(processInstanceId, businessKey).update();
  }

  public void markOfficialRequestReceived(String businessKey) {
    jdbc.sql("UPDATE assistance_request SET official_request_received = TRUE WHERE business_key = ?")
        .param(businessKey).update();
  }

  public void recordRecommendation(String businessKey, String recommendation, String reasons) {
    jdbc.sql("UPDATE assistance_request SET recommendation = ?, outcome_reason = ? WHERE business_key = ?")
        .params(recommendation, reasons, businessKey).update();
  }

  /** the ministers' decision: approved with a ceiling, or declined (ceiling null) */
  public void recordDecision(String businessKey, Integer ceiling, String reason, LocalDateTime at) {
    jdbc.sql("UPDATE assistance_request SET ceiling = ?, outcome_reason = ?, decided_at = ? WHERE business_key = ?")
        .params(ceiling, reason, at, businessKey).update();
  }

  public void linkMission(String businessKey, String missionBusinessKey) {
    jdbc.sql("UPDATE assistance_request SET mission_business_key = ? WHERE business_key = ?")
        .params(missionBusinessKey, businessKey).update();
  }

  /** the outcome, stored when the instance ends */
  public void close(String businessKey, RequestStatus outcome, String reason, LocalDateTime at) {
    jdbc.sql("""
        UPDATE assistance_request SET status = ?, outcome_reason = COALESCE(?, outcome_reason), closed_at = ?
        WHERE business_key = ?""")
        .params(outcome.name(), reason, at, businessKey).update();
  }

  public void recordReview(String businessKey, String step, String position, String rationale, String by,
      LocalDateTime at) {
    jdbc.sql("""
        INSERT INTO request_review (business_key, step, position, rationale, recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?)""")
        .params(businessKey, step, position, rationale, by, at).update();
  }

  public int countReviews(String businessKey) {
    return jdbc.sql("SELECT COUNT(*) FROM request_review WHERE business_key = ?").param(businessKey)
        .query(Integer.class).single();
  }
}
