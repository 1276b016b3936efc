package ca.gc.cpa.evaluation;

import static ca.gc.cpa.process.MissionProcess.*;

import ca.gc.cpa.cap.CeilingRule;
import ca.gc.cpa.cap.ProgramHeadroom;
import ca.gc.cpa.domain.Mission;
import ca.gc.cpa.domain.MissionRepository;
import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The ministers' decision on a proposed ceiling: dated on or before today with its reference; an approved ceiling is at
 * least 1 and fits the program's headroom now (the cap's latest decision), or comes with the ministers' change of the
 * cap ({@link CeilingRule}).
 */
@Component("recordCeilingDecisionCheck")
public class RecordCeilingDecisionCheck implements CompletionCheck {

  private final MissionRepository missions;
  private final ProgramHeadroom headroom;

  public RecordCeilingDecisionCheck(MissionRepository missions, ProgramHeadroom headroom) {
    this.missions = missions;
    this.headroom = headroom;
  }

  @Override
  public List<FieldViolation> check(FormValues values) {
    List<FieldViolation> out = new ArrayList<>();
    values.value(CEILING_DECISION_DATE).filter(d -> d.isAfter(values.today()))
        .ifPresent(d -> out.add(new FieldViolation(CEILING_DECISION_DATE, "must be on or before today")));
    if (!values.value(CEILING_DECISION).filter(APPROVE::equals).isPresent()) {
      return out;
    }
    var approved = values.value(APPROVED_CEILING);
    if (approved.isEmpty() || approved.get() < 1) {
      out.add(new FieldViolation(APPROVED_CEILING, "is required to approve: at least 1"));
      return out;
    }
    Mission mission = values.businessKey().flatMap(missions::find).orElse(null);
    if (mission != null) {
      out.addAll(CeilingRule.check(APPROVED_CEILING.name(), approved.get(), headroom.now().without(mission.ceiling()),
          CeilingRule.capChange(values, mission.businessKey()), values));
    }
    return out;
  }
}
