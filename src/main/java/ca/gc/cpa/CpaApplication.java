package ca.gc.cpa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Canadian Police Arrangement deployment workflow: Camunda 7 engine, web apps, REST API and the CPA rules. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CpaApplication {

  public static void main(String[] args) {
    SpringApplication.run(CpaApplication.class, args);
  }
}
