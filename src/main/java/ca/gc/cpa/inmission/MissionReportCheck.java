package ca.gc.cpa.inmission;

import ca.gc.cpa.domain.MissionReportRepository;
import ca.gc.cpa.domain.ServingTourRepository;
import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import ca.gc.cpa.process.Actor;
import ca.gc.cpa.process.MissionReportProcess;
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

  static final Map<String, String> STATUS_OF_FIELD = Map.of(
      MissionReportProcess.OFFICERS_ON_LEAVE.name(), MissionReportRule.ON_LEAVE,
      MissionReportProcess.OFFICERS_UNFIT.name(), MissionReportRule.UNFIT,
      MissionReportProcess.OFFICERS_OF_CONCERN.name(), MissionReportRule.CONCERN);

  private final Reach reach;
  private final ServingTourRepository serving;
  private final MissionReportRepository reports;

  public MissionReportCheck(Reach reach, ServingTourRepository serving, MissionReportRepository reports) {
    this.reach = reach;
    this.serving = serving;
    this.reports = reports;
  }

  @Override
  public List<FieldViolation> check(FormValues values) {
    List<FieldViolation> violations = new ArrayList<>();
    Optional<String> mission = values.value(MissionReportProcess.MISSION_BUSINESS_KEY);
    var caller = new Reach.Caller(Actor.currentUser(), Actor.currentGroups());
    if (mission.isPresent() && !reach.mayReportOn(caller, mission.get())) {
      violations.add(new FieldViolation(MissionReportProcess.MISSION_BUSINESS_KEY, "is not a mission whose contingent you command"));
      return violations;
    }
    Optional<YearMonth> period = values.value(MissionReportProcess.REPORT_PERIOD).flatMap(MissionReportRule::period);
    if (values.value(MissionReportProcess.REPORT_PERIOD).isPresent() && period.isEmpty()) {
      violations.add(new FieldViolation(MissionReportProcess.REPORT_PERIOD, "must be a month as yyyy-mm"));
    } else if (period.isPresent() && !MissionReportRule.reportable(period.get(), values.today())) {
      violations.add(new FieldViolation(MissionReportProcess.REPORT_PERIOD, "must not be a month still to come"));
    }
    Optional<String> kind = values.value(MissionReportProcess.REPORT_KIND);
    if (mission.isPresent() && period.isPresent() && kind.isPresent()
        && reports.reportExists(mission.get(), kind.get(), period.get().toString())) {
      String sent = switch (kind.get()) {
        case MissionReportProcess.QUARTERLY -> "this mission's quarterly report for %s was already sent";
        case MissionReportProcess.END_OF_TOUR -> "this mission's end-of-tour report for %s was already sent";
        default -> "this mission's monthly report for %s was already sent";
      };
      violations.add(new FieldViolation(MissionReportProcess.REPORT_PERIOD, sent.formatted(period.get())));
    }
    if (mission.isPresent()) {
      lines(values, mission.get()).problems()
          .forEach(p -> violations.add(new FieldViolation(p.field(), p.message())));
    }
    return violations;
  }

  /** the status line of every officer serving in the mission, from the form's lists */
  MissionReportRule.Lines lines(FormValues values, String mission) {
    var tours = serving.servingTours(mission).stream().map(ServingTourRepository.ServingTour::tourBusinessKey).toList();
    Map<String, List<String>> listed = new LinkedHashMap<>();
    for (var field : List.of(MissionReportProcess.OFFICERS_ON_LEAVE, MissionReportProcess.OFFICERS_UNFIT,
        MissionReportProcess.OFFICERS_OF_CONCERN)) {
      listed.put(field.name(), values.value(field).orElse(List.of()));
    }
    return MissionReportRule.lines(tours, listed, STATUS_OF_FIELD);
  }
}
