package ca.gc.cpa.i18n;

import java.util.Locale;
import java.util.Optional;

/** The two official languages the CPA works in; English is the default. */
public enum Language {
  EN, FR;

  /** the language of a tag such as {@code fr}, {@code fr-CA} or {@code EN}; empty for any other */
  public static Optional<Language> of(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    String primary = tag.strip().split("[-_]", 2)[0].toUpperCase(Locale.ROOT);
    for (Language language : values()) {
      if (language.name().equals(primary)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /** the tag the web apps and HTTP use: {@code en}, {@code fr} */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
