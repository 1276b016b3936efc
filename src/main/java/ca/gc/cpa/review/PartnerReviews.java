package ca.gc.cpa.review;

import ca.gc.cpa.review.PartnerPosition.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The partners' latest recorded positions on a request (table request_review). */
@Component
public class PartnerReviews {

  static final String STEP_PREFIX = "PARTNER_REVIEW:";

  private final JdbcClient jdbc;
  private final ReviewPartners partners;

  public PartnerReviews(JdbcClient jdbc, ReviewPartners partners) {
    this.jdbc = jdbc;
    this.partners = partners;
  }

  public List<PartnerPosition> of(String businessKey) {
    Map<String, PartnerPosition> latest = new LinkedHashMap<>();
    jdbc.sql("SELECT step, position, rationale FROM request_review WHERE business_key = ? AND step LIKE ? ORDER BY id")
        .params(businessKey, STEP_PREFIX + "%")
        .query((rs, i) -> {
          String group = rs.getString("step").substring(STEP_PREFIX.length());
          return new PartnerPosition(partners.name(group), Position.valueOf(rs.getString("position")),
              conditionsOf(rs.getString("rationale")));
        })
        .list()
        .forEach(p -> latest.put(p.partner(), p));
    return new ArrayList<>(latest.values());
  }

  private static String conditionsOf(String rationale) {
    int at = rationale == null ? -1 : rationale.indexOf("\nConditions: ");
    return at < 0 ? "" : rationale.substring(at + "\nConditions: ".length());
  }
}
