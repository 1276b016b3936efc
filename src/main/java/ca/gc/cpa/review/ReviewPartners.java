package ca.gc.cpa.review;

import ca.gc.cpa.identity.CpaGroup;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The CPA partners that review each request, as the groups that work the review: development
 * (GAC development programs), domestic security (Public Safety) and capacity (RCMP IPOB).
 */
@Component("reviewPartners")
public class ReviewPartners {

  static final List<CpaGroup> PARTNERS = List.of(CpaGroup.GAC_DEVELOPMENT, CpaGroup.PS_POLICY, CpaGroup.RCMP_IPOB);

  /** the candidate groups of the parallel partner reviews */
  public List<String> all() {
    return PARTNERS.stream().map(CpaGroup::id).toList();
  }

  /** the partner's name as staff read it */
  public String name(String groupId) {
    return PARTNERS.stream().filter(g -> g.id().equals(groupId)).findFirst()
        .map(g -> switch (g) {
          case GAC_DEVELOPMENT -> "GAC development programs (development perspective)";
          case PS_POLICY -> "Public Safety Canada (domestic security)";
          default -> "RCMP International Peace Operations Branch (capacity)";
        })
        .orElseThrow(() -> new IllegalArgumentException("Not a reviewing partner: " + groupId));
  }
}
