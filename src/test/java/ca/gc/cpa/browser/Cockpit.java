package ca.gc.cpa.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.By;

/**
 * Cockpit as a program manager uses it: find an instance by its business key, open it, read its diagram and,
 * through the CPA plugin (app/cockpit/scripts/cpa-history.js), its history; ended instances in the
 * process definition's "Finished instances" tab.
 */
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

  /** The process definition's page: its diagram and its tabs. */
  void openDefinition(String processDefinitionId) {
    browser.open("/camunda/app/cockpit/default/#/process-definition/" + processDefinitionId + "/runtime");
    browser.visible(By.cssSelector(".djs-container svg .djs-element"));
  }

  /** The plugin's History tab of the open process instance. */
  void openHistoryTab() {
    openTab("History");
    browser.visible(By.cssSelector("table.cpa-history"));
  }

  /** In the definition's Finished instances tab, searches the business key and opens that instance's history. */
  void openFinishedInstance(String businessKey, String processInstanceId) {
    openTab("Finished instances");
    var key = browser.visible(By.cssSelector("input.cpa-business-key"));
    key.clear();
    key.sendKeys(businessKey);
    browser.click(By.cssSelector("form.cpa-finished-search button[type=submit]"));
    browser.visible(By.xpath("//table[contains(@class,'cpa-finished')]//tr[@data-business-key="
        + CamundaFormFiller.xpathLiteral(businessKey) + "]/td[4][normalize-space()='COMPLETED']"));
    browser.click(By.cssSelector("button[data-process-instance-id='" + processInstanceId + "']"));
    browser.visible(By.cssSelector("tr.cpa-finished-history table.cpa-history"));
  }

  /** A finished row of the history: the activity by name, ended, with its assignee. */
  void seesHistoryRow(String activityName, String assignee) {
    browser.visible(By.xpath("//table[contains(@class,'cpa-history')]//tr[td[1][normalize-space()="
        + CamundaFormFiller.xpathLiteral(activityName) + "] and td[4][normalize-space()!=''] and td[5][normalize-space()="
        + CamundaFormFiller.xpathLiteral(assignee) + "]]"));
  }

  private void openTab(String label) {
    browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()=" + CamundaFormFiller.xpathLiteral(label)
        + "]"));
  }

  void logOut() {
    browser.logOut();
  }
}
