package ca.gc.cpa.api;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who calls {@code /api}: the user the Basic authentication filter authenticated against Camunda's
 * identity service (see config.WebConfig), with their groups.
 */
@Component
public class ApiCaller {

  private final IdentityService identity;

  public ApiCaller(IdentityService identity) {
    this.identity = identity;
  }

  public String userId() {
    Authentication a = identity.getCurrentAuthentication();
    return a == null ? null : a.getUserId();
  }

  /** @throws ForbiddenException unless the caller is in one of the groups */
  public void requireAnyGroup(Set<String> groups) {
    Authentication a = identity.getCurrentAuthentication();
    List<String> mine = a == null || a.getGroupIds() == null ? List.of() : a.getGroupIds();
    if (mine.stream().noneMatch(groups::contains)) {
      throw new ForbiddenException();
    }
  }

  /** the caller is authenticated but not allowed to do this */
  public static class ForbiddenException extends RuntimeException {
    ForbiddenException() {
      super("not allowed", null, false, false);
    }
  }
}
