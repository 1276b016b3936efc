package ca.gc.cpa.inmission;

import ca.gc.cpa.domain.ServingTourRepository.ServingTour;
import ca.gc.cpa.domain.TourLeaveRequestRepository;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import ca.gc.cpa.process.LeaveRequestProcess;
import ca.gc.cpa.welfare.WelfareProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Leave: an officer the sender may act for; inside the tour, no overlap, within the balance at the first day (LeaveRule). */
@Component("leaveCheck")
public class LeaveCheck extends TourEventCheck {

  private final LeaveRule rule;
  private final TourLeaveRequestRepository leave;

  public LeaveCheck(Reach reach, WelfareProperties properties, TourLeaveRequestRepository leave) {
    super(reach, InMissionEvent.LEAVE);
    this.rule = new LeaveRule(properties.leaveDaysPerMonth());
    this.leave = leave;
  }

  @Override
  void checkEvent(FormValues values, ServingTour tour, Reach.Caller caller, List<FieldViolation> violations) {
    LocalDate firstDay = values.value(LeaveRequestProcess.LEAVE_FIRST_DAY).orElse(null);
    BigDecimal days = values.value(LeaveRequestProcess.LEAVE_DAYS).orElse(null);
    if (firstDay == null || days == null) {
      return;
    }
    verdict(tour, firstDay, days).reasons().forEach(r -> violations.add(new FieldViolation(r.field(), r.message())));
  }

  LeaveRule.Verdict verdict(ServingTour tour, LocalDate firstDay, BigDecimal days) {
    List<LeaveRule.Granted> granted = leave.leave(tour.tourBusinessKey()).stream()
        .filter(l -> "GRANTED".equals(l.status())).map(l -> new LeaveRule.Granted(l.firstDay(), l.days())).toList();
    return rule.check(tour.tourStartOn(), tour.tourEndOn(), firstDay, days, granted);
  }
}
