package ca.gc.cpa.api;

import ca.gc.cpa.domain.AssistanceRequest;
import ca.gc.cpa.domain.AssistanceRequestRepository;
import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.Readable;
import ca.gc.cpa.identity.CpaGroup;
import ca.gc.cpa.intake.IntakeRules;
import ca.gc.cpa.intake.IntakeService;
import ca.gc.cpa.intake.NewAssistanceRequest;
import ca.gc.cpa.process.AssistanceRequestProcess;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The intake API of the contract: foreign requests reaching the GAC desk from other systems. */
@RestController
@RequestMapping(path = "/api/assistance-requests", produces = MediaType.APPLICATION_JSON_VALUE)
public class AssistanceRequestController {

  static final Set<String> REGISTRARS = Set.of(CpaGroup.GAC_DESK.id(), CpaGroup.ADMIN.id());
  static final Set<String> READERS = Set.of(CpaGroup.GAC_DESK.id(), CpaGroup.ADMIN.id(), CpaGroup.MANAGERS.id(),
      CpaGroup.GAC_DEVELOPMENT.id(), CpaGroup.PS_POLICY.id(), CpaGroup.RCMP_IPOB.id());

  private final IntakeService intake;
  private final IntakeRules rules;
  private final AssistanceRequestRepository requests;
  private final ApiCaller caller;
  private final ProcessEngine engine;
  private final Validator validator;

  public AssistanceRequestController(IntakeService intake, IntakeRules rules, AssistanceRequestRepository requests,
      ApiCaller caller, ProcessEngine engine, Validator validator) {
    this.validator = validator;
    this.intake = intake;
    this.rules = rules;
    this.requests = requests;
    this.caller = caller;
    this.engine = engine;
  }

  public record Created(String businessKey, String processInstanceId) {}

  public record Conflict(String businessKey, List<FieldViolation> errors) {}

  public record Withdrawal(@NotBlank(message = "is required") @Size(max = 2000, message = "must have at most 2000 characters") @Readable String reason) {}

  /** 201 with the business key; 400 with every field error; 409 for a reference the requester already sent */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> register(@RequestBody NewAssistanceRequest request) {
    caller.requireAnyGroup(REGISTRARS);
    List<FieldViolation> violations = rules.check(request, EngineClock.today());
    if (!violations.isEmpty()) {
      return ResponseEntity.badRequest().body(new ApiError(violations));
    }
    try {
      IntakeService.Registered r = intake.register(request, caller.userId());
      return ResponseEntity.created(URI.create("/api/assistance-requests/" + r.businessKey()))
          .body(new Created(r.businessKey(), r.processInstanceId()));
    } catch (DuplicateKeyException e) {
      String existing = requests.findByExternalReference(request.requestingBodyName().trim(), request.externalReference().trim())
          .map(AssistanceRequest::businessKey).orElse(null);
      return ResponseEntity.status(HttpStatus.CONFLICT).body(new Conflict(existing, List.of(new FieldViolation(
          AssistanceRequestProcess.EXTERNAL_REFERENCE, "was already registered from this requester as " + existing))));
    }
  }

  @GetMapping("/{businessKey}")
  public ResponseEntity<?> find(@PathVariable String businessKey) {
    caller.requireAnyGroup(READERS);
    return requests.find(businessKey).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of("businessKey", "no such request")));
  }

  /**
   * The requester withdraws the request: allowed until ministers decide (message RequestWithdrawn to
   * the review), refused with 409 afterwards.
   */
  @PostMapping(path = "/{businessKey}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> withdraw(@PathVariable String businessKey, @RequestBody Withdrawal withdrawal) {
    caller.requireAnyGroup(REGISTRARS);
    var invalid = validator.validate(withdrawal);
    if (!invalid.isEmpty()) {
      return ResponseEntity.badRequest().body(new ApiError(invalid.stream()
          .map(v -> new FieldViolation(v.getPropertyPath().toString(), v.getMessage())).toList()));
    }
    if (requests.find(businessKey).isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of("businessKey", "no such request"));
    }
    try {
      // the API has authorized the caller; the engine call itself runs as the system
      ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
          .execute(context -> context.runWithoutAuthorization(() -> engine.getRuntimeService()
              .createMessageCorrelation(AssistanceRequestProcess.Withdrawn.MESSAGE)
              .processInstanceBusinessKey(businessKey)
              .setVariables(new AssistanceRequestProcess.Withdrawn(withdrawal.reason()).variables())
              .correlateWithResult()));
      return ResponseEntity.accepted().body(Map.of("businessKey", businessKey, "status", "WITHDRAWN"));
    } catch (MismatchingMessageCorrelationException e) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of("businessKey",
          "can no longer be withdrawn: ministers have decided or the request is closed"));
    }
  }
}
