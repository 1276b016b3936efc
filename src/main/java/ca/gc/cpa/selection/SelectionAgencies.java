package ca.gc.cpa.selection;

import ca.gc.cpa.domain.Agency;
import ca.gc.cpa.domain.AgencyRepository;
import java.util.List;
import org.springframework.stereotype.Component;

/** The services a call for expressions of interest goes to: the RCMP and every active partner service. */
@Component("selectionAgencies")
public class SelectionAgencies {

  private final AgencyRepository agencies;

  public SelectionAgencies(AgencyRepository agencies) {
    this.agencies = agencies;
  }

  public List<String> activeCodes() {
    return agencies.findActive().stream().map(Agency::code).toList();
  }
}
