package ca.gc.cpa.replay;

import ca.gc.cpa.cap.ProgramHeadroom;
import ca.gc.cpa.domain.Agency;
import ca.gc.cpa.domain.AgencyRepository;
import ca.gc.cpa.domain.ServingTourRepository;
import ca.gc.cpa.domain.TourProgress;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.identity.AccessMatrix;
import ca.gc.cpa.identity.CpaGroup;
import ca.gc.cpa.intake.IntakeRules;
import ca.gc.cpa.intake.IntakeService;
import ca.gc.cpa.intake.NewAssistanceRequest;
import ca.gc.cpa.process.EarlyReturnProcess;
import ca.gc.cpa.process.ExtensionRequestProcess;
import ca.gc.cpa.process.IncidentProcess;
import ca.gc.cpa.process.LeaveRequestProcess;
import ca.gc.cpa.process.MissionReportProcess;
import ca.gc.cpa.process.PerformanceAppraisalProcess;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Drives the real processes through years of work: requests registered through the intake service as gina,
 * every user task claimed and completed through the engine's Java API as its group's user (authorization on,
 * the same form and completion checks as Tasklist and REST), time moved with the engine clock.
 */
@Component
public class Replay {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Replay.class);
  private static final String[] PIPELINE = {AccessMatrix.ASSISTANCE_REQUEST, AccessMatrix.MISSION,
      AccessMatrix.CANDIDATE_SELECTION, AccessMatrix.OFFICER_DEPLOYMENT, AccessMatrix.INCIDENT,
      AccessMatrix.LEAVE_REQUEST, AccessMatrix.EARLY_RETURN, AccessMatrix.EXTENSION_REQUEST};
  /** the demo contingent commander: he commands every mission of the replay */
  static final String COMMANDER = "carl";

  /**
   * what the replay did; {@code userTasks}: the tasks its users completed; {@code events}: the in-mission events
   * they sent through start forms; {@code jobs}: the jobs it ran (timers and asynchronous steps), by process key
   */
  public record Result(int missions, int tours, long userTasks, long flowNodes, Duration wall, LocalDate reachedOn,
      Map<String, Long> jobs, long events) {
    public double userTasksPerSecond() {
      return userTasks / Math.max(0.001, wall.toMillis() / 1000.0);
    }

    public double flowNodesPerSecond() {
      return flowNodes / Math.max(0.001, wall.toMillis() / 1000.0);
    }
  }

  private final TaskService tasks;
  private final org.camunda.bpm.engine.RepositoryService repository;
  private final FormService forms;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final HistoryService history;
  private final IdentityService identity;
  private final IntakeService intake;
  private final IntakeRules rules;
  private final AgencyRepository agencies;
  private final ProgramHeadroom headroom;
  private final JdbcClient jdbc;
  private final TourRepository tours;
  private final InMissionRecords inMission;
  private final int extensionNoticeDays;
  /** this node's job executor, paused while the replay runs (it moves the clock and runs due jobs itself) */
  private final JobExecutor jobExecutor;
  private int rounds;
  private long jobNanos;
  private final Map<String, Long> jobsRun = new TreeMap<>();
  private long taskNanos;
  private long queryNanos;
  private final Map<String, String> businessKeys = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, String> steps = new java.util.concurrent.ConcurrentHashMap<>();

  public Replay(ProcessEngine engine, IntakeService intake, IntakeRules rules, AgencyRepository agencies,
      ProgramHeadroom headroom, JdbcClient jdbc, ReplayProperties properties, InMissionRecords inMission,
      ca.gc.cpa.deployment.DeploymentProperties deployment, TourRepository tours) {
    this.inMission = inMission;
    this.tours = tours;
    this.extensionNoticeDays = deployment.extensionNoticeDays();
    this.jobExecutor = properties.pauseJobExecutor()
        ? ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor()
        : null;
    this.tasks = engine.getTaskService();
    this.repository = engine.getRepositoryService();
    this.forms = engine.getFormService();
    this.runtime = engine.getRuntimeService();
    this.management = engine.getManagementService();
    this.history = engine.getHistoryService();
    this.identity = engine.getIdentityService();
    this.intake = intake;
    this.rules = rules;
    this.agencies = agencies;
    this.headroom = headroom;
    this.jdbc = jdbc;
  }

  /**
   * Replays the missions from {@code start}, one request every {@code spacing}, until {@code tourTarget} tours
   * have started, nothing is left to do, or (for a replay of the past) the clock would pass today: what is
   * due later stays waiting for its real date, as in a live system.
   */
  public Result run(List<MissionSeed> missions, int tourTarget, LocalDate start, Duration spacing, Scenario scenario,
      Consumer<String> progress) {
    long started = System.nanoTime();
    jobsRun.clear();
    Date until = start.isBefore(LocalDate.now()) ? new Date() : null;
    long flowNodesBefore = history.createHistoricActivityInstanceQuery().count();
    int toursBefore = countTours();
    Map<String, String> users = coordinators();
    scenario.headroomFrom(() -> headroom.now().headroom());
    boolean resume = jobExecutor != null && jobExecutor.isActive();
    if (resume) {
      jobExecutor.shutdown();
    }
    ClockUtil.setCurrentTime(toDate(start));
    long userTasks = 0;
    long events = 0;
    int nextMission = 0;
    Date nextMissionAt = toDate(start);
    int tours = 0;
    int lastShown = -1;
    try {
      for (int round = 0; ; round++) {
        rounds = round;
        long t0 = System.nanoTime();
        runDueJobs();
        jobNanos += System.nanoTime() - t0;
        while (nextMission < missions.size() && !now().before(nextMissionAt)) {
          request(missions.get(nextMission), scenario);
          nextMission++;
          nextMissionAt = new Date(nextMissionAt.getTime() + spacing.toMillis());
        }
        long t1 = System.nanoTime();
        int done = workOpenTasks(users, scenario);
        int sent = sendInMissionEvents(users, scenario);
        taskNanos += System.nanoTime() - t1;
        userTasks += done;
        events += sent;
        tours = countTours() - toursBefore;
        if (tours != lastShown) {
          progress.accept(bar(tours, tourTarget, userTasks, nextMission));
          lastShown = tours;
        }
        if (tours >= tourTarget) {
          break;
        }
        if (done + sent == 0 && !runDueJobs()) {
          Date next = nextTimer();
          if (nextMission < missions.size() && (next == null || nextMissionAt.before(next))) {
            next = nextMissionAt;
          }
          if (next == null || (until != null && next.after(until))) {
            break;
          }
          if (next.after(now())) {
            ClockUtil.setCurrentTime(new Date(next.getTime() + 1000));
          }
        }
      }
    } finally {
      identity.clearAuthentication();
      if (resume) {
        jobExecutor.start();
      }
    }
    LocalDate reached = today();
    LOG.info(String.format("replay rounds=%d jobs_s=%.1f tasks_s=%.1f query_s=%.1f", rounds, jobNanos / 1e9,
        taskNanos / 1e9, queryNanos / 1e9));
    Duration wall = Duration.ofNanos(System.nanoTime() - started);
    long flowNodes = history.createHistoricActivityInstanceQuery().count() - flowNodesBefore;
    return new Result(nextMission, tours, userTasks, flowNodes, wall, reached, Map.copyOf(jobsRun), events);
  }

  static String bar(int tours, int target, long userTasks, int missions) {
    int width = 30;
    int filled = (int) Math.min(width, (long) tours * width / Math.max(1, target));
    return "replay [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + tours + "/" + target + " tours, "
        + missions + " missions, " + userTasks + " user tasks";
  }

  private void request(MissionSeed m, Scenario scenario) {
    LocalDate today = today();
    scenario.missionEnds(m.missionName(), today.plusYears(m.years()));
    NewAssistanceRequest request = new NewAssistanceRequest(
        (m.requestingBody() + "-" + today.getYear() + "-" + Math.abs(m.missionName().hashCode() % 10000)),
        m.requestingBody(), m.requestingBodyName(), m.missionName(), m.hostCountry(), m.officersRequested(),
        m.language(), m.armed(), m.tourMonths(), today.plusMonths(4), true, "Police advisers, patrol and mentoring");
    var violations = rules.check(request, today);
    if (!violations.isEmpty()) {
      throw new IllegalStateException("The replay's request for " + m.missionName() + " is refused: " + violations);
    }
    identity.setAuthentication("gina", List.of(CpaGroup.GAC_DESK.id()));
    try {
      intake.register(request, "gina");
    } finally {
      identity.clearAuthentication();
    }
  }

  /** each group's user: the demo users, and a coordinator for each partner service that has none */
  private Map<String, String> coordinators() {
    Map<String, String> users = new LinkedHashMap<>(Playbook.USER_BY_GROUP);
    for (Agency agency : agencies.findActive()) {
      String group = CpaGroup.agencyGroupId(agency.code());
      if (users.containsKey(group)) {
        continue;
      }
      String userId = "coord-" + agency.code();
      if (identity.createUserQuery().userId(userId).count() == 0) {
        var user = identity.newUser(userId);
        user.setFirstName("Coordinator");
        user.setLastName(agency.code().toUpperCase());
        user.setPassword("demo");
        identity.saveUser(user);
        identity.createMembership(userId, group);
      }
      users.put(group, userId);
    }
    return users;
  }

  /** an open task with what decides its order and its user */
  private record OpenTask(Task task, String businessKey, String group) {}

  private static final Comparator<OpenTask> TASK_ORDER = Comparator.comparing(OpenTask::businessKey)
      .thenComparing(t -> t.task().getTaskDefinitionKey()).thenComparing(OpenTask::group);

  /**
   * Works every open task of the pipeline: a task offered to groups as the user of its candidate group (read
   * from the task's identity links: one query per task, not one per group and round), who claims it; a task
   * assigned to one of the replay's users (a contingent commander's task is assigned to the commander of its
   * mission) as that user, with the user's group. The order depends only on what the tasks are (business key,
   * task, group), never on generated ids or timing: the scenario's choices then follow the seed alone.
   */
  private int workOpenTasks(Map<String, String> users, Scenario scenario) {
    long q = System.nanoTime();
    Map<String, String> groupOfUser = new HashMap<>();
    users.forEach((group, user) -> groupOfUser.put(user, group));
    // the pipeline's own processes only: a service's onboarding, say, is left to its people
    List<OpenTask> open = new ArrayList<>();
    for (Task task : tasks.createTaskQuery().processDefinitionKeyIn(PIPELINE).active().taskUnassigned().list()) {
      String group = tasks.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(IdentityLink::getGroupId).filter(users::containsKey).findFirst()
          .orElseThrow(() -> new IllegalStateException("No user for the candidate groups of " + task.getName()));
      open.add(new OpenTask(task, businessKey(task.getProcessInstanceId()), group));
    }
    for (Task task : tasks.createTaskQuery().processDefinitionKeyIn(PIPELINE).active()
        .taskAssigneeIn(groupOfUser.keySet().toArray(String[]::new)).list()) {
      open.add(new OpenTask(task, businessKey(task.getProcessInstanceId()), groupOfUser.get(task.getAssignee())));
    }
    open.sort(TASK_ORDER);
    queryNanos += System.nanoTime() - q;
    int done = 0;
    for (OpenTask item : open) {
      Task task = item.task();
      String key = task.getTaskDefinitionKey();
      String user = users.get(item.group());
      // the form's read-only context, read by the driver (Tasklist reads it as the user: not what is measured)
      Map<String, Object> seen = tasks.getVariables(task.getId(), Playbook.READS);
      if ("Task_AwardRecognition".equals(key)) {
        seen.put(Playbook.TOUR_UN_MISSION,
            tours.findProgress(item.businessKey()).map(TourProgress::unMission).orElse(false));
      }
      Map<String, Object> values = Playbook.values(key, item.businessKey(), seen, today(), scenario);
      identity.setAuthentication(user, List.of(item.group()));
      try {
        if (task.getAssignee() == null) {
          tasks.claim(task.getId(), user);
        }
        forms.submitTaskForm(task.getId(), typed(values));
      } finally {
        identity.clearAuthentication();
      }
      done++;
    }
    return done;
  }

  /**
   * The months abroad as their people live them, through the same start forms as Tasklist: carl commands each
   * mission's contingent (named by IPOB when its first officer serves) and sends last month's report (the first
   * from the reminder); officers take leave after some months (carl asks, which is his approval, or the home
   * service asks and carl approves); carl records a mid-tour UN performance
   * appraisal and asks for the extensions the scenario wants, before the notice; some incidents (carl reports them; a critical
   * one waits for IPOB's decision) and a few early returns (a compassionate one asked by the home service).
   */
  private int sendInMissionEvents(Map<String, String> users, Scenario scenario) {
    LocalDate today = today();
    String lastMonth = java.time.YearMonth.from(today).minusMonths(1).toString();
    int sent = 0;
    var serving = inMission.serving().servingTours();
    for (String mission : serving.stream().map(ServingTourRepository.ServingTour::missionBusinessKey).distinct().sorted().toList()) {
      if (inMission.command().commanderOf(mission).isEmpty()) {
        inMission.command().assignCommander(mission, COMMANDER, today, Playbook.USER_BY_GROUP.get(CpaGroup.RCMP_IPOB.id()));
      }
      boolean someoneServedLastMonth = serving.stream().anyMatch(t -> t.missionBusinessKey().equals(mission)
          && t.tourStartOn() != null && t.tourStartOn().isBefore(today.withDayOfMonth(1)));
      // the contingent's first report is late (it is settling in): the mission's check on the due day reminds
      // carl, who sends it from the reminder, his task as the mission's commander
      if (someoneServedLastMonth && inMission.reports().anyReportFrom(mission) && !inMission.reports().anyReportFor(mission, lastMonth)) {
        send(MissionReportProcess.KEY, COMMANDER, CpaGroup.RCMP_CONTINGENT.id(), new MissionReportProcess.Start(mission,
            MissionReportProcess.MONTHLY, lastMonth, "Patrols and mentoring as planned").variables());
        sent++;
      }
    }
    for (var tour : serving) {
      if (tour.tourStartOn() == null) {
        continue;
      }
      Scenario.InMission plan = scenario.inMission(tour.tourBusinessKey());
      String key = tour.tourBusinessKey();
      if (plan.leave() && !today.isBefore(tour.tourStartOn().plusMonths(4)) && inMission.leave().leave(key).isEmpty()) {
        // the home service asks for every other officer's leave (carl approves it in his task), carl for the rest
        String group = homeServiceAsksLeave(key) ? CpaGroup.agencyGroupId(tour.agencyCode()) : CpaGroup.RCMP_CONTINGENT.id();
        send(LeaveRequestProcess.KEY, users.get(group), group,
            new LeaveRequestProcess.Start(key, today.plusDays(7), 5).variables());
        sent++;
      }
      if (!today.isBefore(tour.tourStartOn().plusMonths(6)) && inMission.appraisals().latestAppraisal(key).isEmpty()) {
        send(PerformanceAppraisalProcess.KEY, COMMANDER, CpaGroup.RCMP_CONTINGENT.id(), new PerformanceAppraisalProcess.Start(
            key, PerformanceAppraisalProcess.MID_TOUR, PerformanceAppraisalProcess.MEETS, plan.extension(),
            "Reliable, respected by the host police").variables());
        sent++;
      }
      LocalDate askBy = tour.tourEndOn() == null ? null : tour.tourEndOn().minusDays(extensionNoticeDays);
      if (plan.extension() && askBy != null && !today.isAfter(askBy) && !today.isBefore(askBy.minusMonths(1))
          && inMission.extensions().extensionDecisions(key).isEmpty() && !"EXTENSION_REVIEW".equals(tour.stage())) {
        send(ExtensionRequestProcess.KEY, COMMANDER, CpaGroup.RCMP_CONTINGENT.id(), new ExtensionRequestProcess.Start(key, 6,
            "The mission needs the officer's experience longer", true).variables());
        sent++;
      }
      if (plan.incidentSeverity() != null && !today.isBefore(tour.tourStartOn().plusMonths(2))
          && inMission.incidents().incidents(key).isEmpty()) {
        send(IncidentProcess.KEY, COMMANDER, CpaGroup.RCMP_CONTINGENT.id(), new IncidentProcess.Start(key, today,
            IncidentProcess.CRITICAL.equals(plan.incidentSeverity()) ? IncidentProcess.INJURY : IncidentProcess.SECURITY_THREAT,
            plan.incidentSeverity(), "Incident on patrol").variables());
        sent++;
      }
      if (plan.earlyReturnKind() != null && !today.isBefore(tour.tourStartOn().plusMonths(6))
          && !inMission.earlyReturns().earlyReturnRecorded(key)) {
        boolean homeService = EarlyReturnProcess.COMPASSIONATE.equals(plan.earlyReturnKind());
        String group = homeService ? CpaGroup.agencyGroupId(tour.agencyCode()) : CpaGroup.RCMP_CONTINGENT.id();
        send(EarlyReturnProcess.KEY, homeService ? users.get(group) : COMMANDER, group, new EarlyReturnProcess.Start(key,
            plan.earlyReturnKind(), "Decided with the officer and the mission", true).variables());
        sent++;
      }
    }
    return sent;
  }

  /** the officer's home service asks for the leave of the tours whose number is odd (a rule of the key: no draw) */
  static boolean homeServiceAsksLeave(String tourBusinessKey) {
    return (tourBusinessKey.charAt(tourBusinessKey.length() - 1) - '0') % 2 == 1;
  }

  /** a person's event: the process's start form submitted as that user (the same checks as in Tasklist) */
  private void send(String processKey, String user, String group, Map<String, Object> values) {
    identity.setAuthentication(user, List.of(group));
    try {
      forms.submitStartForm(repository.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion()
          .singleResult().getId(), typed(values));
    } catch (org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException refused) {
      // a person's event the rules refuse is refused for the replay too: it says so and goes on
      LOG.warn("replay: {} by {} refused: {}", processKey, user, refused.getMessage());
    } finally {
      identity.clearAuthentication();
    }
  }

  private String businessKey(String processInstanceId) {
    return businessKeys.computeIfAbsent(processInstanceId, id ->
        runtime.createProcessInstanceQuery().processInstanceId(id).singleResult().getBusinessKey());
  }

  static VariableMap typed(Map<String, Object> values) {
    VariableMap out = Variables.createVariables();
    values.forEach((k, v) -> {
      if (v instanceof List<?> list) {
        List<String> quoted = new ArrayList<>();
        list.forEach(o -> quoted.add("\"" + o + "\""));
        out.putValueTyped(k, SpinValues.jsonValue("[" + String.join(",", quoted) + "]").create());
      } else {
        out.put(k, v);
      }
    });
    return out;
  }

  /** due timers and asynchronous steps, run now; true when any ran */
  private boolean runDueJobs() {
    boolean any = false;
    for (int pass = 0; pass < 100; pass++) {
      List<Job> due = new ArrayList<>(management.createJobQuery().executable().listPage(0, 200));
      if (due.isEmpty()) {
        return any;
      }
      due.sort(jobOrder());
      for (Job job : due) {
        if (management.createJobQuery().jobId(job.getId()).count() == 0) {
          continue;   // an earlier job of the batch ended its scope (a timer on a task now done, say)
        }
        try {
          management.executeJob(job.getId());
          jobsRun.merge(String.valueOf(job.getProcessDefinitionKey()), 1L, Long::sum);
        } catch (RuntimeException failed) {
          // another node ran it first, or it failed and waits for a retry (it shows in Cockpit)
        }
        any = true;
      }
    }
    return any;
  }

  /**
   * Jobs by due date, then by what they are (business key, step, the instance's place in a multi-instance
   * step): an order independent of generated ids, so that numbers handed out by the jobs (a tour's DEP-…)
   * and the scenario's draws follow the seed alone.
   */
  private Comparator<Job> jobOrder() {
    Map<String, String> places = new HashMap<>();
    return Comparator.comparing(Job::getDuedate, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(job -> job.getProcessInstanceId() == null ? "" : businessKey(job.getProcessInstanceId()))
        .thenComparing(this::step)
        .thenComparing(job -> places.computeIfAbsent(job.getId(), id -> {
          Object loop = job.getExecutionId() == null ? null : runtime.getVariable(job.getExecutionId(), "loopCounter");
          return loop == null ? "" : String.format("%06d", ((Number) loop).intValue());
        }));
  }

  /** the activity a job belongs to (from its job definition, read once) */
  private String step(Job job) {
    if (job.getJobDefinitionId() == null) {
      return "";
    }
    return steps.computeIfAbsent(job.getJobDefinitionId(), id -> {
      var definition = management.createJobDefinitionQuery().jobDefinitionId(id).singleResult();
      return definition == null || definition.getActivityId() == null ? "" : definition.getActivityId();
    });
  }

  private Date nextTimer() {
    return management.createJobQuery().timers().withRetriesLeft().orderByJobDuedate().asc().listPage(0, 1).stream()
        .findFirst().map(Job::getDuedate).orElse(null);
  }

  /**
   * What the replay produced, in a few characters: a digest of every tour (its number, service, mission,
   * position, rotation, status, officer's gender). Two replays from the same seed on fresh databases give
   * the same fingerprint.
   */
  public String fingerprint() {
    List<String> rows = jdbc.sql("SELECT t.business_key, t.agency_code, t.mission_business_key, t.position_number,"
        + " t.rotation, t.status, o.gender FROM tour t JOIN officer o ON o.id = t.officer_id ORDER BY t.business_key")
        .query((rs, i) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7))).list();
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
          .digest(String.join("\n", rows).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return rows.size() + "-" + java.util.HexFormat.of().formatHex(digest, 0, 6);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private int countTours() {
    return jdbc.sql("SELECT COUNT(*) FROM tour").query(Integer.class).single();
  }

  static Date now() {
    return ClockUtil.getCurrentTime();
  }

  static LocalDate today() {
    return LocalDate.ofInstant(now().toInstant(), ZoneId.systemDefault());
  }

  static Date toDate(LocalDate day) {
    return Date.from(day.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant());
  }
}
