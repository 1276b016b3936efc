package ca.gc.cpa.repatriation;

import static ca.gc.cpa.process.OfficerDeploymentProcess.MEDALS_AWARDED;
import static ca.gc.cpa.process.OfficerDeploymentProcess.UN_MEDAL;

import ca.gc.cpa.domain.TourProgress;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The UN medal is for service in a UN mission only (the tour's record says whether its mission is one). */
@Component("awardRecognitionCheck")
public class AwardRecognitionCheck implements CompletionCheck {

  /** whether the tour of a business key served a UN mission */
  private final Predicate<String> unMissionTour;

  @Autowired
  public AwardRecognitionCheck(TourRepository tours) {
    this(key -> tours.findProgress(key).map(TourProgress::unMission).orElse(false));
  }

  AwardRecognitionCheck(Predicate<String> unMissionTour) {
    this.unMissionTour = unMissionTour;
  }

  @Override
  public List<FieldViolation> check(FormValues values) {
    boolean unMission = values.businessKey().filter(unMissionTour).isPresent();
    if (!unMission && values.value(MEDALS_AWARDED).orElse(List.of()).contains(UN_MEDAL)) {
      return List.of(new FieldViolation(MEDALS_AWARDED, "the UN medal is only for service in a UN mission"));
    }
    return List.of();
  }
}
