package ca.gc.cpa.inmission;

import static ca.gc.cpa.inmission.InMissionVariables.LEAVE_DAYS;
import static ca.gc.cpa.inmission.InMissionVariables.LEAVE_FIRST_DAY;

import ca.gc.cpa.domain.InMissionRepository;
import ca.gc.cpa.domain.InMissionRepository.ServingTour;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import ca.gc.cpa.welfare.WelfareProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Leave: an officer the sender may act for; inside the tour, no overlap, within the balance at the first day (LeaveRule). */
@Component("leaveCheck")
public class LeaveCheck extends TourEventCheck {

  private final LeaveRule rule;
  private final InMissionRepository records;

  public LeaveCheck(Reach reach, WelfareProperties properties, InMissionRepository records) {
    super(reach, InMissionEvent.LEAVE);
    this.rule = new LeaveRule(properties.leaveDaysPerMonth());
    this.records = records;
  }

  @Override
  void checkEvent(FormValues values, ServingTour tour, Reach.Caller caller, List<FieldViolation> violations) {
    LocalDate firstDay = values.date(LEAVE_FIRST_DAY).orElse(null);
    BigDecimal days = values.number(LEAVE_DAYS).orElse(null);
    if (firstDay == null || days == null) {
      return;
    }
    verdict(tour, firstDay, days).reasons().forEach(r -> violations.add(new FieldViolation(r.field(), r.message())));
  }

  LeaveRule.Verdict verdict(ServingTour tour, LocalDate firstDay, BigDecimal days) {
    List<LeaveRule.Granted> granted = records.leave(tour.tourBusinessKey()).stream()
        .filter(l -> "GRANTED".equals(l.status())).map(l -> new LeaveRule.Granted(l.firstDay(), l.days())).toList();
    return rule.check(tour.tourStartOn(), tour.tourEndOn(), firstDay, days, granted);
  }
}
