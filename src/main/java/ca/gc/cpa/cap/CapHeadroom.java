package ca.gc.cpa.cap;



/**
 * How many more officers the program can commit under the cap ministers set ({@link ProgramCap}).
 *
 * @param cap officers abroad at one time, whole program
 * @param committed the ceilings of missions not closed
 */
public record CapHeadroom(int cap, int committed) {

  public int headroom() {
    return Math.max(0, cap - committed);
  }

  /** a ceiling would take the committed officers over the cap */
  public boolean exceededBy(int ceiling) {
    return committed + ceiling > cap;
  }

  /** the headroom of one mission already counted in what is committed: what its ceiling may grow to */
  public CapHeadroom without(int ceilingOfTheMission) {
    return new CapHeadroom(cap, committed - ceilingOfTheMission);
  }
}
