package ca.gc.cpa.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Process {@code leave-request}: leave for an officer serving abroad (start form requestLeave, {@code POST
 * /api/tours/{key}/leave}), approved by the contingent commander of the officer's mission (his own request on an
 * officer's behalf is his approval: the model routes on {@link #SENT_BY_COMMANDER}); recorded as asked, by whom,
 * and then answered (table tour_leave_request, the row held by the instance).
 */
public final class LeaveRequestProcess {

  public static final String KEY = "leave-request";

  // start form requestLeave
  public static final Variable<String> TOUR_BUSINESS_KEY = TourEvent.TOUR_BUSINESS_KEY;
  public static final Variable<LocalDate> LEAVE_FIRST_DAY = Variable.date("leaveFirstDay");
  /** days of leave, in half days */
  public static final Variable<BigDecimal> LEAVE_DAYS = Variable.decimal("leaveDays");
  // set by Open the leave request: the officer's service (transient), whether an approval is needed
  public static final Variable<String> AGENCY_CODE = TourEvent.AGENCY_CODE;
  /** the commander asked himself: no approval task */
  public static final Variable<Boolean> SENT_BY_COMMANDER = Variable.bool("sentByCommander");
  // set by Open the leave request when the commander approves: the task's assignee and what its form shows
  /** who approves: the task's assignee (none while the mission has no commander named: RCMP IPOB acts) */
  public static final Variable<String> CONTINGENT_COMMANDER = TourEvent.CONTINGENT_COMMANDER;
  public static final Variable<String> OFFICER_NAME = TourEvent.OFFICER_NAME;
  public static final Variable<String> MISSION_NAME = TourEvent.MISSION_NAME;
  /** the balance at the first day, as the approval form shows it */
  public static final Variable<String> LEAVE_BALANCE = Variable.text("leaveBalance");
  // task Approve the leave
  public static final Variable<String> LEAVE_ANSWER = Variable.text("leaveAnswer");
  public static final String APPROVE = "APPROVE";
  public static final String REFUSE = "REFUSE";
  public static final Variable<String> LEAVE_REFUSAL_REASON = Variable.text("leaveRefusalReason");

  private LeaveRequestProcess() {}

  /** What the start form requestLeave (or the endpoint) sends. */
  /** @param leaveDays as the form's number field sends it (a whole number or not) */
  public record Start(String tourBusinessKey, LocalDate leaveFirstDay, Number leaveDays) {

    public Map<String, Object> variables() {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put(TOUR_BUSINESS_KEY.name(), tourBusinessKey);
      v.put(LEAVE_FIRST_DAY.name(), LEAVE_FIRST_DAY.stored(leaveFirstDay));
      v.put(LEAVE_DAYS.name(), leaveDays);
      return v;
    }

    /**
     * the body of {@code POST /api/tours/{key}/leave}: the start's variables but the tour, which the path names
     */
    public Map<String, Object> body() {
      Map<String, Object> v = variables();
      v.remove(TOUR_BUSINESS_KEY.name());
      return v;
    }
  }
}
