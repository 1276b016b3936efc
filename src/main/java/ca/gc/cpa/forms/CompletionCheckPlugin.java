package ca.gc.cpa.forms;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Installs the server-side check of every task completion and process start, and the filling of forms'
 * caller-dependent option lists (Spring and test engines alike).
 */
public class CompletionCheckPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    var interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<CommandInterceptor>()
        : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new CompletionCheckInterceptor());
    interceptors.add(new FormChoicesInterceptor());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);

    var listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<BpmnParseListener>()
        : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new CompletionCheckParseListener());
    configuration.setCustomPreBPMNParseListeners(listeners);
  }
}
