package ca.gc.cpa.program;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Who is abroad on a day, broken down by what a manager asks for, and month by month over the years. */
public final class AbroadRule {

  private AbroadRule() {}

  /** one month of the history: officers abroad on its first day, the women among them, per mission */
  public record Month(YearMonth month, int abroad, int women, Map<String, Integer> byMission) {}

  public static List<TourRecord> on(List<TourRecord> tours, LocalDate day) {
    return tours.stream().filter(t -> t.abroadOn(day)).toList();
  }

  /** officers abroad on the day, counted by a key (mission, service, rank, role), keys in order */
  public static Map<String, Integer> by(List<TourRecord> tours, LocalDate day, Function<TourRecord, String> key) {
    Map<String, Integer> counts = new TreeMap<>();
    for (TourRecord t : tours) {
      if (t.abroadOn(day)) {
        counts.merge(String.valueOf(key.apply(t)), 1, Integer::sum);
      }
    }
    return counts;
  }

  /**
   * Officers abroad on the first day of every month from the month of the first arrival to the month of
   * {@code today} (that month counted on {@code today}); empty when nobody ever arrived.
   */
  public static List<Month> monthly(List<TourRecord> tours, LocalDate today) {
    LocalDate first = tours.stream().filter(t -> t.arrivedOn() != null && !t.arrivedOn().isAfter(today))
        .map(TourRecord::arrivedOn).min(LocalDate::compareTo).orElse(null);
    if (first == null) {
      return List.of();
    }
    List<Month> months = new ArrayList<>();
    YearMonth current = YearMonth.from(today);
    for (YearMonth m = YearMonth.from(first); !m.isAfter(current); m = m.plusMonths(1)) {
      LocalDate day = m.equals(current) ? today : m.atDay(1);
      int abroad = 0;
      int women = 0;
      Map<String, Integer> byMission = new TreeMap<>();
      for (TourRecord t : tours) {
        if (t.abroadOn(day)) {
          abroad++;
          women += t.woman() ? 1 : 0;
          byMission.merge(t.missionBusinessKey(), 1, Integer::sum);
        }
      }
      months.add(new Month(m, abroad, women, byMission));
    }
    return months;
  }
}
