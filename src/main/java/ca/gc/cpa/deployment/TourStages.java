package ca.gc.cpa.deployment;

import ca.gc.cpa.domain.TourStatus;
import java.util.Map;
import java.util.Optional;

/** Where the tour record says the officer is when the process reaches a step: stage, and status where it changes. */
public final class TourStages {

  /** @param status null when the status does not change at that step */
  public record Stage(TourStatus status, String stage) {}

  private static final Map<String, Stage> BY_ACTIVITY = Map.ofEntries(
      Map.entry("Sub_PreDeployment", new Stage(TourStatus.IN_TRAINING, "TRAINING")),
      Map.entry("Task_EnrolInTraining", new Stage(TourStatus.IN_TRAINING, "TRAINING")),
      Map.entry("Task_DecideRetraining", new Stage(null, "TRAINING_FAILED")),
      Map.entry("Event_TrainingPassed", new Stage(TourStatus.PREPARING, "LOGISTICS")),
      Map.entry("Task_ConfirmDeparture", new Stage(TourStatus.PREPARING, "READY_TO_DEPART")),
      Map.entry("Task_ConfirmArrival", new Stage(TourStatus.DEPLOYED, "TRAVELLING_TO_MISSION")),
      Map.entry("Sub_Tour", new Stage(TourStatus.DEPLOYED, "ON_TOUR")),
      Map.entry("Task_ConfirmExtensionRelease", new Stage(null, "EXTENSION_REVIEW")),
      Map.entry("Event_TourEndReached", new Stage(null, "ON_TOUR")),
      Map.entry("Event_DecompressionCompleted", new Stage(null, "DECOMPRESSION")),
      Map.entry("Task_HoldOperationalDebrief", new Stage(null, "DEBRIEF")),
      Map.entry("Task_CheckPostMissionHealth", new Stage(null, "HEALTH_CHECK")),
      Map.entry("Event_ReintegrationLeaveEnded", new Stage(null, "REINTEGRATION_LEAVE")),
      Map.entry("Task_ConfirmReturnToDuty", new Stage(null, "RETURN_TO_DUTY")));

  public static final String INDUCTION = "INDUCTION";
  public static final String TRAVELLING_HOME = "TRAVELLING_HOME";
  public static final String BACK_ON_DUTY = "BACK_ON_DUTY";
  public static final String REPLACED = "REPLACED";

  private TourStages() {}

  public static Optional<Stage> at(String activityId) {
    return Optional.ofNullable(BY_ACTIVITY.get(activityId));
  }
}
