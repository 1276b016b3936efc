package ca.gc.cpa.onboarding;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A police service's application to join the CPA: one per instance of agency-onboarding. */
public record AgencyApplication(
    Long id,
    String businessKey,
    String processInstanceId,
    String agencyCode,
    String name,
    String province,
    String kind,
    int swornStrength,
    String coordinatorGivenName,
    String coordinatorFamilyName,
    String coordinatorEmail,
    String coordinatorUserId,
    ApplicationStatus status,
    String reason,
    String agreementReference,
    LocalDate agreementSignedOn,
    LocalDateTime submittedAt,
    LocalDateTime decidedAt,
    LocalDateTime activatedAt) {

  /** a new application as submitted (no id yet) */
  public static AgencyApplication submitted(String businessKey, String processInstanceId, String agencyCode,
      String name, String province, String kind, int swornStrength, String givenName, String familyName,
      String email, String userId, LocalDateTime submittedAt) {
    return new AgencyApplication(null, businessKey, processInstanceId, agencyCode, name, province, kind, swornStrength,
        givenName, familyName, email, userId, ApplicationStatus.SUBMITTED, null, null, null, submittedAt, null, null);
  }

  public String coordinatorName() {
    return coordinatorGivenName + " " + coordinatorFamilyName;
  }
}
