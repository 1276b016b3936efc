package ca.gc.cpa.selection;

import static ca.gc.cpa.process.LegacyReaders.bool;
import static ca.gc.cpa.process.LegacyReaders.string;
import static ca.gc.cpa.selection.SelectionVariables.*;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.forms.FormValues;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the nomination of an officer of the register (registering a new officer first when the service did so in
 * the same form). The nomination keeps what the register said that day (years of service, languages, the mark in the
 * position's language, driving, passport, UN assessment): the history of what the rules saw.
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
    String agency = string(execution, AGENCY_CODE);
    LocalDate today = EngineClock.today();
    FormValues answers = new FormValues(Map.of(), execution::getVariable, today, null);
    long officerId = REGISTER_AND_NOMINATE.equals(string(execution, NOMINATING))
        ? register.register(NominateOfficerCheck.newOfficer(answers, agency), "nomination " + execution.getProcessBusinessKey())
        : NominateOfficerCheck.officerId(answers).orElseThrow();
    RegisterEntry officer = register.entry(officerId).orElseThrow();
    String positionLanguage = string(execution, POSITION_LANGUAGE);
    RegisterEntry.LanguageTest mark = officer.latestUnTest(positionLanguage);
    long id = nominations.insert(new Nomination(null, ((Number) execution.getVariable(SELECTION_ID)).longValue(),
        officerId, agency, NominationStatus.NOMINATED, officer.yearsOfServiceOn(today),
        String.join(",", officer.languages()), mark == null ? 0 : mark.score(), officer.licenceSince(),
        officer.manualDrivingYearsOn(today), bool(execution, NOMINEE_DISCIPLINE_CLEAR),
        bool(execution, NOMINEE_OPEN_INVESTIGATION), officer.passportExpiry(),
        officer.unAssessment() != null && "PASSED".equals(officer.unAssessment().result()) ? officer.unAssessment().on() : null,
        null, null, null, null, null, null));
    // the nominee's file, local to this service's scope (see NOMINEE_FILE)
    Map<String, Object> file = new HashMap<>();
    NOMINEE_FILE.forEach(name -> file.put(name, null));
    file.put(NOMINATION_ID, id);
    file.put(NOMINEE_OFFICER_ID, String.valueOf(officerId));
    file.put(NOMINEE_NAME, officer.officer().displayName());
    execution.setVariablesLocal(file);
  }
}
