package ca.gc.cpa.selection;

import static ca.gc.cpa.process.CandidateSelectionProcess.*;

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
    String agency = AGENCY_CODE.orNull(execution);
    LocalDate today = EngineClock.today();
    FormValues answers = new FormValues(Map.of(), execution::getVariable, today, null);
    long officerId = REGISTER_AND_NOMINATE.equals(NOMINATING.orNull(execution))
        ? register.register(NominateOfficerCheck.newOfficer(answers, agency), "nomination " + execution.getProcessBusinessKey())
        : NominateOfficerCheck.officerId(answers).orElseThrow();
    RegisterEntry officer = register.entry(officerId).orElseThrow();
    String positionLanguage = POSITION_LANGUAGE.orNull(execution);
    RegisterEntry.LanguageTest mark = officer.latestUnTest(positionLanguage);
    long id = nominations.insert(new Nomination(null, SELECTION_ID.from(execution),
        officerId, agency, NominationStatus.NOMINATED, officer.yearsOfServiceOn(today),
        String.join(",", officer.languages()), mark == null ? 0 : mark.score(), officer.licenceSince(),
        officer.manualDrivingYearsOn(today), NOMINEE_DISCIPLINE_CLEAR.orElse(execution, false),
        NOMINEE_OPEN_INVESTIGATION.orElse(execution, false), officer.passportExpiry(),
        officer.unAssessment() != null && "PASSED".equals(officer.unAssessment().result()) ? officer.unAssessment().on() : null,
        null, null, null, null, null, null));
    // the nominee's file, local to this service's scope (see NOMINEE_FILE)
    Map<String, Object> file = new HashMap<>();
    NOMINEE_FILE.forEach(variable -> file.put(variable.name(), null));
    file.put(NOMINATION_ID.name(), id);
    file.put(NOMINEE_OFFICER_ID.name(), String.valueOf(officerId));
    file.put(NOMINEE_NAME.name(), officer.officer().displayName());
    execution.setVariablesLocal(file);
  }
}
