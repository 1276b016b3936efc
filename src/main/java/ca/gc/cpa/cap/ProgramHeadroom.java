package ca.gc.cpa.cap;

import ca.gc.cpa.domain.MissionRepository;
import org.springframework.stereotype.Component;

/** The program's headroom now: the cap ministers set last ({@link ProgramCap}) against the ceilings of every mission not closed. */
@Component
public class ProgramHeadroom {

  private final ProgramCap cap;
  private final MissionRepository missions;

  public ProgramHeadroom(ProgramCap cap, MissionRepository missions) {
    this.cap = cap;
    this.missions = missions;
  }

  public CapHeadroom now() {
    return new CapHeadroom(cap.current(), missions.committedCeilings());
  }
}
