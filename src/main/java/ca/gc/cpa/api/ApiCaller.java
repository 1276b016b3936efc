package ca.gc.cpa.api;

import java.util.List;
import java.util.Set;
import ca.gc.cpa.identity.CpaGroup;
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
  public void requireAnyGroup(Set<String> allowed) {
    if (!inAnyGroup(allowed)) {
      throw new ForbiddenException();
    }
  }

  /** the caller is in one of the groups */
  public boolean inAnyGroup(Set<String> allowed) {
    return groups().stream().anyMatch(allowed::contains);
  }

  /** the caller's groups */
  public List<String> groups() {
    Authentication a = identity.getCurrentAuthentication();
    return a == null || a.getGroupIds() == null ? List.of() : a.getGroupIds();
  }

  /** staff of a federal partner or an administrator: any group that is not a partner police service's */
  public boolean isFederal() {
    return groups().stream().anyMatch(g -> !g.startsWith(CpaGroup.AGENCY_PREFIX));
  }

  /** the codes of the partner police services the caller coordinates for */
  public List<String> agencyCodes() {
    return groups().stream().filter(g -> g.startsWith(CpaGroup.AGENCY_PREFIX))
        .map(g -> g.substring(CpaGroup.AGENCY_PREFIX.length())).toList();
  }

  /** federal staff read every service's records; a coordinator only their own service's */
  public boolean mayReadAgency(String agencyCode) {
    return isFederal() || agencyCodes().contains(agencyCode);
  }

  /** the caller is authenticated but not allowed to do this */
  public static class ForbiddenException extends RuntimeException {
    ForbiddenException() {
      super("not allowed", null, false, false);
    }
  }
}
