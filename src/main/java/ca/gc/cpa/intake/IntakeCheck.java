package ca.gc.cpa.intake;

import ca.gc.cpa.domain.AssistanceRequestRepository;
import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import ca.gc.cpa.process.AssistanceRequestProcess;
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
          .ifPresent(existing -> violations.add(new FieldViolation(AssistanceRequestProcess.EXTERNAL_REFERENCE,
              "was already registered from this requester as " + existing.businessKey())));
    }
    return violations;
  }

  static NewAssistanceRequest fromForm(FormValues v) {
    return new NewAssistanceRequest(
        v.value(AssistanceRequestProcess.EXTERNAL_REFERENCE).orElse(null),
        v.value(AssistanceRequestProcess.REQUESTING_BODY).orElse(null),
        v.value(AssistanceRequestProcess.REQUESTING_BODY_NAME).orElse(null),
        v.value(AssistanceRequestProcess.MISSION_NAME).orElse(null),
        v.value(AssistanceRequestProcess.HOST_COUNTRY).orElse(null),
        v.value(AssistanceRequestProcess.OFFICERS_REQUESTED).orElse(null),
        v.value(AssistanceRequestProcess.MISSION_LANGUAGE).orElse(null),
        v.value(AssistanceRequestProcess.ARMED).orElse(null),
        v.value(AssistanceRequestProcess.TOUR_MONTHS).orElse(null),
        v.value(AssistanceRequestProcess.REQUESTED_START).orElse(null),
        v.value(AssistanceRequestProcess.OFFICIAL_REQUEST_RECEIVED).orElse(null),
        v.value(AssistanceRequestProcess.ROLES_REQUESTED).orElse(null));
  }
}
