package ca.gc.cpa.config;

import ca.gc.cpa.forms.CompletionCheckPlugin;
import ca.gc.cpa.identity.PasswordRules;
import ca.gc.cpa.identity.TaskAuthorizationProvider;
import ca.gc.cpa.identity.AdministratorsOnly;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Engine plugins of the project (the starter applies every {@link ProcessEnginePlugin} bean). */
@Configuration
public class EngineConfig {

  /** the server's own check of every task completion and start form (package forms) */
  @Bean
  ProcessEnginePlugin completionCheckPlugin(ApplicationContext context) {
    return new CompletionCheckPlugin(context::containsBean);
  }

  /**
   * Partner and staff accounts: the password policy (identity.PasswordRules, on outside the demo profile with
   * {@code enable-password-policy}), and only administrators end a task otherwise than by its form
   * (identity.AdministratorsOnly).
   */
  @Bean
  ProcessEnginePlugin accountsPlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setPasswordPolicy(new PasswordRules());
        var interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
            ? new ArrayList<CommandInterceptor>()
            : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new AdministratorsOnly(configuration.getIdentityService()));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
      }
    };
  }

  /** the indexes H2 needs to plan the engine's variable lookups well */
  @Bean
  ProcessEnginePlugin h2EngineIndexes() {
    return new H2EngineIndexes();
  }

  /** the statistics PostgreSQL needs to plan the engine's authorization checks well */
  @Bean
  ProcessEnginePlugin postgresEngineStatistics() {
    return new PostgresEngineStatistics();
  }

  /** task queries planned for their values on PostgreSQL */
  @Bean
  ProcessEnginePlugin postgresTaskQueryPlans() {
    return new PostgresTaskQueryPlans();
  }

  /** task authorizations without a history right per task (identity.TaskAuthorizationProvider) */
  @Bean
  ProcessEnginePlugin taskAuthorizationProviderPlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new TaskAuthorizationProvider());
      }
    };
  }

  /** the history level {@value AuditHistoryLevel#NAME} ({@code camunda.bpm.history-level}) */
  @Bean
  ProcessEnginePlugin auditHistoryLevelPlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        var levels = configuration.getCustomHistoryLevels() == null
            ? new ArrayList<HistoryLevel>()
            : new ArrayList<>(configuration.getCustomHistoryLevels());
        levels.add(new AuditHistoryLevel());
        configuration.setCustomHistoryLevels(levels);
      }
    };
  }
}
