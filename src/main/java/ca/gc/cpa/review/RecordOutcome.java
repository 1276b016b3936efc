package ca.gc.cpa.review;

import static ca.gc.cpa.process.AssistanceRequestProcess.*;

import ca.gc.cpa.domain.AssistanceRequestRepository;
import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.RequestStatus;
import ca.gc.cpa.process.AssistanceRequestProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outcomes of a request as the model reaches them: ministers decided, the official request never
 * came (lapsed), or the requester withdrew. Each sets {@code outcome} and its reasons for the reply.
 */
@Configuration
public class RecordOutcome {

  /** Record the decision: approved with the ministers' ceiling, or declined with their rationale. */
  @Bean("recordDecision")
  JavaDelegate recordDecision(AssistanceRequestRepository requests) {
    return execution -> {
      boolean approved = APPROVE.equals(execution.getVariable(AssistanceRequestProcess.MINISTERIAL_DECISION.name()));
      String rationale = "Ministerial decision " + AssistanceRequestProcess.DECISION_REFERENCE.orNull(execution) + " of "
          + AssistanceRequestProcess.DECISION_DATE.orNull(execution) + ": " + AssistanceRequestProcess.DECISION_RATIONALE.orNull(execution);
      Integer ceiling = approved ? AssistanceRequestProcess.MISSION_CEILING.orNull(execution) : null;
      requests.recordDecision(execution.getProcessBusinessKey(), ceiling, rationale, EngineClock.now());
      setOutcome(execution, approved ? RequestStatus.APPROVED : RequestStatus.DECLINED,
          approved ? rationale : rationale + "\nRecommendation to ministers: " + AssistanceRequestProcess.RECOMMENDATION_REASONS.orNull(execution));
    };
  }

  /** Record the lapse: no official request arrived in time. */
  @Bean("recordLapse")
  JavaDelegate recordLapse(ReviewProperties properties) {
    return execution -> setOutcome(execution, RequestStatus.LAPSED,
        "No official request was received within " + properties.officialRequestLapse().toDays() + " days.");
  }

  /** Record the withdrawal, with the requester's reason (message RequestWithdrawn). */
  @Bean("recordWithdrawal")
  JavaDelegate recordWithdrawal() {
    return execution -> setOutcome(execution, RequestStatus.WITHDRAWN,
        "Withdrawn by the requester: " + AssistanceRequestProcess.WITHDRAWAL_REASON.orNull(execution));
  }

  /** Close the request: its record keeps the outcome once the instance ends. */
  @Bean("closeRequest")
  JavaDelegate closeRequest(AssistanceRequestRepository requests) {
    return execution -> requests.close(execution.getProcessBusinessKey(),
        RequestStatus.valueOf(AssistanceRequestProcess.OUTCOME.orNull(execution)), AssistanceRequestProcess.OUTCOME_REASONS.orNull(execution), EngineClock.now());
  }

  static void setOutcome(DelegateExecution execution, RequestStatus outcome, String reasons) {
    AssistanceRequestProcess.OUTCOME.set(execution, outcome.name());
    AssistanceRequestProcess.OUTCOME_REASONS.set(execution, reasons);
  }
}
