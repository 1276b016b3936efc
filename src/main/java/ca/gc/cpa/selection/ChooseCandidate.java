package ca.gc.cpa.selection;

import static ca.gc.cpa.process.CandidateSelectionProcess.*;

import ca.gc.cpa.domain.Officer;
import ca.gc.cpa.domain.OfficerRepository;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Picks the best-ranked nominee still in the pool ({@link CandidateRanking}) and shows the share of women among the
 * rotation's nominees and the program's ({@link WomenShareRule}); the candidate is the selection's (its row), the
 * forms show their name, service and summary. An empty pool reopens the call (the row's call round).
 */
@Component("chooseCandidate")
public class ChooseCandidate implements JavaDelegate {

  private final NominationRepository nominations;
  private final OfficerRepository officers;
  private final WomenShareRule womenShare;

  public ChooseCandidate(NominationRepository nominations, OfficerRepository officers, SelectionProperties properties) {
    this.nominations = nominations;
    this.officers = officers;
    this.womenShare = new WomenShareRule(properties);
  }

  @Override
  public void execute(DelegateExecution execution) {
    Selection selection = nominations.selectionOf(execution.getProcessInstanceId());
    List<Nomination> all = nominations.bySelection(selection.id());
    List<Candidate> pool = all.stream()
        .filter(n -> n.status() == NominationStatus.SHORTLISTED)
        .map(n -> new Candidate(n.id(), n.recommendation(), n.interviewScore(), n.languageScore(), n.yearsOfService()))
        .toList();
    List<Candidate> ranked = CandidateRanking.rank(pool);
    int[] inRotation = nominations.nomineesAndWomenInRotation(selection.missionBusinessKey(), selection.rotation());
    int[] inProgram = nominations.nomineesAndWomenInProgram();
    WomenShareRule.Share rotation = womenShare.of(inRotation[1], inRotation[0]);
    WomenShareRule.Share program = womenShare.of(inProgram[1], inProgram[0]);
    NOMINEE_COUNT.set(execution, rotation.nominees());
    WOMEN_SHARE_PERCENT.set(execution, rotation.percent());
    PROGRAM_WOMEN_SHARE_PERCENT.set(execution, program.percent());
    WOMEN_SHARE_BELOW_TARGET.set(execution, rotation.belowTarget());
    WOMEN_SHARE_NOTE.set(execution, womenShare.note(rotation, program));
    WOMEN_SHARE_REASON.set(execution, null);
    if (ranked.isEmpty()) {
      CANDIDATE_FOUND.set(execution, false);
      CANDIDATE_NAME.set(execution, null);
      CANDIDATE_AGENCY_CODE.set(execution, null);
      CANDIDATE_SUMMARY.set(execution, null);
      nominations.reopenCall(selection.id());
      return;
    }
    Candidate best = ranked.get(0);
    Nomination n = all.stream().filter(x -> x.id() == best.nominationId()).findFirst().orElseThrow();
    Officer officer = officers.find(n.officerId()).orElseThrow();
    nominations.considerCandidate(selection.id(), n.id());
    CANDIDATE_FOUND.set(execution, true);
    CANDIDATE_NAME.set(execution, officer.displayName());
    CANDIDATE_AGENCY_CODE.set(execution, n.agencyCode());
    CANDIDATE_SUMMARY.set(execution, "%s; interview %d; UN language mark %s; %d years of service; %d candidate(s) in the pool"
        .formatted(n.recommendation(), n.interviewScore(), n.languageScore() > 0 ? n.languageScore() + "%" : "none on file",
            n.yearsOfService(), ranked.size()));
    SELECTION_DECISION.set(execution, null);
    OFFER_ANSWER.set(execution, null);
    LEAD_ANSWER.set(execution, null);
  }
}
