package ca.gc.cpa.inmission;

import ca.gc.cpa.domain.ServingTourRepository.ServingTour;
import ca.gc.cpa.domain.TourAppraisalRepository;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import ca.gc.cpa.process.PerformanceAppraisalProcess;
import java.util.List;
import org.springframework.stereotype.Component;

/** A UN performance appraisal: by the commander of the officer's mission, one of each kind per tour. */
@Component("appraisalCheck")
public class AppraisalCheck extends TourEventCheck {

  private final TourAppraisalRepository appraisals;

  public AppraisalCheck(Reach reach, TourAppraisalRepository appraisals) {
    super(reach, InMissionEvent.APPRAISAL);
    this.appraisals = appraisals;
  }

  @Override
  void checkEvent(FormValues values, ServingTour tour, Reach.Caller caller, List<FieldViolation> violations) {
    values.value(PerformanceAppraisalProcess.APPRAISAL_KIND).filter(kind -> appraisals.appraisalRecorded(tour.tourBusinessKey(), kind))
        .ifPresent(kind -> violations.add(new FieldViolation(PerformanceAppraisalProcess.APPRAISAL_KIND,
            PerformanceAppraisalProcess.MID_TOUR.equals(kind)
            ? "this officer's mid-tour appraisal was already recorded"
            : "this officer's end-of-tour appraisal was already recorded")));
  }
}
