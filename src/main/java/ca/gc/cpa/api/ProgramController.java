package ca.gc.cpa.api;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.identity.CpaGroup;
import ca.gc.cpa.program.CapacityForecast;
import ca.gc.cpa.program.CapacityOutlook;
import ca.gc.cpa.program.ProgramView;
import ca.gc.cpa.program.ProgramView.Scope;
import ca.gc.cpa.forms.FieldViolation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The program's figures for managers and other systems: {@code cpa-managers}, {@code rcmp-ipob}, {@code gac-desk}
 * and administrators see the whole program; a partner service's coordinator sees its own officers and totals;
 * any other group is refused. The Cockpit "Program" page reads the same endpoints.
 */
@RestController
@RequestMapping("/api/program")
public class ProgramController {

  static final Set<String> WHOLE_PROGRAM = Set.of(CpaGroup.MANAGERS.id(), CpaGroup.RCMP_IPOB.id(), CpaGroup.GAC_DESK.id(),
      CpaGroup.ADMIN.id());

  static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

  /** the columns of the tours export (README: "Program figures") */
  static final List<String> TOUR_COLUMNS = List.of("tour", "officer_id", "officer", "gender", "rank", "service", "mission",
      "position", "role", "rotation", "status", "stage", "planned_departure_on", "arrived_on", "tour_end_on", "tour_months",
      "extension_months", "left_mission_on", "returned_to_duty_on", "abroad_today");

  /** the columns of the missions export */
  static final List<String> MISSION_COLUMNS = List.of("mission", "name", "status", "ceiling", "abroad", "filled",
      "vacancies", "next_rotation", "selection_opens_on", "deploys_on", "next_evaluation_on", "budget_to_date",
      "spent_to_date");

  private final ProgramView view;
  private final CapacityOutlook outlook;
  private final ApiCaller caller;

  public ProgramController(ProgramView view, CapacityOutlook outlook, ApiCaller caller) {
    this.view = view;
    this.outlook = outlook;
    this.caller = caller;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public ProgramView.Figures figures() {
    return view.figures(scope());
  }

  /**
   * The capacity forecast; with {@code ceiling} (1 to 1000), also with a proposed mission of that many officers
   * from {@code start} (a date, the first day of next month when left out).
   */
  @GetMapping(path = "/forecast", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> forecast(@RequestParam(required = false) String ceiling,
      @RequestParam(required = false) String start) {
    Scope scope = scope();
    List<FieldViolation> errors = new ArrayList<>();
    Integer proposed = null;
    if (ceiling != null) {
      try {
        proposed = Integer.valueOf(ceiling);
        if (proposed < 1 || proposed > 1000) {
          errors.add(new FieldViolation("ceiling", "must be a whole number from 1 to 1000"));
        }
      } catch (NumberFormatException e) {
        errors.add(new FieldViolation("ceiling", "must be a whole number from 1 to 1000"));
      }
    }
    LocalDate from = null;
    if (start != null) {
      try {
        from = LocalDate.parse(start);
      } catch (DateTimeParseException e) {
        errors.add(new FieldViolation("start", "must be a date yyyy-mm-dd"));
      }
      if (ceiling == null) {
        errors.add(new FieldViolation("ceiling", "is required with a start"));
      }
    }
    if (!errors.isEmpty()) {
      return ResponseEntity.badRequest().body(new ApiError(errors));
    }
    CapacityForecast.Proposal proposal = proposed == null ? null : new CapacityForecast.Proposal(proposed,
        from != null ? from : YearMonth.from(EngineClock.today()).plusMonths(1).atDay(1));
    return ResponseEntity.ok(outlook.forecast(scope, proposal));
  }

  /** every tour the caller may see, one line each (columns: {@link #TOUR_COLUMNS}) */
  @GetMapping(path = "/tours.csv")
  public ResponseEntity<String> toursCsv() {
    LocalDate today = EngineClock.today();
    List<List<Object>> rows = view.tours(scope()).stream().map(t -> List.<Object>of(t.businessKey(), t.officerId(),
        t.officer(), t.gender(), t.rank(), t.agencyCode(), t.missionBusinessKey(), t.positionNumber(), opt(t.role()),
        t.rotation(), t.status(), opt(t.stage()), opt(t.plannedDepartureOn()), opt(t.arrivedOn()), opt(t.tourEndOn()),
        opt(t.tourMonths()), t.extensionMonths(), opt(t.leftMissionOn()), opt(t.returnedToDutyOn()),
        t.abroadOn(today) ? "yes" : "no")).toList();
    return csv("cpa-tours-" + today + ".csv", TOUR_COLUMNS, rows);
  }

  /** every mission the caller may see, one line each (columns: {@link #MISSION_COLUMNS}) */
  @GetMapping(path = "/missions.csv")
  public ResponseEntity<String> missionsCsv() {
    ProgramView.Figures figures = view.figures(scope());
    List<List<Object>> rows = figures.missions().stream().map(m -> List.<Object>of(m.businessKey(), m.name(), m.status(),
        opt(m.ceiling()), m.abroad(), m.filled(), opt(m.vacancies()),
        m.nextRotation() == null ? "" : m.nextRotation().rotation(),
        m.nextRotation() == null ? "" : m.nextRotation().selectionOpensOn(),
        m.nextRotation() == null ? "" : m.nextRotation().deploysOn(), opt(m.nextEvaluationOn()), opt(m.budgetToDate()),
        m.spentToDate())).toList();
    return csv("cpa-missions-" + figures.asOf() + ".csv", MISSION_COLUMNS, rows);
  }

  /** the whole program for its staff; a partner service's own officers for its coordinator; 403 for anyone else */
  private Scope scope() {
    if (caller.inAnyGroup(WHOLE_PROGRAM)) {
      return Scope.PROGRAM;
    }
    List<String> agencies = caller.agencyCodes();
    if (agencies.isEmpty()) {
      throw new ApiCaller.ForbiddenException();
    }
    return new Scope(agencies);
  }

  private static Object opt(Object value) {
    return value == null ? "" : value;
  }

  private static ResponseEntity<String> csv(String filename, List<String> columns, List<List<Object>> rows) {
    String body = Stream.concat(Stream.of(String.join(",", columns)),
            rows.stream().map(r -> r.stream().map(ProgramController::cell).collect(Collectors.joining(","))))
        .collect(Collectors.joining("\r\n", "", "\r\n"));
    return ResponseEntity.ok().contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").body(body);
  }

  /** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled */
  static String cell(Object value) {
    String s = Objects.toString(value, "");
    return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
        ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
