package ca.gc.cpa.api;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.MissionArrivalNoticeRepository;
import ca.gc.cpa.domain.MissionCommandRepository;
import ca.gc.cpa.domain.MissionRepository;
import ca.gc.cpa.domain.ServingTourRepository;
import ca.gc.cpa.forms.CamundaForm;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormField;
import ca.gc.cpa.identity.CpaGroup;
import ca.gc.cpa.inmission.ExtensionRequestCheck;
import ca.gc.cpa.inmission.InMissionEvent;
import ca.gc.cpa.inmission.Reach;
import ca.gc.cpa.process.MissionReportProcess;
import ca.gc.cpa.process.TourEvent;
import ca.gc.cpa.process.Variable;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The events people bring while officers serve abroad ({@link InMissionEvent}), and who is on the way to a
 * mission, over {@code /api}: the same
 * processes, forms and rules as Tasklist's start forms. The body holds the start form's fields but the
 * officer or mission, which the path names. 201 with the event's instance; 400 with every field error;
 * 403 for a group that never sends this event; 404 for a tour or mission outside the sender's reach;
 * 409 when the officer does not serve in the mission now (or the mission has nobody serving).
 */
@RestController
public class InMissionController {

  private final ApiCaller caller;
  private final Reach reach;
  private final ServingTourRepository serving;
  private final MissionCommandRepository command;
  private final MissionArrivalNoticeRepository arrivals;
  private final ProcessEngine engine;
  private final ObjectMapper json;
  private final MissionRepository missions;

  public InMissionController(ApiCaller caller, Reach reach, ServingTourRepository serving,
      MissionCommandRepository command, MissionArrivalNoticeRepository arrivals, ProcessEngine engine,
      ObjectMapper json, MissionRepository missions) {
    this.missions = missions;
    this.json = json;
    this.caller = caller;
    this.reach = reach;
    this.serving = serving;
    this.command = command;
    this.arrivals = arrivals;
    this.engine = engine;
  }

  public record Sent(String businessKey, String processInstanceId, String event) {}

  public record Command(String userId) {}

  /**
   * RCMP IPOB names a mission's Canadian contingent commander, a user of group rcmp-contingent (200 with the
   * mission and the commander; 404 for an unknown mission; 400 for a user who is not a contingent commander).
   */
  @PutMapping(path = "/api/missions/{businessKey}/commander", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> commander(@PathVariable String businessKey, @RequestBody Command command) {
    caller.requireAnyGroup(Set.of(CpaGroup.RCMP_IPOB.id(), CpaGroup.ADMIN.id()));
    if (missions.find(businessKey).isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of("businessKey", "no such mission"));
    }
    String userId = command.userId() == null ? "" : command.userId().trim();
    boolean commander = !userId.isEmpty() && engine.getIdentityService().createUserQuery().userId(userId)
        .memberOfGroup(CpaGroup.RCMP_CONTINGENT.id()).count() == 1;
    if (!commander) {
      return ResponseEntity.badRequest().body(ApiError.of("userId", "must be a user of group "
          + CpaGroup.RCMP_CONTINGENT.id()));
    }
    this.command.assignCommander(businessKey, userId, EngineClock.today(), caller.userId());
    return ResponseEntity.ok(Map.of("businessKey", businessKey, "commander", userId));
  }

