package ca.gc.cpa.selection;

import static ca.gc.cpa.process.CandidateSelectionProcess.*;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.forms.FormValues;
import ca.gc.cpa.process.Variable;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the nomination of an officer of the register (registering a new officer first when the service did so in
 * the same form). The nomination keeps what the register said that day (years of service, languages, the mark in the
 * position's language, driving, passport, UN assessment): the history of what the rules saw. The form's answers, now
 * in the register and the nomination, leave the service's scope; the nominee's name (which the service's later forms
 * show) and the answers of Confirm release by chief are declared there.
 */
@Component("recordNomination")
public class RecordNomination implements JavaDelegate {

  private final OfficerRegister register;
  private final NominationRepository nominations;

  public RecordNomination(OfficerRegister register, NominationRepository nominations) {
    this.register = register;
    this.nominations = nominations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String agency = AGENCY_CODE.orNull(execution);
    LocalDate today = EngineClock.today();
    FormValues answers = new FormValues(Map.of(), execution::getVariable, today, null);
    long officerId = REGISTER_AND_NOMINATE.equals(NOMINATING.orNull(execution))
        ? register.register(NominateOfficerCheck.newOfficer(answers, agency), "nomination " + execution.getProcessBusinessKey())
        : NominateOfficerCheck.officerId(answers).orElseThrow();
    RegisterEntry officer = register.entry(officerId).orElseThrow();
    String positionLanguage = POSITION_LANGUAGE.orNull(execution);
    RegisterEntry.LanguageTest mark = officer.latestUnTest(positionLanguage);
    long selectionId = nominations.selectionOf(execution.getProcessInstanceId()).id();
    nominations.insert(new Nomination(null, selectionId,
        officerId, agency, NominationStatus.NOMINATED, officer.yearsOfServiceOn(today),
        String.join(",", officer.languages()), mark == null ? 0 : mark.score(), officer.licenceSince(),
        officer.manualDrivingYearsOn(today), NOMINEE_DISCIPLINE_CLEAR.orElse(execution, false),
        NOMINEE_OPEN_INVESTIGATION.orElse(execution, false), officer.passportExpiry(),
        officer.unAssessment() != null && "PASSED".equals(officer.unAssessment().result()) ? officer.unAssessment().on() : null,
        null, null, null, null, null, null));
    execution.removeVariablesLocal(NOMINATION_ANSWERS.stream().map(Variable::name).toList());
    NOMINEE_NAME.setLocal(execution, officer.officer().displayName());
    declareLocal(execution, RELEASE_ANSWERS);
  }
}
