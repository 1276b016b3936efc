package ca.gc.cpa.inmission;

import ca.gc.cpa.identity.CpaGroup;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who works a task of a mission's contingent commander (the reminder of a missing report, a leave to approve).
 * The task is assigned to the commander the mission has now and offered to no group: it is his alone, and the
 * commander of another mission neither sees nor works it. While RCMP IPOB has named no commander for the
 * mission, IPOB acts for it: the task is offered to {@code rcmp-ipob}. The models read it as their candidate
 * groups: {@code camunda:candidateGroups="${standInForCommander.groups(reportCommander)}"}.
 */
@Component("standInForCommander")
public class StandInForCommander {

  /** the group that acts for a mission with no contingent commander named */
  public static final String STAND_IN = CpaGroup.RCMP_IPOB.id();

  /** no group when a commander is named (the task is his), else RCMP IPOB */
  public List<String> groups(Object commander) {
    return commander == null || commander.toString().isBlank() ? List.of(STAND_IN) : List.of();
  }
}
