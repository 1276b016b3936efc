package ca.gc.cpa.forms;

import java.util.ArrayList;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Installs the server-side check of every task completion and start form (Spring and test engines alike),
 * through the engine's public extension points: a BPMN parse listener that adds {@link FormCompletionCheck}
 * to every user task and start event, and a history event handler with its session that note which variables
 * a command writes ({@link SubmittedVariables}); and the filling of forms' caller-dependent option lists
 * ({@link FormChoicesInterceptor}).
 */
public class CompletionCheckPlugin extends AbstractProcessEnginePlugin {

  private final Predicate<String> isBean;

  /** for the process tests' engine: its beans are the registered mocks */
  public CompletionCheckPlugin() {
    this(name -> Mocks.get(name) != null);
  }

  /** @param isBean whether a name is that of a bean the engine's expressions reach */
  public CompletionCheckPlugin(Predicate<String> isBean) {
    this.isBean = isBean;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    var interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<CommandInterceptor>()
        : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new FormChoicesInterceptor());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);

    var listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<BpmnParseListener>()
        : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new CompletionCheckParseListener(new FormCompletionCheck(isBean)));
    configuration.setCustomPreBPMNParseListeners(listeners);

    var handlers = configuration.getCustomHistoryEventHandlers() == null
        ? new ArrayList<HistoryEventHandler>()
        : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    handlers.add(new SubmittedVariables.Recorder());
    configuration.setCustomHistoryEventHandlers(handlers);

    var sessions = configuration.getCustomSessionFactories() == null
        ? new ArrayList<SessionFactory>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    sessions.add(new SubmittedVariables.Factory());
    configuration.setCustomSessionFactories(sessions);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // the check learns what a completion carries from the history events of variable writes: fail closed
    var level = configuration.getHistoryLevel();
    if (level == null || !level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, null)
        || !level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, null)) {
      throw new IllegalStateException("The completion check needs a history level that records variable writes "
          + "(audit, full or cpa-audit), not " + (level == null ? "none" : level.getName()));
    }
    if (!(configuration.getHistoryEventHandler() instanceof CompositeHistoryEventHandler)) {
      throw new IllegalStateException("The completion check needs the engine's composite history event handler");
    }
  }
}
