package ca.gc.cpa.api;

import ca.gc.cpa.domain.AgencyRepository;
import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.WhoIsWhere;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.identity.CpaGroup;
import ca.gc.cpa.selection.NewOfficer;
import ca.gc.cpa.selection.OfficerRegister;
import ca.gc.cpa.selection.RegisterEntry;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The officer register and the tours. Federal staff see every service's officers; a partner service's
 * coordinator sees and registers only the officers of their own service: another service's officer, or
 * another service's register, is "not found". The RCMP selection board registers for any service.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
public class OfficerController {

  /** who registers besides a service's own coordinator */
  static final Set<String> REGISTRARS = Set.of(CpaGroup.RCMP_SELECTION.id(), CpaGroup.ADMIN.id());

  private final OfficerRegister register;
  private final AgencyRepository agencies;
  private final WhoIsWhere whoIsWhere;
  private final ApiCaller caller;

  public OfficerController(OfficerRegister register, AgencyRepository agencies, WhoIsWhere whoIsWhere, ApiCaller caller) {
    this.register = register;
    this.agencies = agencies;
    this.whoIsWhere = whoIsWhere;
    this.caller = caller;
  }

  /** one officer's register entry: qualifications, tours, where they are now */
  @GetMapping("/api/officers/{id}")
  public ResponseEntity<?> officer(@PathVariable String id) {
    Optional<RegisterEntry> entry = parse(id).flatMap(register::entry)
        .filter(e -> caller.mayReadAgency(e.officer().agencyCode()));
    return entry.<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of("id", "no such officer")));
  }

  /**
   * A service's register, by family name (at most {@code limit}, 1 to 1000). A coordinator reads their own service's
   * (the default); federal staff any service's, or every service's without {@code agency}.
   */
  @GetMapping("/api/officers")
  public ResponseEntity<?> officers(@RequestParam(required = false) String agency,
      @RequestParam(defaultValue = "200") String limit) {
    Optional<Integer> n = parse(limit).filter(v -> v >= 1 && v <= 1000).map(Long::intValue);
    if (n.isEmpty()) {
      return ResponseEntity.badRequest().body(ApiError.of("limit", "must be a whole number from 1 to 1000"));
    }
    String code = agency;
    if (code == null && !caller.isFederal()) {
      List<String> own = caller.agencyCodes();
      if (own.size() != 1) {
        return ResponseEntity.badRequest().body(ApiError.of("agency", "name the service: one of " + own));
      }
      code = own.get(0);
    }
    if (code != null && (!caller.mayReadAgency(code) || agencies.find(code).isEmpty())) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of("agency", "no such service"));
    }
    return ResponseEntity.ok(Map.of("officers", register.list(code, n.get())));
  }

  /**
   * Registers an officer once: their service's coordinator (for that service only) or the RCMP selection board.
   * {@code 201} with the entry; {@code 400} listing every field error; {@code 404} for another service;
   * {@code 409} when the service already registered that service number (with the entry's id).
   */
  @PostMapping(path = "/api/officers", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> registerOfficer(@RequestBody NewOfficer officer) {
    boolean registrar = caller.inAnyGroup(REGISTRARS);
    if (!registrar && caller.agencyCodes().isEmpty()) {
      throw new ApiCaller.ForbiddenException();
    }
    if (officer.agencyCode() == null || officer.agencyCode().isBlank()) {
      return ResponseEntity.badRequest().body(ApiError.of("agencyCode", "is required"));
    }
    if (!(registrar || caller.agencyCodes().contains(officer.agencyCode())) || agencies.find(officer.agencyCode()).isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of("agencyCode", "no such service"));
    }
    List<FieldViolation> violations = officer.violations(EngineClock.today());
    if (!violations.isEmpty()) {
      return ResponseEntity.badRequest().body(new ApiError(violations));
    }
    Optional<Long> existing = register.idOf(officer.agencyCode(), officer.serviceNumber());
    if (existing.isPresent()) {
      return conflict(existing.get());
    }
    long id;
    try {
      id = register.register(officer, caller.userId());
    } catch (DuplicateKeyException raced) {
      return conflict(register.idOf(officer.agencyCode(), officer.serviceNumber()).orElseThrow());
    }
    return ResponseEntity.created(URI.create("/api/officers/" + id)).body(register.entry(id).orElseThrow());
  }

  private static ResponseEntity<?> conflict(long id) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("id", id, "errors",
        List.of(new FieldViolation("serviceNumber", "the service already registered this officer (id " + id + ")"))));
  }

  /** who is where: the tours the caller may see, newest first (at most {@code limit}, 1 to 1000) */
  @GetMapping("/api/tours")
  public ResponseEntity<?> tours(@RequestParam(defaultValue = "200") String limit) {
    Optional<Integer> n = parse(limit).filter(v -> v >= 1 && v <= 1000).map(Long::intValue);
    if (n.isEmpty()) {
      return ResponseEntity.badRequest().body(ApiError.of("limit", "must be a whole number from 1 to 1000"));
    }
    if (caller.isFederal()) {
      return ResponseEntity.ok(Map.of("tours", whoIsWhere.tours(null, n.get())));
    }
    return ResponseEntity.ok(Map.of("tours", caller.agencyCodes().stream()
        .flatMap(code -> whoIsWhere.tours(code, n.get()).stream()).toList()));
  }

  private static Optional<Long> parse(String number) {
    try {
      return Optional.of(Long.parseLong(number));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
