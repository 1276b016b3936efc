package ca.gc.cpa.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * What of the user directory a partner police service sees: its own group (the engine grants a new group READ
 * on itself) and its own members' names (this grant, one per member, to the service's group).
 * Federal groups read the whole directory; a partner service lists no other service's people or groups.
 */
final class AgencyDirectory {

  private AgencyDirectory() {}

  /** READ on the member's user record, for the member's service group */
  static AuthorizationEntity colleagueReads(String groupId, String userId) {
    AuthorizationEntity auth = new AuthorizationEntity(AUTH_TYPE_GRANT);
    auth.setGroupId(groupId);
    auth.setResource(Resources.USER);
    auth.setResourceId(userId);
    auth.addPermission(Permissions.READ);
    return auth;
  }

  /** whether the service's group already reads the member (a membership made again) */
  static boolean exists(String groupId, String userId) {
    return Context.getCommandContext().getAuthorizationManager()
        .findAuthorization(AUTH_TYPE_GRANT, null, groupId, Resources.USER, userId) != null;
  }
}
