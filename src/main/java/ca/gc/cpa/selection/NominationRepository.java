package ca.gc.cpa.selection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Selections (one per position and rotation, or per reopened position) and their nominations. */
@Repository
public class NominationRepository {

  private static final RowMapper<Nomination> ROW = (rs, i) -> new Nomination(
      rs.getLong("id"), rs.getLong("selection_id"), rs.getLong("officer_id"), rs.getString("agency_code"),
      NominationStatus.valueOf(rs.getString("status")), rs.getInt("years_of_service"), rs.getString("languages"),
      rs.getInt("language_score"), rs.getObject("licence_date", LocalDate.class), rs.getInt("manual_years"),
      rs.getBoolean("discipline_clear"), rs.getBoolean("open_investigation"),
      rs.getObject("passport_expiry", LocalDate.class), rs.getObject("un_assessment_on", LocalDate.class),
      rs.getString("reasons"), rs.getString("medical_verdict"), rs.getString("security_verdict"),
      (Integer) rs.getObject("interview_score"), rs.getString("recommendation"), rs.getString("tour_business_key"));

  private static final RowMapper<Selection> SELECTION = (rs, i) -> new Selection(
      rs.getLong("id"), rs.getString("business_key"), rs.getString("mission_business_key"), rs.getInt("position_number"),
      rs.getInt("rotation"), rs.getString("status"), rs.getInt("call_round"), (Long) rs.getObject("candidate_nomination_id", Long.class));

  private final JdbcClient jdbc;

  public NominationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The selection of one process instance; a second call returns the same row. */
  public long openSelection(String businessKey, String processInstanceId, String missionBusinessKey, int position, int rotation) {
    Optional<Long> existing = selectionId(processInstanceId);
    if (existing.isPresent()) {
      return existing.get();
    }
    jdbc.sql("""
        INSERT INTO selection (business_key, process_instance_id, mission_business_key, position_number, rotation, status)
        VALUES (?, ?, ?, ?, ?, 'OPEN')""")
        .params(businessKey, processInstanceId, missionBusinessKey, position, rotation).update();
    return selectionId(processInstanceId).orElseThrow();
  }

  public Optional<Long> selectionId(String processInstanceId) {
    return jdbc.sql("SELECT id FROM selection WHERE process_instance_id = ?").param(processInstanceId)
        .query(Long.class).optional();
  }

  /** the selection of one process instance (Open the selection records it) */
  public Selection selectionOf(String processInstanceId) {
    return jdbc.sql("SELECT * FROM selection WHERE process_instance_id = ?").param(processInstanceId).query(SELECTION)
        .optional().orElseThrow(() -> new IllegalStateException("No selection recorded for instance " + processInstanceId));
  }

  /** the pool is empty: the call for expressions of interest opens again, one round further */
  public void reopenCall(long selectionId) {
    jdbc.sql("UPDATE selection SET call_round = call_round + 1, candidate_nomination_id = NULL WHERE id = ?")
        .param(selectionId).update();
  }

  /** the nominee the selection considers now (chosen, offered, proposed) */
  public void considerCandidate(long selectionId, long nominationId) {
    jdbc.sql("UPDATE selection SET candidate_nomination_id = ? WHERE id = ?").params(nominationId, selectionId).update();
  }

  /** the nominee the selection considers now */
  public Nomination candidate(String processInstanceId) {
    return candidate(selectionOf(processInstanceId));
  }

  /** the nominee the selection considers now, from its row already read */
  public Nomination candidate(Selection selection) {
    Long id = selection.candidateNominationId();
    if (id == null) {
      throw new IllegalStateException("No candidate chosen in selection " + selection.id());
    }
    return find(id).orElseThrow();
  }

  /**
   * the nomination a service made in the current call of the selection of one process instance: its latest there (a
   * service nominates once per call, and a call's scopes end before the next call opens)
   */
  public Nomination currentOf(String processInstanceId, String agencyCode) {
    return jdbc.sql("""
        SELECT n.* FROM nomination n JOIN selection s ON s.id = n.selection_id
        WHERE s.process_instance_id = ? AND n.agency_code = ? ORDER BY n.id DESC FETCH FIRST 1 ROWS ONLY""")
        .params(processInstanceId, agencyCode).query(ROW).optional()
        .orElseThrow(() -> new IllegalStateException("No nomination of " + agencyCode + " in instance " + processInstanceId));
  }

  public void updateSelectionStatus(long selectionId, String status) {
    jdbc.sql("UPDATE selection SET status = ? WHERE id = ?").params(status, selectionId).update();
  }

