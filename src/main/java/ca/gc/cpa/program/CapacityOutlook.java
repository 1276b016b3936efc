package ca.gc.cpa.program;

import ca.gc.cpa.cap.ProgramCap;
import ca.gc.cpa.domain.EngineClock;
import java.util.List;
import org.springframework.stereotype.Component;

/** The capacity forecast from today's records ({@link CapacityForecast}), for the program or a partner service. */
@Component
public class CapacityOutlook {

  private final ProgramRecords records;
  private final ProgramCap cap;
  private final ProgramViewProperties properties;

  public CapacityOutlook(ProgramRecords records, ProgramCap cap, ProgramViewProperties properties) {
    this.records = records;
    this.cap = cap;
    this.properties = properties;
  }

  /**
   * Officers abroad each month of the forecast; with a proposal, also with that mission's ceiling added. A
   * partner service sees its own officers' tours only (the program's rotations are not yet anyone's).
   */
  public CapacityForecast.Forecast forecast(ProgramView.Scope scope, CapacityForecast.Proposal proposal) {
    List<CapacityForecast.MissionPlan> plans = scope.wholeProgram() ? records.missions().stream()
        .map(m -> new CapacityForecast.MissionPlan(m.businessKey(), m.status(), m.ceiling(), m.positions(),
            m.firstDeployment(), m.tourMonths())).toList() : List.of();
    return new CapacityForecast(cap.current(), properties.forecastMonths())   // the cap ministers last set
        .forecast(EngineClock.today(), records.tours(scope.agencies()), plans, proposal);
  }
}
