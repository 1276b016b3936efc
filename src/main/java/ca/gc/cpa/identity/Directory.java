package ca.gc.cpa.identity;

import java.security.SecureRandom;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The users, groups and memberships of the engine's directory, each made only when missing: running the
 * set-up again changes nothing an administrator set in Camunda Admin.
 */
final class Directory {

  private static final Logger LOG = LoggerFactory.getLogger(Directory.class);

  private final IdentityService identity;
  private final boolean passwordPolicy;

  Directory(IdentityService identity, boolean passwordPolicy) {
    this.identity = identity;
    this.passwordPolicy = passwordPolicy;
  }

  void ensureGroup(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  void ensureUser(String userId, String firstName, String lastName, String password, String groupId) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setPassword(password);
      identity.saveUser(user);
      LOG.info("Created user {} in group {}", userId, groupId);
    }
    ensureMembership(userId, groupId);
  }

  /**
   * A user with no password of its own, in one group: an administrator sets the password in Camunda Admin.
   * Until then the account holds a random secret that is never kept or shown, so every login fails
   * (Camunda's password check breaks with an error, not a refusal, on an account with no password at all).
   */
  void ensureUserWithoutPassword(String userId, String firstName, String lastName, String email, String groupId) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email);
      String secret;
      do {   // random, hence almost never a name: drawn again in the rare case the password policy sees one
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      } while (passwordPolicy && !identity.checkPasswordAgainstPolicy(secret, user).isValid());
      user.setPassword(secret);
      identity.saveUser(user);
    }
    ensureMembership(userId, groupId);
  }

  /** whether the password would pass the engine's policy (always, when the policy is off) */
  boolean passesPolicy(String userId, String password) {
    return !passwordPolicy || identity.checkPasswordAgainstPolicy(password, identity.newUser(userId)).isValid();
  }

  boolean hasMembers(String groupId) {
    return identity.createUserQuery().memberOfGroup(groupId).count() > 0;
  }

  private void ensureMembership(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }
}