  /** positions filled in one rotation of a mission */
  public int countFilled(String missionBusinessKey, int rotation) {
    return jdbc.sql("SELECT COUNT(*) FROM selection WHERE mission_business_key = ? AND rotation = ? AND status = 'FILLED'")
        .params(missionBusinessKey, rotation).query(Integer.class).single();
  }

  public long insert(Nomination n) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO nomination (selection_id, officer_id, agency_code, status, years_of_service, languages, language_score,
               licence_date, manual_years, discipline_clear, open_investigation, passport_expiry, un_assessment_on)
        VALUES (:selectionId, :officerId, :agencyCode, :status, :yearsOfService, :languages, :languageScore,
               :licenceDate, :manualYears, :disciplineClear, :openInvestigation, :passportExpiry, :unAssessmentOn)""")
        .param("selectionId", n.selectionId()).param("officerId", n.officerId()).param("agencyCode", n.agencyCode())
        .param("status", n.status().name()).param("yearsOfService", n.yearsOfService()).param("languages", n.languages())
        .param("languageScore", n.languageScore()).param("licenceDate", n.licenceDate())
        .param("manualYears", n.manualYears()).param("disciplineClear", n.disciplineClear())
        .param("openInvestigation", n.openInvestigation()).param("passportExpiry", n.passportExpiry())
        .param("unAssessmentOn", n.unAssessmentOn()).update(keys, "id");
    return keys.getKey().longValue();
  }

  public Optional<Nomination> find(long id) {
    return jdbc.sql("SELECT * FROM nomination WHERE id = ?").param(id).query(ROW).optional();
  }

  public List<Nomination> bySelection(long selectionId) {
    return jdbc.sql("SELECT * FROM nomination WHERE selection_id = ? ORDER BY id").param(selectionId).query(ROW).list();
  }

  public void updateStatus(long id, NominationStatus status, String reasons) {
    jdbc.sql("UPDATE nomination SET status = ?, reasons = COALESCE(?, reasons) WHERE id = ?")
        .params(status.name(), reasons, id).update();
  }

  /** the commander's recommendation, recorded with the chief's release */
  public void recordCommanderRecommendation(long id, boolean recommends) {
    jdbc.sql("UPDATE nomination SET commander_recommends = ? WHERE id = ?").params(recommends, id).update();
  }

  public void recordClearance(long id, String medicalVerdict, String securityVerdict) {
    jdbc.sql("UPDATE nomination SET medical_verdict = ?, security_verdict = ? WHERE id = ?")
        .params(medicalVerdict, securityVerdict, id).update();
  }

  public void recordInterview(long id, int score, String recommendation) {
    jdbc.sql("UPDATE nomination SET interview_score = ?, recommendation = ? WHERE id = ?")
        .params(score, recommendation, id).update();
  }

  public void recordUnAssessment(long id, LocalDate passedOn) {
    jdbc.sql("UPDATE nomination SET un_assessment_on = ? WHERE id = ?").params(passedOn, id).update();
  }

  public void setTourBusinessKey(long id, String tourBusinessKey) {
    jdbc.sql("UPDATE nomination SET tour_business_key = ? WHERE id = ?").params(tourBusinessKey, id).update();
  }

  /** nominees of one rotation of a mission (every position) and how many are women (UN target, per batch) */
  public int[] nomineesAndWomenInRotation(String missionBusinessKey, int rotation) {
    return jdbc.sql("""
        SELECT COUNT(*) AS nominees, COALESCE(SUM(CASE WHEN o.gender = 'F' THEN 1 ELSE 0 END), 0) AS women
        FROM nomination n JOIN selection s ON s.id = n.selection_id JOIN officer o ON o.id = n.officer_id
        WHERE s.mission_business_key = ? AND s.rotation = ?""").params(missionBusinessKey, rotation)
        .query((rs, i) -> new int[] {rs.getInt("nominees"), rs.getInt("women")}).single();
  }

  /** nominees of the whole program and how many are women */
  public int[] nomineesAndWomenInProgram() {
    return jdbc.sql("""
        SELECT COUNT(*) AS nominees, COALESCE(SUM(CASE WHEN o.gender = 'F' THEN 1 ELSE 0 END), 0) AS women
        FROM nomination n JOIN officer o ON o.id = n.officer_id""")
        .query((rs, i) -> new int[] {rs.getInt("nominees"), rs.getInt("women")}).single();
  }

  /** officers of a service offered or proposed right now (committed before any tour exists) */
  public int countInProgressByAgency(String agencyCode) {
    return jdbc.sql("SELECT COUNT(*) FROM nomination WHERE agency_code = ? AND status IN ('OFFERED', 'PROPOSED')")
        .param(agencyCode).query(Integer.class).single();
  }
}
