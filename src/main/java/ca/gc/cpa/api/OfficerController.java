package ca.gc.cpa.api;

import ca.gc.cpa.domain.Officer;
import ca.gc.cpa.domain.OfficerRepository;
import ca.gc.cpa.domain.WhoIsWhere;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Officers and their tours. Federal staff see every service's officers; a partner service's
 * coordinator sees only the officers of their own service: another service's officer is "not found".
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
public class OfficerController {

  private final OfficerRepository officers;
  private final WhoIsWhere whoIsWhere;
  private final ApiCaller caller;

  public OfficerController(OfficerRepository officers, WhoIsWhere whoIsWhere, ApiCaller caller) {
    this.officers = officers;
    this.whoIsWhere = whoIsWhere;
    this.caller = caller;
  }

  public record OfficerRecord(Officer officer, List<WhoIsWhere.Line> tours) {}

  @GetMapping("/api/officers/{id}")
  public ResponseEntity<?> officer(@PathVariable String id) {
    Optional<Officer> officer = parse(id).flatMap(officers::find).filter(o -> caller.mayReadAgency(o.agencyCode()));
    return officer.<ResponseEntity<?>>map(o -> ResponseEntity.ok(new OfficerRecord(o, whoIsWhere.toursOf(o.id()))))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of("id", "no such officer")));
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
