package ca.gc.cpa.intake;

import jakarta.validation.Validator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the intake rules to the application's Bean Validation. */
@Configuration
class IntakeConfig {

  @Bean
  IntakeRules intakeRules(Validator validator) {
    return new IntakeRules(validator);
  }
}
