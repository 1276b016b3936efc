package ca.gc.cpa.identity;

import java.util.List;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;

/**
 * The password policy outside the demo profile ({@code enable-password-policy}): at least {@value #MIN_LENGTH}
 * characters, and none of the user's own id, names or e-mail in it. Length over character classes: a long
 * phrase is harder to guess than a short mix. Camunda's own rules, so Admin and Tasklist explain them in both
 * languages when a password is set.
 */
public final class PasswordRules implements PasswordPolicy {

  public static final int MIN_LENGTH = 12;

  @Override
  public List<PasswordPolicyRule> getRules() {
    return List.of(new PasswordPolicyLengthRuleImpl(MIN_LENGTH), new PasswordPolicyUserDataRuleImpl());
  }
}
