package ca.gc.cpa.config;

import ca.gc.cpa.forms.CompletionCheckPlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Engine plugins of the project (the starter applies every {@link ProcessEnginePlugin} bean). */
@Configuration
public class EngineConfig {

  /** the server's own check of every task completion and start form (package forms) */
  @Bean
  ProcessEnginePlugin completionCheckPlugin() {
    return new CompletionCheckPlugin();
  }
}
