package ca.gc.cpa.review;

/** One CPA partner's position on a request. */
public record PartnerPosition(String partner, Position position, String conditions) {

  public enum Position {
    SUPPORT,
    SUPPORT_WITH_CONDITIONS,
    OPPOSE
  }
}
