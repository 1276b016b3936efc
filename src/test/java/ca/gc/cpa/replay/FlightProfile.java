package ca.gc.cpa.replay;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a recorded replay or baseline spends its time ({@code -Dbenchmark.jfr=<dir>} records them): the execution
 * samples of its work (under {@code Replay.run} or {@code Baseline.walkInstance}) as shares, grouped twice: by the
 * operation they belong to (the outermost API call: completing a task, claiming it, a job, a person's start, the
 * replay reading a form's context, finding the open work), and by what they are doing across operations (the first
 * of these found in the stack: the completion check, authorization checks, our delegates, loading variables,
 * history events, the database writes at the end of a transaction, the commit, other reads of the database).
 *
 * <p>{@code java src/test/java/ca/gc/cpa/replay/FlightProfile.java <file.jfr>…} (the JDK alone: no class path)
 */
public final class FlightProfile {

  /** a group of samples: the stack holds a frame this matches */
  record Group(String name, Predicate<String> frame) {}

  static final List<Group> OPERATIONS = List.of(
      group("start the process (intake, a person's start form)", "IntakeService.register", "FormServiceImpl.submitStartForm",
          "RuntimeServiceImpl.startProcessInstanceByKey"),
      group("complete a task (form submitted)", "FormServiceImpl.submitTaskForm", "TaskServiceImpl.complete"),
      group("claim a task", "TaskServiceImpl.claim"),
      group("jobs (timers, asynchronous steps)", "ManagementServiceImpl.executeJob"),
      group("the replay reads the form's context", "TaskServiceImpl.getVariables"),
      group("find the open work (task, job, identity-link queries; a job's place)", "AbstractQuery.list",
          "AbstractQuery.listPage", "AbstractQuery.count", "AbstractQuery.singleResult",
          "TaskServiceImpl.getIdentityLinksForTask", "RuntimeServiceImpl.getVariable",
          "RepositoryServiceImpl", "JobDefinitionQueryImpl"));

  /** our command interceptors: every command passes through them, and they do nothing on the replay's */
  static final List<String> PASS_THROUGH = List.of("ca.gc.cpa.forms.FormChoicesInterceptor.execute",
      "ca.gc.cpa.identity.AdministratorsOnly.execute", "ca.gc.cpa.config.PostgresTaskQueryPlans$");

  static final List<Group> KINDS = List.of(
      group("the completion check (ours, a task listener)", "ca.gc.cpa.forms.FormCompletionCheck."),
      group("authorization checks, and the rights a task brings", "AuthorizationManager.", "AuthorizationCommandChecker.",
          "TenantCommandChecker.", "ca.gc.cpa.identity.TaskAuthorizationProvider."),
      new Group("our delegates, listeners, rules and business writes", f -> f.startsWith("ca.gc.cpa.")
          && !f.startsWith("ca.gc.cpa.replay.") && PASS_THROUGH.stream().noneMatch(f::startsWith)),
      group("loading variables", ".provideVariables", "VariableInstanceManager.find"),
      group("history events", "HistoryEventProcessor.", "HistoryEventProducer.", "DbHistoryEventHandler."),
      group("database writes (flush at the end of a transaction)", "DbEntityManager.flush", "DbSqlSession.executeDbOperation",
          "DbSqlSession.flushOperations"),
      group("commit", "DbSqlSession.commit", "TransactionContext.commit", "StandaloneTransactionContext.commit",
          "SpringTransactionContext", "DataSourceTransactionManager.doCommit"),
      group("other database reads (MyBatis, JDBC)", "org.apache.ibatis.", "org.h2.", "org.postgresql."));

  static final String OWN = "the driver's own (the replay's scenario and business reads, the baseline's loop)";

  private FlightProfile() {}

  public static void main(String[] args) throws IOException {
    for (String file : args) {
      print(Path.of(file));
    }
  }

  static void print(Path file) throws IOException {
    long all = 0;
    long work = 0;
    long counter = 0;
    Map<String, Map<String, Long>> both = new LinkedHashMap<>();
    Map<String, Long> operations = new LinkedHashMap<>();
    Map<String, Long> kinds = new LinkedHashMap<>();
    OPERATIONS.forEach(g -> operations.put(g.name(), 0L));
    KINDS.forEach(g -> kinds.put(g.name(), 0L));
    for (var event : RecordingFile.readAllEvents(file)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
        continue;
      }
      all++;
      RecordedStackTrace stack = event.getStackTrace();
      if (stack == null) {
        continue;
      }
      List<String> frames = stack.getFrames().stream().map(FlightProfile::name).toList();
      if (frames.stream().noneMatch(f -> f.startsWith("ca.gc.cpa.replay.Replay.run")
          || f.startsWith("ca.gc.cpa.replay.Baseline.walkInstance"))) {
        continue;
      }
      work++;
      // the operation: the outermost match (frames run from the leaf to the root)
      String operation = OWN;
      for (int i = frames.size() - 1; i >= 0 && operation.equals(OWN); i--) {
        for (Group g : OPERATIONS) {
          if (g.frame().test(frames.get(i))) {
            operation = g.name();
            break;
          }
        }
      }
      operations.merge(operation, 1L, Long::sum);
      String kind = "other engine work (process execution, entities, caches)";
      for (Group g : KINDS) {
        if (frames.stream().anyMatch(g.frame())) {
          kind = g.name();
          break;
        }
      }
      kinds.merge(kind, 1L, Long::sum);
      both.computeIfAbsent(operation, k -> new LinkedHashMap<>()).merge(kind, 1L, Long::sum);
      if (inCounter(frames)) {
        counter++;
      }
    }
    System.out.printf(Locale.ROOT, "%s: %d execution samples, %d of them the replay's or baseline's work%n",
        file.getFileName(), all, work);
    System.out.println("  by operation:");
    print(operations, work);
    System.out.println("  by what it does (first match in this order):");
    print(kinds, work);
    System.out.println("  each operation by what it does (shares of all the work's samples):");
    long total = Math.max(1, work);
    both.forEach((operation, byKind) -> {
      StringBuilder line = new StringBuilder("    " + operation + ":");
      byKind.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(e -> line.append(String.format(Locale.ROOT, " %s %.1f %%;", e.getKey(), 100.0 * e.getValue() / total)));
      System.out.println(line);
    });
    System.out.printf(Locale.ROOT, "  the benchmark's variable counter itself (its interceptor, MyBatis's proxy): %.2f %%%n",
        100.0 * counter / Math.max(1, work));
  }

  /** the sample is in the counter's own code: its interceptor or MyBatis's plugin proxy, before the executor's */
  static boolean inCounter(List<String> frames) {
    for (String f : frames) {
      if (f.startsWith("org.apache.ibatis.executor.")) {
        return false;
      }
      if (f.startsWith("ca.gc.cpa.replay.VariableCounter.") || f.startsWith("org.apache.ibatis.plugin.")) {
        return true;
      }
    }
    return false;
  }

  private static void print(Map<String, Long> counts, long total) {
    counts.forEach((name, n) -> {
      if (n > 0) {
        System.out.printf(Locale.ROOT, "    %5.1f %%  %6d  %s%n", 100.0 * n / Math.max(1, total), n, name);
      }
    });
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  private static Group group(String name, String... fragments) {
    return new Group(name, f -> {
      for (String fragment : fragments) {
        if (f.contains(fragment)) {
          return true;
        }
      }
      return false;
    });
  }
}
