package ca.gc.cpa.i18n;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * The language a person chose for the web apps, kept with their account (Camunda's user info), so that it
 * follows them from one browser to another. Without a choice the web apps follow the browser's language.
 */
@Component
public class UserLanguage {

  static final String KEY = "cpa.language";

  private final IdentityService identity;

  public UserLanguage(IdentityService identity) {
    this.identity = identity;
  }

  public Optional<Language> of(String userId) {
    return Language.of(identity.getUserInfo(userId, KEY));
  }

  public void choose(String userId, Language language) {
    identity.setUserInfo(userId, KEY, language.tag());
  }
}
