package ca.gc.cpa.planning;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Policy numbers of mission planning.
 *
 * @param defaultTourMonths tour length unless the plan says otherwise
 * @param defaultMinYearsOfService years of service a nominee needs unless the plan sets its own
 * @param unMinYearsOfService the UN's floor: years of service (not counting training) for a UN mission, which a plan
 *     may raise, never lower (checked when the mission is planned and again at each nominee's eligibility)
 * @param defaultRotationLeadWeeks weeks before the tours end that the next rotation's selection starts
 * @param annualRateByRank yearly salary of an officer by rank (dollars): the program's one rate table, for the budget
 *     and for the cost recovery the partner services are paid (a twelfth of it a month)
 * @param monthlyMissionAllowance allowance per officer and month abroad where Canada pays it (not on UN missions)
 */
@Validated
@ConfigurationProperties("cpa.planning")
public record PlanningProperties(
    @Min(1) @Max(36) int defaultTourMonths,
    @Min(0) @Max(40) int defaultMinYearsOfService,
    @Min(0) @Max(40) int unMinYearsOfService,
    @Min(1) @Max(52) int defaultRotationLeadWeeks,
    @NotEmpty Map<Rank, Integer> annualRateByRank,
    @Min(0) int monthlyMissionAllowance) {

  /** the years of service a position asks: the plan's, never under the UN's floor on a UN mission */
  public int minYearsOfService(boolean unMission, int planned) {
    return unMission ? Math.max(planned, unMinYearsOfService) : planned;
  }
}
