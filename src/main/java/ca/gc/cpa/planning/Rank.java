package ca.gc.cpa.planning;

/** Police ranks, lowest first, with the short form officers and forms use ("Sgt"). */
public enum Rank {
  CST("Cst"),
  CPL("Cpl"),
  SGT("Sgt"),
  SSGT("S/Sgt"),
  INSP("Insp"),
  SUPT("Supt"),
  CSUPT("C/Supt");

  private final String label;

  Rank(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** the rank for its short form ("S/Sgt") or its name ("SSGT") */
  public static Rank of(String labelOrName) {
    for (Rank r : values()) {
      if (r.label.equals(labelOrName) || r.name().equals(labelOrName)) {
        return r;
      }
    }
    throw new IllegalArgumentException("Unknown rank " + labelOrName);
  }

  public boolean isAtLeast(Rank other) {
    return compareTo(other) >= 0;
  }
}
