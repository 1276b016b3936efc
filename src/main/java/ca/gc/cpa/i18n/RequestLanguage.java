package ca.gc.cpa.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Optional;

/**
 * The language a request asks for: the web apps' choice (the {@value #COOKIE} cookie their language module
 * sets), else the first of the languages of {@code Accept-Language} the CPA speaks, else English.
 */
public final class RequestLanguage {

  public static final String COOKIE = "cpa-language";

  private RequestLanguage() {}

  public static Language of(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (COOKIE.equals(cookie.getName())) {
          Optional<Language> chosen = Language.of(cookie.getValue());
          if (chosen.isPresent()) {
            return chosen.get();
          }
        }
      }
    }
    if (request.getHeader("Accept-Language") != null) {
      for (var locale : Collections.list(request.getLocales())) {
        Optional<Language> asked = Language.of(locale.getLanguage());
        if (asked.isPresent()) {
          return asked.get();
        }
      }
    }
    return Language.EN;
  }
}
