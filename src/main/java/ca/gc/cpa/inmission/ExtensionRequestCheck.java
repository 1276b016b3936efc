package ca.gc.cpa.inmission;

import ca.gc.cpa.deployment.DeploymentProperties;
import ca.gc.cpa.domain.ServingTourRepository.ServingTour;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import ca.gc.cpa.process.ExtensionRequestProcess;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An extension request: an officer the sender may act for, who agrees, with no other request being decided,
 * asked at least the notice before the tour ends.
 */
@Component("extensionRequestCheck")
public class ExtensionRequestCheck extends TourEventCheck {

  /** the tour's stage while a request is being decided (process officer-deployment) */
  public static final String BEING_DECIDED = "EXTENSION_REVIEW";

  private final DeploymentProperties properties;

  public ExtensionRequestCheck(Reach reach, DeploymentProperties properties) {
    super(reach, InMissionEvent.EXTENSION);
    this.properties = properties;
  }

  @Override
  void checkEvent(FormValues values, ServingTour tour, Reach.Caller caller, List<FieldViolation> violations) {
    if (BEING_DECIDED.equals(tour.stage())) {
      violations.add(new FieldViolation(ExtensionRequestProcess.TOUR_BUSINESS_KEY, "an extension of this tour is being decided already"));
    }
    if (!values.value(ExtensionRequestProcess.OFFICER_AGREES).orElse(false)) {
      violations.add(new FieldViolation(ExtensionRequestProcess.OFFICER_AGREES, "the officer must agree to the extension"));
    }
    var latest = tour.tourEndOn() == null ? null : tour.tourEndOn().minusDays(properties.extensionNoticeDays());
    if (latest != null && values.today().isAfter(latest)) {
      violations.add(new FieldViolation(ExtensionRequestProcess.EXTENSION_MONTHS, "an extension is asked at least "
          + properties.extensionNoticeDays() + " days before the tour ends (" + tour.tourEndOn() + ")"));
    }
  }
}
