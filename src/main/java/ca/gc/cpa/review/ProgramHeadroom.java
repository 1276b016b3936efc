package ca.gc.cpa.review;

import ca.gc.cpa.config.ProgramProperties;
import ca.gc.cpa.domain.MissionRepository;
import org.springframework.stereotype.Component;

/** The program's headroom now: the configured cap against the ceilings of every mission not closed. */
@Component
public class ProgramHeadroom {

  private final ProgramProperties program;
  private final MissionRepository missions;

  public ProgramHeadroom(ProgramProperties program, MissionRepository missions) {
    this.program = program;
    this.missions = missions;
  }

  public CapHeadroom now() {
    return new CapHeadroom(program.officerCap(), missions.committedCeilings());
  }
}
