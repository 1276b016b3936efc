package ca.gc.cpa.inmission;

import static ca.gc.cpa.inmission.InMissionVariables.MISSION_BUSINESS_KEY;
import static ca.gc.cpa.inmission.InMissionVariables.OFFICERS_OF_CONCERN;
import static ca.gc.cpa.inmission.InMissionVariables.OFFICERS_ON_LEAVE;
import static ca.gc.cpa.inmission.InMissionVariables.OFFICERS_UNFIT;
import static ca.gc.cpa.inmission.InMissionVariables.REPORT_KIND;
import static ca.gc.cpa.inmission.InMissionVariables.REPORT_PERIOD;

import ca.gc.cpa.domain.InMissionRepository;
import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import ca.gc.cpa.process.Actor;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The report from the mission, checked on the server (start form, reminder task and {@code POST
 * /api/missions/{key}/reports} alike): a mission the sender commands, a period not yet reported for
 * that kind and not in the future, officers listed who serve in that mission, each once.
 */
@Component("missionReportCheck")
public class MissionReportCheck implements CompletionCheck {

  /** the valuesKey of the report form's officer lists: the officers of the missions the sender commands */
  public static final String OFFICERS_CHOICES = "officersOfMyMissions";

  static final Map<String, String> STATUS_OF_FIELD = Map.of(OFFICERS_ON_LEAVE, MissionReportRule.ON_LEAVE,
      OFFICERS_UNFIT, MissionReportRule.UNFIT, OFFICERS_OF_CONCERN, MissionReportRule.CONCERN);

  private final Reach reach;
  private final InMissionRepository records;

  public MissionReportCheck(Reach reach, InMissionRepository records) {
    this.reach = reach;
    this.records = records;
  }

  @Override
  public List<FieldViolation> check(FormValues values) {
    List<FieldViolation> violations = new ArrayList<>();
    Optional<String> mission = values.string(MISSION_BUSINESS_KEY);
    var caller = new Reach.Caller(Actor.currentUser(), Actor.currentGroups());
    if (mission.isPresent() && !reach.mayReportOn(caller, mission.get())) {
      violations.add(new FieldViolation(MISSION_BUSINESS_KEY, "is not a mission whose contingent you command"));
      return violations;
    }
    Optional<YearMonth> period = values.string(REPORT_PERIOD).flatMap(MissionReportRule::period);
    if (values.string(REPORT_PERIOD).isPresent() && period.isEmpty()) {
      violations.add(new FieldViolation(REPORT_PERIOD, "must be a month as yyyy-mm"));
    } else if (period.isPresent() && !MissionReportRule.reportable(period.get(), values.today())) {
      violations.add(new FieldViolation(REPORT_PERIOD, "must not be a month still to come"));
    }
    Optional<String> kind = values.string(REPORT_KIND);
    if (mission.isPresent() && period.isPresent() && kind.isPresent()
        && records.reportExists(mission.get(), kind.get(), period.get().toString())) {
      String sent = switch (kind.get()) {
        case "QUARTERLY" -> "this mission's quarterly report for %s was already sent";
        case "END_OF_TOUR" -> "this mission's end-of-tour report for %s was already sent";
        default -> "this mission's monthly report for %s was already sent";
      };
      violations.add(new FieldViolation(REPORT_PERIOD, sent.formatted(period.get())));
    }
    if (mission.isPresent()) {
      lines(values, mission.get()).problems()
          .forEach(p -> violations.add(new FieldViolation(p.field(), p.message())));
    }
    return violations;
  }

  /** the status line of every officer serving in the mission, from the form's lists */
  MissionReportRule.Lines lines(FormValues values, String mission) {
    var serving = records.servingTours(mission).stream().map(InMissionRepository.ServingTour::tourBusinessKey).toList();
    Map<String, List<String>> listed = new LinkedHashMap<>();
    for (String field : List.of(OFFICERS_ON_LEAVE, OFFICERS_UNFIT, OFFICERS_OF_CONCERN)) {
      listed.put(field, values.list(field).orElse(List.of()));
    }
    return MissionReportRule.lines(serving, listed, STATUS_OF_FIELD);
  }
}
