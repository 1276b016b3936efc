package ca.gc.cpa.selection;

import static ca.gc.cpa.planning.MissionVariables.bool;
import static ca.gc.cpa.planning.MissionVariables.date;
import static ca.gc.cpa.planning.MissionVariables.integer;
import static ca.gc.cpa.planning.MissionVariables.string;
import static ca.gc.cpa.selection.SelectionVariables.*;

import ca.gc.cpa.domain.Officer;
import ca.gc.cpa.domain.OfficerRepository;
import ca.gc.cpa.forms.FormValues;
import ca.gc.cpa.planning.Rank;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the nominated officer and the nomination (the per-nominee data lives in the tables). */
@Component("recordNomination")
public class RecordNomination implements JavaDelegate {

  private final OfficerRepository officers;
  private final NominationRepository nominations;

  public RecordNomination(OfficerRepository officers, NominationRepository nominations) {
    this.officers = officers;
    this.nominations = nominations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String agency = string(execution, AGENCY_CODE);
    Officer officer = officers.save(new Officer(null, agency, string(execution, NOMINEE_SERVICE_NUMBER),
        string(execution, NOMINEE_GIVEN_NAME), string(execution, NOMINEE_FAMILY_NAME),
        Rank.of(string(execution, NOMINEE_RANK)).label(), string(execution, NOMINEE_GENDER),
        date(execution, NOMINEE_DATE_OF_BIRTH)));
    Object raw = execution.getVariable(NOMINEE_LANGUAGES);
    List<String> languages = raw == null ? List.of()
        : FormValues.of(Map.of(NOMINEE_LANGUAGES, raw), null).list(NOMINEE_LANGUAGES).orElse(List.of());
    long id = nominations.insert(new Nomination(null, ((Number) execution.getVariable(SELECTION_ID)).longValue(),
        officer.id(), agency, NominationStatus.NOMINATED, integer(execution, NOMINEE_YEARS_OF_SERVICE),
        String.join(",", languages), integer(execution, NOMINEE_LANGUAGE_SCORE), date(execution, NOMINEE_LICENCE_DATE),
        integer(execution, NOMINEE_MANUAL_YEARS), bool(execution, NOMINEE_DISCIPLINE_CLEAR),
        bool(execution, NOMINEE_OPEN_INVESTIGATION), date(execution, NOMINEE_PASSPORT_EXPIRY),
        date(execution, NOMINEE_UN_ASSESSMENT_ON), null, null, null, null, null, null));
    // the nominee's file, local to this service's scope (see NOMINEE_FILE)
    Map<String, Object> file = new HashMap<>();
    NOMINEE_FILE.forEach(name -> file.put(name, null));
    file.put(NOMINATION_ID, id);
    file.put(NOMINEE_NAME, officer.displayName());
    execution.setVariablesLocal(file);
  }
}
