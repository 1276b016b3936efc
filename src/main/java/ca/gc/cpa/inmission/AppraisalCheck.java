package ca.gc.cpa.inmission;

import static ca.gc.cpa.inmission.InMissionVariables.APPRAISAL_KIND;

import ca.gc.cpa.domain.InMissionRepository;
import ca.gc.cpa.domain.InMissionRepository.ServingTour;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.util.List;
import org.springframework.stereotype.Component;

/** A UN performance appraisal: by the commander of the officer's mission, one of each kind per tour. */
@Component("appraisalCheck")
public class AppraisalCheck extends TourEventCheck {

  private final InMissionRepository records;

  public AppraisalCheck(Reach reach, InMissionRepository records) {
    super(reach, InMissionEvent.APPRAISAL);
    this.records = records;
  }

  @Override
  void checkEvent(FormValues values, ServingTour tour, Reach.Caller caller, List<FieldViolation> violations) {
    values.string(APPRAISAL_KIND).filter(kind -> records.appraisalRecorded(tour.tourBusinessKey(), kind))
        .ifPresent(kind -> violations.add(new FieldViolation(APPRAISAL_KIND, "MID_TOUR".equals(kind)
            ? "this officer's mid-tour appraisal was already recorded"
            : "this officer's end-of-tour appraisal was already recorded")));
  }
}
