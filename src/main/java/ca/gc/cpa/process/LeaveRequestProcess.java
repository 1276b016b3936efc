package ca.gc.cpa.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Process {@code leave-request}: leave for an officer serving abroad (start form requestLeave, {@code POST
 * /api/tours/{key}/leave}), approved by the contingent commander of the officer's mission (his own request on an
 * officer's behalf is his approval: the model routes on {@link #SENT_BY_COMMANDER}) and recorded (table
 * tour_leave_request).
 */
public final class LeaveRequestProcess {

  public static final String KEY = "leave-request";

  // start form requestLeave
  public static final Variable<String> TOUR_BUSINESS_KEY = TourEvent.TOUR_BUSINESS_KEY;
  public static final Variable<LocalDate> LEAVE_FIRST_DAY = Variable.date("leaveFirstDay");
  /** days of leave, in half days */
  public static final Variable<BigDecimal> LEAVE_DAYS = Variable.decimal("leaveDays");
  // the start event's initiator, and who and where (set by Open the leave request)
  public static final Variable<String> SENT_BY = TourEvent.SENT_BY;
  public static final Variable<String> AGENCY_CODE = TourEvent.AGENCY_CODE;
  public static final Variable<String> OFFICER_NAME = TourEvent.OFFICER_NAME;
  public static final Variable<String> MISSION_BUSINESS_KEY = TourEvent.MISSION_BUSINESS_KEY;
  public static final Variable<String> MISSION_NAME = TourEvent.MISSION_NAME;
  // set by Open the leave request
  /** who approves: the task's assignee */
  public static final Variable<String> CONTINGENT_COMMANDER = TourEvent.CONTINGENT_COMMANDER;
  /** the commander asked himself: no approval task */
  public static final Variable<Boolean> SENT_BY_COMMANDER = Variable.bool("sentByCommander");
  /** the balance at the first day, as the approval form shows it */
  public static final Variable<String> LEAVE_BALANCE = Variable.text("leaveBalance");
  // task Approve the leave
  public static final Variable<String> LEAVE_ANSWER = Variable.text("leaveAnswer");
  public static final String APPROVE = "APPROVE";
  public static final String REFUSE = "REFUSE";
  public static final Variable<String> LEAVE_REFUSAL_REASON = Variable.text("leaveRefusalReason");
  // set by Record the leave
  public static final Variable<Boolean> LEAVE_APPROVED = Variable.bool("leaveApproved");

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
