package ca.gc.cpa.review;

import static ca.gc.cpa.process.AssistanceRequestProcess.*;

import ca.gc.cpa.cap.CapHeadroom;
import ca.gc.cpa.cap.ProgramHeadroom;
import ca.gc.cpa.domain.AssistanceRequestRepository;
import ca.gc.cpa.process.AssistanceRequestProcess;
import ca.gc.cpa.review.ConsolidationRule.Recommendation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Consolidate the partners' positions into a recommendation to ministers ({@link ConsolidationRule}). */
@Component("consolidatePositions")
public class ConsolidatePositions implements JavaDelegate {

  private final PartnerReviews reviews;
  private final ProgramHeadroom headroom;
  private final AssistanceRequestRepository requests;
  private final ConsolidationRule rule;

  public ConsolidatePositions(PartnerReviews reviews, ProgramHeadroom headroom, AssistanceRequestRepository requests,
      ReviewProperties properties) {
    this.reviews = reviews;
    this.headroom = headroom;
    this.requests = requests;
    this.rule = new ConsolidationRule(properties.minimumCeiling());
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Boolean> criteria = new LinkedHashMap<>();
    criteria.put("mandate clear and achievable", AssistanceRequestProcess.yes(execution, AssistanceRequestProcess.CRITERION_MANDATE));
    criteria.put("purpose serves a lasting peace", AssistanceRequestProcess.yes(execution, AssistanceRequestProcess.CRITERION_PURPOSE));
    criteria.put("role suits Canadian policing", AssistanceRequestProcess.yes(execution, AssistanceRequestProcess.CRITERION_ROLE));
    criteria.put("Canadian foreign-policy and development interest", AssistanceRequestProcess.yes(execution, AssistanceRequestProcess.CRITERION_INTEREST));
    criteria.put("official request received", AssistanceRequestProcess.yes(execution, AssistanceRequestProcess.CRITERION_OFFICIAL_REQUEST));
    String businessKey = execution.getProcessBusinessKey();
    List<PartnerPosition> positions = reviews.of(businessKey);
    CapHeadroom now = headroom.now();
    Recommendation r = rule.consolidate(criteria, positions, AssistanceRequestProcess.OFFICERS_REQUESTED.orNull(execution), now);

    String reasons = r.reasons().isEmpty() ? "All CPA criteria met; every partner supports." : String.join("\n", r.reasons());
    AssistanceRequestProcess.RECOMMENDATION.set(execution, r.decision());
    AssistanceRequestProcess.RECOMMENDATION_REASONS.set(execution, reasons);
    AssistanceRequestProcess.PROPOSED_CEILING.set(execution, r.proposedCeiling());
    AssistanceRequestProcess.OFFICER_CAP.set(execution, now.cap());
    AssistanceRequestProcess.OFFICERS_COMMITTED.set(execution, now.committed());
    AssistanceRequestProcess.HEADROOM.set(execution, now.headroom());
    requests.recordRecommendation(businessKey, r.decision(), reasons);
  }
}
