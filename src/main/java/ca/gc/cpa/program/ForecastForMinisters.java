package ca.gc.cpa.program;

import java.time.YearMonth;

/**
 * What ministers read before setting a ceiling: the capacity forecast without the mission and with the
 * ceiling the partners propose, each as its peak month and the headroom under the cap then, and when the
 * cap would bind. The same figures, kept with the decision, say what they saw.
 */
public record ForecastForMinisters(
    int cap,
    int proposedCeiling,
    YearMonth peakMonth,
    int peakOfficers,
    int peakHeadroom,
    YearMonth peakMonthWithCeiling,
    int peakOfficersWithCeiling,
    int peakHeadroomWithCeiling,
    YearMonth overCapFromWithCeiling) {

  public static ForecastForMinisters of(CapacityForecast.Forecast forecast) {
    if (forecast.proposal() == null) {
      throw new IllegalArgumentException("the forecast has no proposed ceiling");
    }
    return new ForecastForMinisters(forecast.cap(), forecast.proposal().ceiling(), forecast.peak().month(),
        forecast.peak().officers(), forecast.peak().headroom(), forecast.peakWithProposal().month(),
        forecast.peakWithProposal().officers(), forecast.peakWithProposal().headroom(), forecast.overCapFromWithProposal());
  }

  /** whether the proposed ceiling keeps every month of the forecast within the cap */
  public boolean withinCap() {
    return withinCap(peakHeadroomWithCeiling);
  }

  /** within the cap: no headroom under it is negative, the peak's (the cap is the same every month) */
  public static boolean withinCap(int peakHeadroomWithCeiling) {
    return peakHeadroomWithCeiling >= 0;
  }

  /** the forecast in two sentences */
  public String summary() {
    String without = "Without this mission: peak of %d officers abroad in %s, headroom %d under the cap of %d."
        .formatted(peakOfficers, peakMonth, peakHeadroom, cap);
    String with = "With the proposed ceiling of %d: peak of %d in %s, headroom %d%s."
        .formatted(proposedCeiling, peakOfficersWithCeiling, peakMonthWithCeiling, peakHeadroomWithCeiling,
            withinCap() ? "" : "; the cap would bind from " + overCapFromWithCeiling);
    return without + "\n" + with;
  }
}
