package ca.gc.cpa.selection;



/** A service keeps its police: no more than a share of its sworn strength (or a number of officers) abroad at once. */
public final class ReleaseRule {

  private final SelectionProperties properties;

  public ReleaseRule(SelectionProperties properties) {
    this.properties = properties;
  }

  public record Result(boolean allowed, int limit, String reason) {}

  /** the most officers of a service that may be abroad at once */
  public int limit(int swornStrength) {
    int byShare = (int) Math.floor(swornStrength * properties.releaseSharePercent() / 100.0 + 1e-9);
    return properties.releaseMaxOfficers() > 0 ? Math.min(byShare, properties.releaseMaxOfficers()) : byShare;
  }

  /** whether one more officer may leave, given those abroad or committed now */
  public Result check(int swornStrength, int abroadOrCommitted) {
    int limit = limit(swornStrength);
    if (abroadOrCommitted + 1 > limit) {
      return new Result(false, limit, "the service already has %d officer(s) abroad or committed; its limit is %d"
          .formatted(abroadOrCommitted, limit));
    }
    return new Result(true, limit, null);
  }
}
