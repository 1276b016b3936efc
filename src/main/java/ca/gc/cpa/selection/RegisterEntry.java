package ca.gc.cpa.selection;

import ca.gc.cpa.domain.Officer;
import ca.gc.cpa.domain.WhoIsWhere;
import ca.gc.cpa.i18n.UserMessage;
import java.time.LocalDate;
import java.util.List;

/**
 * An officer as the register knows them: identity and service, qualifications with their dates, tours, and
 * where they are now.
 */
public record RegisterEntry(
    Officer officer,
    LocalDate serviceStart,
    List<String> languages,
    List<LanguageTest> languageTests,
    LocalDate licenceSince,
    LocalDate manualDrivingSince,
    LocalDate firearmsQualifiedOn,
    LocalDate passportExpiry,
    UnAssessment unAssessment,
    List<Clearance> clearances,
    Availability availability,
    List<WhoIsWhere.Line> tours) {

  /** a language test: the UN's own ({@code UN}) or the home service's ({@code SERVICE}) */
  public record LanguageTest(String language, String kind, int score, LocalDate testedOn) {}

  /** the officer's latest UN assessment ({@code PASSED} or {@code FAILED}); a pass counts until {@code validUntil} */
  public record UnAssessment(String result, LocalDate on, LocalDate validUntil) {}

  /** a clearance ({@code SECURITY}) with its verdict, date and expiry (none: not reused) */
  public record Clearance(String kind, String verdict, LocalDate grantedOn, LocalDate expiresOn) {}

  /**
   * Where the officer is now: {@code AVAILABLE}, {@code NOMINATED} (in an open selection), {@code ON_TOUR}
   * (selected, preparing or in mission) or {@code REINTEGRATION} (on the way home, until back at work).
   */
  public record Availability(String status, @UserMessage String where) {
    public static final Availability AVAILABLE = new Availability("AVAILABLE", null);

    public boolean available() {
      return "AVAILABLE".equals(status);
    }
  }

  /** full years of service on a day */
  public int yearsOfServiceOn(LocalDate day) {
    return serviceStart == null ? 0 : Math.max(0, java.time.Period.between(serviceStart, day).getYears());
  }

  /** full years driving a manual vehicle on a day (0 when never) */
  public int manualDrivingYearsOn(LocalDate day) {
    return manualDrivingSince == null ? 0 : Math.max(0, java.time.Period.between(manualDrivingSince, day).getYears());
  }

  /** the latest UN language test in a language, if any */
  public LanguageTest latestUnTest(String language) {
    return languageTests.stream().filter(t -> "UN".equals(t.kind()) && t.language().equals(language))
        .max(java.util.Comparator.comparing(LanguageTest::testedOn)).orElse(null);
  }

  /** the latest security clearance still valid on a day, if any */
  public Clearance validSecurityClearance(LocalDate day) {
    return clearances.stream()
        .filter(c -> "SECURITY".equals(c.kind()) && "CLEARED".equals(c.verdict()) && c.expiresOn() != null
            && !c.expiresOn().isBefore(day))
        .max(java.util.Comparator.comparing(Clearance::grantedOn)).orElse(null);
  }
}
