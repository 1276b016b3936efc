package ca.gc.cpa.config;

import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web side: `/` leads to Tasklist, and the engine REST API and the project's `/api` both require
 * HTTP Basic authentication checked against Camunda's identity service (the same users, groups and
 * authorizations as the web apps, with the identity service's throttling of failed logins).
 */
@Configuration
public class WebConfig implements WebMvcConfigurer {

  static final String TASKLIST = "/camunda/app/tasklist/";

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/", TASKLIST);
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    return basicAuthentication(new ProcessEngineAuthenticationFilter(), "/engine-rest/*", "/engine-rest");
  }

  /** Basic, and the web apps' session for reading the program's figures (see ApiAuthenticationFilter) */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthentication() {
    return basicAuthentication(new ApiAuthenticationFilter(), "/api/*", "");
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthentication(
      ProcessEngineAuthenticationFilter filter, String urlPattern, String servletPathPrefix) {
    var registration = new FilterRegistrationBean<>(filter);
    registration.setName("basicAuthentication" + urlPattern.replaceAll("[^a-z]", ""));
    registration.addUrlPatterns(urlPattern);
    registration.setInitParameters(Map.of(
        "authentication-provider", HttpBasicAuthenticationProvider.class.getName(),
        "rest-url-pattern-prefix", servletPathPrefix));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
