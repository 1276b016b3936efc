package ca.gc.cpa.selection;

import static ca.gc.cpa.process.LegacyReaders.integer;
import static ca.gc.cpa.process.LegacyReaders.string;
import static ca.gc.cpa.selection.SelectionVariables.*;

import ca.gc.cpa.domain.Officer;
import ca.gc.cpa.domain.OfficerRepository;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Picks the best-ranked nominee still in the pool ({@link CandidateRanking}) and shows the share of women among the
 * rotation's nominees and the program's ({@link WomenShareRule}); an empty pool reopens the call.
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
    long selectionId = ((Number) execution.getVariable(SELECTION_ID)).longValue();
    List<Nomination> all = nominations.bySelection(selectionId);
    List<Candidate> pool = all.stream()
        .filter(n -> n.status() == NominationStatus.SHORTLISTED)
        .map(n -> new Candidate(n.id(), n.recommendation(), n.interviewScore(), n.languageScore(), n.yearsOfService()))
        .toList();
    List<Candidate> ranked = CandidateRanking.rank(pool);
    int[] inRotation = nominations.nomineesAndWomenInRotation(string(execution, MISSION_BUSINESS_KEY),
        integer(execution, ROTATION));
    int[] inProgram = nominations.nomineesAndWomenInProgram();
    WomenShareRule.Share rotation = womenShare.of(inRotation[1], inRotation[0]);
    WomenShareRule.Share program = womenShare.of(inProgram[1], inProgram[0]);
    execution.setVariable(NOMINEE_COUNT, rotation.nominees());
    execution.setVariable(WOMEN_SHARE_PERCENT, rotation.percent());
    execution.setVariable(PROGRAM_WOMEN_SHARE_PERCENT, program.percent());
    execution.setVariable(WOMEN_SHARE_BELOW_TARGET, rotation.belowTarget());
    execution.setVariable(WOMEN_SHARE_NOTE, womenShare.note(rotation, program));
    execution.setVariable(WOMEN_SHARE_REASON, null);
    if (ranked.isEmpty()) {
      execution.setVariable(CANDIDATE_FOUND, false);
      execution.setVariable(CANDIDATE_NOMINATION_ID, null);
      execution.setVariable(CANDIDATE_NAME, null);
      execution.setVariable(CANDIDATE_AGENCY_CODE, null);
      execution.setVariable(CANDIDATE_SUMMARY, null);
      execution.setVariable(CALL_ROUND, integer(execution, CALL_ROUND, 1) + 1);
      return;
    }
    Candidate best = ranked.get(0);
    Nomination n = all.stream().filter(x -> x.id() == best.nominationId()).findFirst().orElseThrow();
    Officer officer = officers.find(n.officerId()).orElseThrow();
    execution.setVariable(CANDIDATE_FOUND, true);
    execution.setVariable(CANDIDATE_NOMINATION_ID, n.id());
    execution.setVariable(CANDIDATE_NAME, officer.displayName());
    execution.setVariable(CANDIDATE_AGENCY_CODE, n.agencyCode());
    execution.setVariable(CANDIDATE_SUMMARY, "%s; interview %d; UN language mark %s; %d years of service; %d candidate(s) in the pool"
        .formatted(n.recommendation(), n.interviewScore(), n.languageScore() > 0 ? n.languageScore() + "%" : "none on file",
            n.yearsOfService(), ranked.size()));
    execution.setVariable(SELECTION_DECISION, null);
    execution.setVariable(OFFER_ANSWER, null);
    execution.setVariable(LEAD_ANSWER, null);
  }
}
