package ca.gc.cpa.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.By;

/** Cockpit as a program manager uses it: find an instance by its business key, open it, read its diagram. */
final class Cockpit {

  private final Browser browser;

  Cockpit(Browser browser) {
    this.browser = browser;
  }

  void logIn(String user) {
    browser.logIn("cockpit", user);
  }

  /**
   * Searches the definition's running instances by business key (the search pill Cockpit keeps in the
   * URL), opens the one found and waits for its diagram and its activity instance tree.
   */
  void openInstance(String processDefinitionId, String processInstanceId, String businessKey) {
    String search = "[{\"type\":\"PIbusinessKey\",\"operator\":\"eq\",\"value\":\"" + businessKey + "\"}]";
    browser.open("/camunda/app/cockpit/default/#/process-definition/" + processDefinitionId
        + "/runtime?searchQuery=" + URLEncoder.encode(search, StandardCharsets.UTF_8).replace("+", "%20"));
    browser.visible(By.xpath("//td[normalize-space()=" + CamundaFormFiller.xpathLiteral(businessKey) + "]"));
    browser.click(By.cssSelector("a[href*='process-instance/" + processInstanceId + "']"));
    browser.waiting(30).until(d -> d.getCurrentUrl().contains("process-instance/" + processInstanceId));
    // the bpmn-js canvas with the diagram's shapes
    browser.visible(By.cssSelector(".djs-container svg .djs-element"));
    browser.visible(By.xpath("//*[contains(normalize-space(),'" + businessKey + "')]"));
  }

  /** Whether the diagram shows the named activity (by its BPMN id). */
  void seesActivity(String activityId) {
    browser.visible(By.cssSelector(".djs-container [data-element-id='" + activityId + "']"));
  }

  void logOut() {
    browser.logOut();
  }
}
