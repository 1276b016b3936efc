package ca.gc.cpa.browser;

import java.util.Map;
import org.openqa.selenium.By;

/** Camunda Tasklist as one user sees it: a filter, a task, claim, the Camunda Form, complete. */
final class Tasklist {

  private final Browser browser;
  private final CamundaFormFiller forms;

  Tasklist(Browser browser) {
    this.browser = browser;
    this.forms = new CamundaFormFiller(browser);
  }

  void logIn(String user) {
    browser.logIn("tasklist", user);
    browser.visible(By.cssSelector(".filters, [cam-tasklist-filters]"));
  }

  /** Opens the filter, sees the task in its list, opens the task. */
  void openTask(String filterId, String taskId, String taskName) {
    browser.open("/camunda/app/tasklist/default/#/?filter=" + filterId + "&sorting=%5B%7B%22sortBy%22:%22created%22,%22sortOrder%22:%22desc%22%7D%5D");
    browser.click(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(@href,'" + taskId + "')]"
        + " | //*[contains(@class,'tasks-list')]//li[.//*[normalize-space()=" + CamundaFormFiller.xpathLiteral(taskName)
        + "]]//a[contains(@href,'task=" + taskId + "')]"));
    browser.visible(By.xpath("//*[contains(@class,'task-details')]//*[normalize-space()="
        + CamundaFormFiller.xpathLiteral(taskName) + "]"));
  }

  void claim() {
    browser.click(By.xpath("//button[normalize-space()='Claim']"));
    browser.visible(By.cssSelector("[ng-click='unclaim()']"));
  }

  void fill(String formId, Map<String, ?> values) {
    forms.fill(formId, values);
  }

  void complete() {
    browser.click(By.xpath("//button[normalize-space()='Complete']"));
  }

  /** Starts a process through the header's Start process dialog; the start form comes next. */
  void startProcess(String processName) {
    browser.click(By.xpath("//a[contains(normalize-space(),'Start process')]"));
    browser.click(By.xpath("//*[contains(@class,'modal')]//a[normalize-space()=" + CamundaFormFiller.xpathLiteral(processName) + "]"));
  }

  void submitStartForm() {
    browser.click(By.xpath("//*[contains(@class,'modal')]//button[normalize-space()='Start']"));
  }

  void logOut() {
    browser.logOut();
  }
}