  /**
   * The officers on their way to the mission (selected, training, preparing; not arrived) with their planned
   * departure and each postponement the mission was told of: for its contingent commander, RCMP IPOB and
   * administrators (403 for other groups; 404 for an unknown mission or another commander's).
   */
  @GetMapping(path = "/api/missions/{businessKey}/arrivals", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> arrivals(@PathVariable String businessKey) {
    caller.requireAnyGroup(Set.of(CpaGroup.RCMP_CONTINGENT.id(), CpaGroup.RCMP_IPOB.id(), CpaGroup.ADMIN.id()));
    if (missions.find(businessKey).isEmpty()
        || !reach.mayFollowArrivals(new Reach.Caller(caller.userId(), caller.groups()), businessKey)) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of("businessKey", "no such mission"));
    }
    return ResponseEntity.ok(Map.of("missionBusinessKey", businessKey, "arrivals", arrivals.arrivals(businessKey)));
  }

  @PostMapping(path = "/api/missions/{businessKey}/reports", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> report(@PathVariable String businessKey, @RequestBody Map<String, Object> body) {
    Reach.Caller sender = sender(InMissionEvent.MISSION_REPORT);
    if (!reach.mayReportOn(sender, businessKey)) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(ApiError.of("businessKey", "no such mission among those whose contingent you command"));
    }
    if (serving.servingTours(businessKey).isEmpty()) {
      return ResponseEntity.status(HttpStatus.CONFLICT)
          .body(ApiError.of("businessKey", "no officer serves in this mission now: there is nothing to report"));
    }
    return start(InMissionEvent.MISSION_REPORT, MissionReportProcess.MISSION_BUSINESS_KEY, businessKey, body,
        "/api/missions/" + businessKey);
  }

  @PostMapping(path = "/api/tours/{businessKey}/{event}", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> tourEvent(@PathVariable String businessKey, @PathVariable String event,
      @RequestBody Map<String, Object> body) {
    InMissionEvent kind = InMissionEvent.byPath(event).orElse(null);
    if (kind == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of("event", "no such event: one of "
          + java.util.Arrays.stream(InMissionEvent.values()).filter(e -> e != InMissionEvent.MISSION_REPORT)
              .map(InMissionEvent::path).toList()));
    }
    Reach.Caller sender = sender(kind);
    if (reach.anyTour(kind, sender, businessKey).isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(ApiError.of("businessKey", "no such tour among the officers you may act for"));
    }
    var serving = reach.tour(kind, sender, businessKey);
    if (serving.isEmpty()) {
      return ResponseEntity.status(HttpStatus.CONFLICT)
          .body(ApiError.of("businessKey", "the officer does not serve in the mission now"));
    }
    if (kind == InMissionEvent.EXTENSION && ExtensionRequestCheck.BEING_DECIDED.equals(serving.get().stage())) {
      return ResponseEntity.status(HttpStatus.CONFLICT)
          .body(ApiError.of("businessKey", "an extension of this tour is being decided already"));
    }
    return start(kind, TourEvent.TOUR_BUSINESS_KEY, businessKey, body, "/api/tours/" + businessKey);
  }

  private Reach.Caller sender(InMissionEvent event) {
    Collection<String> groups = caller.groups();
    if (!Reach.maySend(event, groups)) {
      throw new ApiCaller.ForbiddenException();
    }
    return new Reach.Caller(caller.userId(), groups);
  }

  private ResponseEntity<?> start(InMissionEvent event, Variable<String> subjectKey, String subject,
      Map<String, Object> body, String location) {
    Map<String, FormField> fields = startFormFields(event);
    List<FieldViolation> unknown = body.keySet().stream()
        .filter(k -> !fields.containsKey(k) || k.equals(subjectKey.name()) || !fields.get(k).editable())
        .sorted().map(k -> new FieldViolation(k, "is not a field of this request")).toList();
    if (!unknown.isEmpty()) {
      return ResponseEntity.badRequest().body(new ApiError(unknown));
    }
    Map<String, Object> variables = new HashMap<>();
    body.forEach((k, v) -> variables.put(k, v instanceof Collection<?> || v instanceof Map<?, ?>
        ? SpinValues.jsonValue(write(v)).create() : v));
    variables.put(subjectKey.name(), subject);
    try {
      ProcessInstance instance = engine.getRuntimeService().createProcessInstanceByKey(event.processKey())
          .setVariables(variables).execute();
      return ResponseEntity.created(URI.create(location))
          .body(new Sent(subject, instance.getId(), event.path()));
    } catch (FormFieldValidationException e) {
      List<FieldViolation> violations = e.getDetail();
      return ResponseEntity.badRequest().body(new ApiError(violations));
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** the start form's fields by key: the endpoint accepts what the form lets a person fill in */
  private Map<String, FormField> startFormFields(InMissionEvent event) {
    var definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(event.processKey())
        .latestVersion().singleResult();
    try (InputStream form = engine.getFormService().getDeployedStartForm(definition.getId())) {
      return CamundaForm.read(form).fields().stream().collect(Collectors.toMap(FormField::key, f -> f, (a, b) -> a));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
