package ca.gc.cpa.review;

/**
 * How many more officers the program can commit under its cap.
 *
 * @param cap officers abroad at one time, whole program
 * @param committed the ceilings of missions not closed
 */
public record CapHeadroom(int cap, int committed) {

  public int headroom() {
    return Math.max(0, cap - committed);
  }

  /** a ceiling fits when it is positive and within the headroom */
  public boolean fits(int ceiling) {
    return ceiling >= 1 && ceiling <= headroom();
  }
}
