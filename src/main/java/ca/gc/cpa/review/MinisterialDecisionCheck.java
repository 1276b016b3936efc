package ca.gc.cpa.review;

import static ca.gc.cpa.process.AssistanceRequestProcess.*;

import ca.gc.cpa.cap.CapHeadroom;
import ca.gc.cpa.cap.CeilingRule;
import ca.gc.cpa.cap.ProgramHeadroom;
import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import ca.gc.cpa.process.AssistanceRequestProcess;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Record the ministerial decision: an approval needs a ceiling of at least one officer, no more than
 * requested and within the program's headroom at the moment of recording; the decision is not dated
 * in the future.
 */
@Component("ministerialDecisionCheck")
public class MinisterialDecisionCheck implements CompletionCheck {

  private final ProgramHeadroom headroom;

  public MinisterialDecisionCheck(ProgramHeadroom headroom) {
    this.headroom = headroom;
  }

  @Override
  public List<FieldViolation> check(FormValues values) {
    List<FieldViolation> violations = new ArrayList<>();
    values.value(AssistanceRequestProcess.DECISION_DATE).filter(d -> d.isAfter(values.today()))
        .ifPresent(d -> violations.add(new FieldViolation(DECISION_DATE, "must not be in the future")));
    if (!APPROVE.equals(values.get(AssistanceRequestProcess.MINISTERIAL_DECISION.name()))) {
      return violations;
    }
    var ceiling = values.value(AssistanceRequestProcess.MISSION_CEILING);
    if (ceiling.isEmpty()) {
      violations.add(new FieldViolation(MISSION_CEILING, "is required to approve (the mission ceiling set by ministers)"));
      return violations;
    }
    int requested = values.value(AssistanceRequestProcess.OFFICERS_REQUESTED).orElse(Integer.MAX_VALUE);
    CapHeadroom now = headroom.now();
    if (ceiling.get() < 1) {
      violations.add(new FieldViolation(MISSION_CEILING, "must be at least 1"));
    } else if (ceiling.get() > requested) {
      violations.add(new FieldViolation(MISSION_CEILING, "must not exceed the %d officers requested".formatted(requested)));
    } else {
      // above the headroom only with the ministers' change of the cap
      violations.addAll(CeilingRule.check(MISSION_CEILING.name(), ceiling.get(), now,
          CeilingRule.capChange(values, values.businessKey().orElse("request")), values));
    }
    return violations;
  }
}
