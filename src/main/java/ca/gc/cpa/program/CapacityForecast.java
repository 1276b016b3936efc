package ca.gc.cpa.program;

import ca.gc.cpa.domain.MissionStatus;
import ca.gc.cpa.domain.TourStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Officers abroad on the first day of each of the next months, from what is known today:
 * <ul>
 *   <li>each tour from its arrival (or planned departure) to the day it left the mission, its end with
 *   the extensions granted, or its planned start and length: an extension keeps the officer longer, an
 *   early return ends the tour on the day the officer left;</li>
 *   <li>planned rotations: each position of an open mission's plan (numbered within its ceiling) is
 *   held again from its first deployment, once the last tour on it ends (the next rotation, or a
 *   reselection after an early return); a closing mission plans no more rotations;</li>
 *   <li>a proposed mission: its ceiling in full from its start.</li>
 * </ul>
 * The peak is the first month with the most officers; the headroom then is the cap less those officers
 * (negative: over the cap); the cap binds from the first month with more officers than the cap.
 */
public final class CapacityForecast {

  private final int cap;
  private final int months;

  public CapacityForecast(int cap, int months) {
    this.cap = cap;
    this.months = months;
  }

  /** what a mission's plan says of its rotations */
  public record MissionPlan(String missionBusinessKey, MissionStatus status, int ceiling, int positions,
      LocalDate firstDeployment, Integer tourMonths) {}

  /** a mission ministers are asked to approve: {@code ceiling} officers from {@code start} */
  public record Proposal(int ceiling, LocalDate start) {}

  public record Month(YearMonth month, int officers, Map<String, Integer> byMission, Integer withProposal) {}

  public record Peak(YearMonth month, int officers, int headroom) {}

  public record Forecast(int cap, List<Month> months, Peak peak, YearMonth overCapFrom, Proposal proposal,
      Peak peakWithProposal, YearMonth overCapFromWithProposal) {}

  public Forecast forecast(LocalDate today, List<TourRecord> tours, List<MissionPlan> plans, Proposal proposal) {
    Map<String, LocalDate> lastEnd = new HashMap<>();
    for (TourRecord t : tours) {
      LocalDate end = t.expectedEnd();
      if (t.status() != TourStatus.CANCELLED && t.expectedStart() != null && end != null) {
        lastEnd.merge(slot(t.missionBusinessKey(), t.positionNumber()), end, (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    List<Month> result = new ArrayList<>();
    YearMonth first = YearMonth.from(today).plusMonths(1);
    for (int i = 0; i < months; i++) {
      YearMonth month = first.plusMonths(i);
      LocalDate day = month.atDay(1);
      Map<String, Integer> byMission = new TreeMap<>();
      for (TourRecord t : tours) {
        if (t.expectedOn(day)) {
          byMission.merge(t.missionBusinessKey(), 1, Integer::sum);
        }
      }
      for (MissionPlan plan : plans) {
        if (plan.status() != MissionStatus.OPEN || plan.firstDeployment() == null || plan.tourMonths() == null
            || plan.tourMonths() < 1 || day.isBefore(plan.firstDeployment())) {
          continue;
        }
        int held = 0;
        for (int p = 1; p <= Math.min(plan.positions(), plan.ceiling()); p++) {
          LocalDate end = lastEnd.get(slot(plan.missionBusinessKey(), p));
          if (end == null || !day.isBefore(end)) {
            held++;
          }
        }
        if (held > 0) {
          byMission.merge(plan.missionBusinessKey(), held, Integer::sum);
        }
      }
      int officers = byMission.values().stream().mapToInt(Integer::intValue).sum();
      Integer withProposal = proposal == null ? null
          : officers + (day.isBefore(proposal.start()) ? 0 : proposal.ceiling());
      result.add(new Month(month, officers, byMission, withProposal));
    }
    return new Forecast(cap, result, peak(result, false), overCapFrom(result, false), proposal,
        proposal == null ? null : peak(result, true), proposal == null ? null : overCapFrom(result, true));
  }

  private YearMonth overCapFrom(List<Month> months, boolean withProposal) {
    return months.stream().filter(m -> (withProposal ? m.withProposal() : m.officers()) > cap).map(Month::month)
        .findFirst().orElse(null);
  }

  private Peak peak(List<Month> months, boolean withProposal) {
    Peak peak = null;
    for (Month m : months) {
      int officers = withProposal ? m.withProposal() : m.officers();
      if (peak == null || officers > peak.officers()) {
        peak = new Peak(m.month(), officers, cap - officers);
      }
    }
    return peak;
  }

  private static String slot(String mission, int position) {
    return mission + "#" + position;
  }
}
