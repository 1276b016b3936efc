package ca.gc.cpa.i18n;

import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** {@link FrenchResponses} on the engine's answers: its REST API and the web apps' own engine and Cockpit API */
@Configuration
class FrenchResponsesConfig {

  @Bean
  FilterRegistrationBean<FrenchResponses> frenchResponses(ModelNames names, TaskService tasks) {
    FrenchMessages.catalogue();   // read at start (the catalogue, the forms' labels): a catalogue in error stops the start
    var registration = new FilterRegistrationBean<>(new FrenchResponses(names, tasks));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*", "/camunda/api/cockpit/*");
    // outside the authentication filters: it sees the answer the caller was allowed to get, and adds nothing
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
