package ca.gc.cpa.intake;

import ca.gc.cpa.domain.AssistanceRequestRepository;
import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The start form's server check (Tasklist's Start process, REST submit-form): the intake API's rules
 * on the same fields, and no second registration of a reference the requester already sent.
 */
@Component("intakeCheck")
public class IntakeCheck implements CompletionCheck {

  private final IntakeRules rules;
  private final AssistanceRequestRepository requests;

  public IntakeCheck(IntakeRules rules, AssistanceRequestRepository requests) {
    this.rules = rules;
    this.requests = requests;
  }

  @Override
  public List<FieldViolation> check(FormValues values) {
    NewAssistanceRequest request = fromForm(values);
    List<FieldViolation> violations = new ArrayList<>(rules.check(request, values.today()));
    if (request.externalReference() != null && request.requestingBodyName() != null) {
      requests.findByExternalReference(request.requestingBodyName().trim(), request.externalReference().trim())
          .filter(existing -> values.businessKey().map(k -> !k.equals(existing.businessKey())).orElse(true))
          .ifPresent(existing -> violations.add(new FieldViolation(RequestVariables.EXTERNAL_REFERENCE,
              "was already registered from this requester as " + existing.businessKey())));
    }
    return violations;
  }

  static NewAssistanceRequest fromForm(FormValues v) {
    return new NewAssistanceRequest(
        v.string(RequestVariables.EXTERNAL_REFERENCE).orElse(null),
        v.string(RequestVariables.REQUESTING_BODY).orElse(null),
        v.string(RequestVariables.REQUESTING_BODY_NAME).orElse(null),
        v.string(RequestVariables.MISSION_NAME).orElse(null),
        v.string(RequestVariables.HOST_COUNTRY).orElse(null),
        v.integer(RequestVariables.OFFICERS_REQUESTED).orElse(null),
        v.string(RequestVariables.MISSION_LANGUAGE).orElse(null),
        v.bool(RequestVariables.ARMED).orElse(null),
        v.integer(RequestVariables.TOUR_MONTHS).orElse(null),
        v.date(RequestVariables.REQUESTED_START).orElse(null),
        v.bool(RequestVariables.OFFICIAL_REQUEST_RECEIVED).orElse(null),
        v.string(RequestVariables.ROLES_REQUESTED).orElse(null));
  }
}
