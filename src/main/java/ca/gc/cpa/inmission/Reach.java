package ca.gc.cpa.inmission;

import ca.gc.cpa.domain.MissionCommandRepository;
import ca.gc.cpa.domain.ServingTourRepository.ServingTour;
import ca.gc.cpa.domain.ServingTourRepository;
import ca.gc.cpa.domain.Tour;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.forms.FormChoices;
import ca.gc.cpa.identity.CpaGroup;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * What a sender may act for: the officers serving abroad whose events they may send, and the missions whose
 * report they send. The contingent commander acts for the officers of the missions he commands (table
 * {@code mission_command}), RCMP IPOB for every officer abroad (and reports for a mission with no commander
 * named), a partner service for its own officers only. The same answer fills the start forms' selects ({@link FormChoices}), checks the forms on the
 * server and guards the endpoints: what lies outside the reach is "not found".
 */
@Component(FormChoices.BEAN)
public class Reach implements FormChoices {

  /** the caller: user and groups */
  public record Caller(String userId, Collection<String> groups) {

    boolean admin() {
      return groups.contains(CpaGroup.ADMIN.id());
    }
  }

  private final ServingTourRepository serving;
  private final MissionCommandRepository command;
  private final TourRepository tourRecords;

  public Reach(ServingTourRepository serving, MissionCommandRepository command, TourRepository tourRecords) {
    this.serving = serving;
    this.command = command;
    this.tourRecords = tourRecords;
  }

  /** may the caller send this event at all (whatever the officer)? */
  public static boolean maySend(InMissionEvent event, Collection<String> groups) {
    return groups.contains(CpaGroup.ADMIN.id()) || event.senders().stream().anyMatch(s -> holds(s, groups));
  }

  private static boolean holds(InMissionEvent.Sender sender, Collection<String> groups) {
    return switch (sender) {
      case CONTINGENT_COMMANDER -> groups.contains(CpaGroup.RCMP_CONTINGENT.id());
      case HEADQUARTERS -> groups.contains(CpaGroup.RCMP_IPOB.id());
      case HOME_SERVICE -> groups.stream().anyMatch(g -> g.startsWith(CpaGroup.AGENCY_PREFIX));
    };
  }

  /**
   * The rule: may a caller who commands these missions send this event for an officer of that service in
   * that mission?
   */
  public static boolean mayActFor(InMissionEvent event, Caller caller, Collection<String> commanded,
      String missionBusinessKey, String agencyCode) {
    if (caller.admin()) {
      return true;
    }
    return event.senders().stream().anyMatch(sender -> holds(sender, caller.groups()) && switch (sender) {
      case CONTINGENT_COMMANDER -> commanded.contains(missionBusinessKey);
      case HEADQUARTERS -> true;
      case HOME_SERVICE -> caller.groups().contains(CpaGroup.agencyGroupId(agencyCode));
    });
  }

  /** is the caller this officer's home service only (neither headquarters, nor the commander of the officer's mission)? */
  public boolean actsOnlyAsHomeService(Caller caller, ServingTour tour) {
    if (caller.admin() || caller.groups().contains(CpaGroup.RCMP_IPOB.id())) {
      return false;
    }
    return !commands(caller, tour.missionBusinessKey());
  }

  /** is the caller the contingent commander of this mission? */
  private boolean commands(Caller caller, String missionBusinessKey) {
    return caller.groups().contains(CpaGroup.RCMP_CONTINGENT.id())
        && command.missionsCommandedBy(caller.userId()).contains(missionBusinessKey);
  }

  /** the officers serving now whose event the caller may send */
  public List<ServingTour> tours(InMissionEvent event, Caller caller) {
    if (!maySend(event, caller.groups())) {
      return List.of();
    }
    List<String> commanded = command.missionsCommandedBy(caller.userId());
    return serving.servingTours().stream()
        .filter(t -> mayActFor(event, caller, commanded, t.missionBusinessKey(), t.agencyCode())).toList();
  }

  /** the serving officer's tour, if the caller may send this event for it; empty for an unknown or foreign tour */
  public Optional<ServingTour> tour(InMissionEvent event, Caller caller, String tourBusinessKey) {
    if (tourBusinessKey == null || !maySend(event, caller.groups())) {
      return Optional.empty();
    }
    List<String> commanded = command.missionsCommandedBy(caller.userId());
    return serving.servingTour(tourBusinessKey)
        .filter(t -> mayActFor(event, caller, commanded, t.missionBusinessKey(), t.agencyCode()));
  }

  /** any tour of the caller's reach for this event, serving or not (an endpoint tells "not found" from "not now") */
  public Optional<Tour> anyTour(InMissionEvent event, Caller caller, String tourBusinessKey) {
    if (!maySend(event, caller.groups())) {
      return Optional.empty();
    }
    List<String> commanded = command.missionsCommandedBy(caller.userId());
    return tourRecords.findByBusinessKey(tourBusinessKey)
        .filter(t -> mayActFor(event, caller, commanded, t.missionBusinessKey(), t.agencyCode()));
  }

  /**
   * the missions whose report the caller sends: a contingent commander, those he commands; RCMP IPOB, those with
   * officers serving and no commander named ({@link StandInForCommander}); an administrator, every mission with
   * officers serving
   */
  public List<String> missions(Caller caller) {
    if (!maySend(InMissionEvent.MISSION_REPORT, caller.groups())) {
      return List.of();
    }
    Set<String> missions = new TreeSet<>();
    if (caller.groups().contains(CpaGroup.RCMP_CONTINGENT.id())) {
      missions.addAll(command.missionsCommandedBy(caller.userId()));
    }
    if (caller.admin()) {
      serving.servingTours().forEach(t -> missions.add(t.missionBusinessKey()));
    } else if (caller.groups().contains(CpaGroup.RCMP_IPOB.id())) {
      missions.addAll(command.servingMissionsWithoutCommander());
    }
    return List.copyOf(missions);
  }

  /**
   * may the caller follow who is on the way to the mission (its arrivals and postponed departures): its contingent
   * commander, RCMP IPOB, an administrator
   */
  public boolean mayFollowArrivals(Caller caller, String missionBusinessKey) {
    return caller.admin() || caller.groups().contains(CpaGroup.RCMP_IPOB.id()) || commands(caller, missionBusinessKey);
  }

  public boolean mayReportOn(Caller caller, String missionBusinessKey) {
    return missionBusinessKey != null && missions(caller).contains(missionBusinessKey);
  }

  @Override
  public Optional<List<Option>> choices(String valuesKey, String userId, List<String> groupIds) {
    Caller caller = new Caller(userId, groupIds);
    if (InMissionEvent.MISSION_REPORT.choices().equals(valuesKey)) {
      return Optional.of(missions(caller).stream().map(m -> new Option(m, m)).toList());
    }
    if (MissionReportCheck.OFFICERS_CHOICES.equals(valuesKey)) {
      return Optional.of(missions(caller).stream().flatMap(m -> serving.servingTours(m).stream())
          .map(t -> new Option(t.label(), t.tourBusinessKey())).toList());
    }
    return InMissionEvent.byChoices(valuesKey)
        .map(event -> tours(event, caller).stream().map(t -> new Option(t.label(), t.tourBusinessKey())).toList());
  }
}
