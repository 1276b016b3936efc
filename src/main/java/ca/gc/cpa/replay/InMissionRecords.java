package ca.gc.cpa.replay;

import ca.gc.cpa.domain.MissionCommandRepository;
import ca.gc.cpa.domain.MissionReportRepository;
import ca.gc.cpa.domain.ServingTourRepository;
import ca.gc.cpa.domain.TourAppraisalRepository;
import ca.gc.cpa.domain.TourEarlyReturnRepository;
import ca.gc.cpa.domain.TourExtensionRequestRepository;
import ca.gc.cpa.domain.TourIncidentRepository;
import ca.gc.cpa.domain.TourLeaveRequestRepository;
import org.springframework.stereotype.Component;

/** What the replay reads of the months abroad to decide which event each serving officer's people send next. */
@Component
record InMissionRecords(ServingTourRepository serving, MissionCommandRepository command, MissionReportRepository reports,
    TourLeaveRequestRepository leave, TourAppraisalRepository appraisals, TourExtensionRequestRepository extensions,
    TourIncidentRepository incidents, TourEarlyReturnRepository earlyReturns) {}
