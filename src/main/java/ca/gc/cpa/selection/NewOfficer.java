package ca.gc.cpa.selection;

import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.planning.Rank;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An officer as their service registers them (once): {@code POST /api/officers} and "Nominate an officer" when the
 * officer is not yet in the register. {@link #violations(LocalDate)} is the one rule both apply.
 *
 * @param rank a {@link Rank} name ({@code SGT})
 * @param sex {@code F}, {@code M} or {@code X}
 * @param languages languages spoken ({@code EN}, {@code FR})
 * @param languageTests language tests with their results and dates
 * @param manualDrivingSince since when the officer drives a manual vehicle (none: never)
 * @param firearmsQualifiedOn the officer's latest firearms qualification (none: not qualified)
 * @param unAssessmentResult the latest UN assessment, {@code PASSED} or {@code FAILED} (none: never assessed)
 */
public record NewOfficer(
    String agencyCode,
    String serviceNumber,
    String givenName,
    String familyName,
    String rank,
    String sex,
    LocalDate dateOfBirth,
    LocalDate serviceStart,
    List<String> languages,
    List<RegisterEntry.LanguageTest> languageTests,
    LocalDate licenceSince,
    LocalDate manualDrivingSince,
    LocalDate firearmsQualifiedOn,
    LocalDate passportExpiry,
    String unAssessmentResult,
    LocalDate unAssessmentOn) {

  static final Pattern SERVICE_NUMBER = Pattern.compile("^[A-Za-z0-9-]{1,32}$");
  static final Set<String> LANGUAGES = Set.of("EN", "FR");
  static final Set<String> SEXES = Set.of("F", "M", "X");
  static final Set<String> TEST_KINDS = Set.of("UN", "SERVICE");
  static final Set<String> RESULTS = Set.of("PASSED", "FAILED");

  /** every field that breaks the register's rules, named as in the API (the form maps them to its own keys) */
  public List<FieldViolation> violations(LocalDate today) {
    List<FieldViolation> out = new ArrayList<>();
    if (serviceNumber == null || !SERVICE_NUMBER.matcher(serviceNumber).matches()) {
      out.add(new FieldViolation("serviceNumber", "is required: 1 to 32 letters, digits or hyphens"));
    }
    text(out, "givenName", givenName);
    text(out, "familyName", familyName);
    if (rank == null || java.util.Arrays.stream(Rank.values()).noneMatch(r -> r.name().equals(rank))) {
      out.add(new FieldViolation("rank", "must be one of " + java.util.Arrays.toString(Rank.values())));
    }
    if (sex == null || !SEXES.contains(sex)) {
      out.add(new FieldViolation("sex", "must be F, M or X"));
    }
    if (dateOfBirth == null) {
      out.add(new FieldViolation("dateOfBirth", "is required"));
    } else if (Period.between(dateOfBirth, today).getYears() < 18) {
      out.add(new FieldViolation("dateOfBirth", "the officer must be at least 18"));
    }
    if (serviceStart == null) {
      out.add(new FieldViolation("serviceStart", "is required (the day the officer was sworn in)"));
    } else if (serviceStart.isAfter(today)) {
      out.add(new FieldViolation("serviceStart", "must not be in the future"));
    } else if (dateOfBirth != null && serviceStart.isBefore(dateOfBirth.plusYears(18))) {
      out.add(new FieldViolation("serviceStart", "must be on or after the officer's 18th birthday"));
    }
    if (languages == null || languages.isEmpty() || !LANGUAGES.containsAll(languages)) {
      out.add(new FieldViolation("languages", "name at least one language, EN or FR"));
    }
    List<RegisterEntry.LanguageTest> tests = languageTests == null ? List.of() : languageTests;
    for (int i = 0; i < tests.size(); i++) {
      RegisterEntry.LanguageTest t = tests.get(i);
      String field = "languageTests[" + i + "]";
      if (t == null || t.language() == null || !LANGUAGES.contains(t.language())) {
        out.add(new FieldViolation(field + ".language", "must be EN or FR"));
      } else if (!TEST_KINDS.contains(t.kind())) {
        out.add(new FieldViolation(field + ".kind", "must be UN (the UN's test) or SERVICE (the service's own)"));
      } else if (t.score() < 0 || t.score() > 100) {
        out.add(new FieldViolation(field + ".score", "must be 0 to 100"));
      } else if (t.testedOn() == null || t.testedOn().isAfter(today)) {
        out.add(new FieldViolation(field + ".testedOn", "is required and must not be in the future"));
      }
    }
    past(out, "licenceSince", licenceSince, today, true);
    past(out, "manualDrivingSince", manualDrivingSince, today, false);
    past(out, "firearmsQualifiedOn", firearmsQualifiedOn, today, false);
    if (passportExpiry == null) {
      out.add(new FieldViolation("passportExpiry", "is required"));
    }
    if ((unAssessmentResult == null) != (unAssessmentOn == null)) {
      out.add(new FieldViolation("unAssessmentOn", "give both the UN assessment's result and its date, or neither"));
    } else if (unAssessmentResult != null && !RESULTS.contains(unAssessmentResult)) {
      out.add(new FieldViolation("unAssessmentResult", "must be PASSED or FAILED"));
    } else {
      past(out, "unAssessmentOn", unAssessmentOn, today, false);
    }
    return out;
  }

  private static void text(List<FieldViolation> out, String field, String value) {
    if (value == null || value.isBlank() || value.length() > 100) {
      out.add(new FieldViolation(field, "is required, up to 100 characters"));
    }
  }

  private static void past(List<FieldViolation> out, String field, LocalDate value, LocalDate today, boolean required) {
    if (value == null) {
      if (required) {
        out.add(new FieldViolation(field, "is required"));
      }
    } else if (value.isAfter(today)) {
      out.add(new FieldViolation(field, "must not be in the future"));
    }
  }
}
