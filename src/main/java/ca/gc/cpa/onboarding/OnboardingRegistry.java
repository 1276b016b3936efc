package ca.gc.cpa.onboarding;

import ca.gc.cpa.domain.AgencyRepository;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * What is taken, as the onboarding rules ask: partner services (table agency), applications on their
 * way (table agency_application) and accounts (the engine's identity service, read whatever the
 * current user may see, so a taken account is never missed).
 */
@Component
public class OnboardingRegistry implements OnboardingRules.Registry {

  private final AgencyRepository agencies;
  private final AgencyApplicationRepository applications;
  private final ProcessEngine engine;

  public OnboardingRegistry(AgencyRepository agencies, AgencyApplicationRepository applications, @Lazy ProcessEngine engine) {
    this.agencies = agencies;
    this.applications = applications;
    this.engine = engine;
  }

  @Override
  public boolean agencyExists(String code) {
    return agencies.find(code).isPresent();
  }

  @Override
  public boolean userExists(String userId) {
    IdentityService identity = engine.getIdentityService();
    return withoutAuthorization(() -> identity.createUserQuery().userId(userId).count() > 0);
  }

  @Override
  public boolean openApplicationForCode(String code, Long exceptApplicationId) {
    return applications.openForCode(code, exceptApplicationId);
  }

  @Override
  public boolean openApplicationForUser(String userId, Long exceptApplicationId) {
    return applications.openForUser(userId, exceptApplicationId);
  }

  private static <T> T withoutAuthorization(Callable<T> query) {
    CommandContext context = Context.getCommandContext();
    try {
      return context != null ? context.runWithoutAuthorization(query) : query.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
