package ca.gc.cpa.inmission;

import ca.gc.cpa.i18n.UserMessage;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report from the mission: one per mission, kind and period (a month, {@code yyyy-mm}); a line per
 * officer serving, SERVING unless the commander lists the officer as on leave, unfit for duty or of
 * concern. Last month's report is due on a set day of this month.
 */
public final class MissionReportRule {

  public static final List<String> KINDS = List.of("MONTHLY", "QUARTERLY", "END_OF_TOUR");
  public static final String MONTHLY = "MONTHLY";
  public static final String SERVING = "SERVING";
  public static final String ON_LEAVE = "ON_LEAVE";
  public static final String UNFIT = "UNFIT";
  public static final String CONCERN = "CONCERN";

  private MissionReportRule() {}

  public static Optional<YearMonth> period(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(YearMonth.parse(text.trim()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** the period a report may cover on that day: this month or an earlier one, never a later one */
  public static boolean reportable(YearMonth period, LocalDate today) {
    return !period.isAfter(YearMonth.from(today));
  }

  /** the month whose report is checked on that day: the one before */
  public static YearMonth periodDue(LocalDate today) {
    return YearMonth.from(today).minusMonths(1);
  }

  /**
   * Is a report due for the period? When an officer serving in the mission now was there in it: arrived on or
   * before its last day. A contingent whose first officer arrived after the period owes no report for it.
   */
  public static boolean due(YearMonth period, Collection<LocalDate> arrivalsOfThoseServing) {
    return arrivalsOfThoseServing.stream().anyMatch(arrived -> arrived != null && !arrived.isAfter(period.atEndOfMonth()));
  }

  /**
   * The status of each officer serving; an officer listed twice, or not serving in the mission, is an error
   * under the list's field.
   */
  public static Lines lines(Collection<String> serving, Map<String, List<String>> listedByStatusField,
      Map<String, String> statusOfField) {
    Map<String, String> status = new LinkedHashMap<>();
    serving.forEach(t -> status.put(t, SERVING));
    Map<String, String> listedIn = new HashMap<>();
    List<Lines.Problem> problems = new ArrayList<>();
    listedByStatusField.forEach((field, tours) -> tours.forEach(tour -> {
      if (!serving.contains(tour)) {
        problems.add(new Lines.Problem(field, tour + " is not an officer serving in this mission"));
      } else if (listedIn.containsKey(tour)) {
        problems.add(new Lines.Problem(field, tour + " is already listed under " + listedIn.get(tour)));
      } else {
        listedIn.put(tour, field);
        status.put(tour, statusOfField.get(field));
      }
    }));
    return new Lines(status, problems);
  }

  public record Lines(Map<String, String> statusByTour, List<Problem> problems) {
    public record Problem(String field, @UserMessage String message) {}
  }
}
