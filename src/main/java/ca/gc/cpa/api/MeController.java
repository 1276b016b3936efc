package ca.gc.cpa.api;

import ca.gc.cpa.i18n.Language;
import ca.gc.cpa.i18n.UserLanguage;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's own settings: the language of the web apps, which every user may choose and keep
 * for themselves only (there is no user id in the path: nobody sets another person's language).
 */
@RestController
@RequestMapping(path = "/api/me", produces = MediaType.APPLICATION_JSON_VALUE)
public class MeController {

  private final ApiCaller caller;
  private final UserLanguage languages;

  public MeController(ApiCaller caller, UserLanguage languages) {
    this.caller = caller;
    this.languages = languages;
  }

  public record LanguageChoice(String language) {}

  /** the language the user chose; {@code null} when they made no choice (the apps follow the browser) */
  @GetMapping("/language")
  public LanguageChoice language() {
    return new LanguageChoice(languages.of(caller.userId()).map(Language::tag).orElse(null));
  }

  @PutMapping(path = "/language", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> choose(@RequestBody LanguageChoice body) {
    var language = body.language() != null && body.language().length() == 2 ? Language.of(body.language()) : Optional.<Language>empty();
    if (language.isEmpty()) {
      return ResponseEntity.badRequest().body(ApiError.of("language", "must be en or fr"));
    }
    languages.choose(caller.userId(), language.get());
    return ResponseEntity.noContent().build();
  }
}
