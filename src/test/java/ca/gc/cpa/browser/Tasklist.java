package ca.gc.cpa.browser;

import java.util.Map;
import org.openqa.selenium.By;

/**
 * Camunda Tasklist as one user sees it: a filter, a task, claim, the Camunda Form, complete; its buttons found by the
 * texts Tasklist shows in the browser's language ({@link WebAppTexts}).
 */
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
    browser.click(By.xpath("//button[normalize-space()=" + text("CLAIM_TASK") + "]"));
    browser.visible(By.cssSelector("[ng-click='unclaim()']"));
  }

  void fill(String formId, Map<String, ?> values) {
    forms.fill(formId, values);
  }

  void complete() {
    browser.click(By.xpath("//button[normalize-space()=" + text("COMPLETE") + "]"));
  }

  void completeIfStillOpen() {
    var buttons = browser.driver.findElements(By.xpath("//button[normalize-space()=" + text("COMPLETE") + "]"));
    if (!buttons.isEmpty() && buttons.get(0).isEnabled()) {
      browser.click(buttons.get(0));
    }
  }

  /** Starts a process through the header's Start process dialog; the start form comes next. */
  void startProcess(String processName) {
    browser.click(By.xpath("//a[contains(normalize-space()," + text("START_PROCESS") + ")]"));
    browser.click(By.xpath("//*[contains(@class,'modal')]//a[normalize-space()=" + CamundaFormFiller.xpathLiteral(processName) + "]"));
  }

  void submitStartForm() {
    browser.click(By.xpath("//*[contains(@class,'modal')]//button[normalize-space()=" + text("START") + "]"));
  }

  /** The text of the notifications Tasklist shows (errors of a refused completion among them). */
  String notifications() {
    return browser.driver.findElements(By.cssSelector(".notifications .alert, [cam-notifications-panel] .alert, .alert"))
        .stream().map(e -> {
          try {
            return e.getText();
          } catch (org.openqa.selenium.StaleElementReferenceException stale) {
            return "";
          }
        }).filter(t -> !t.isBlank()).collect(java.util.stream.Collectors.joining(" | "));
  }

  void logOut() {
    browser.logOut();
  }

  /** a text of Tasklist's dictionary in the browser's language, as an XPath literal */
  private String text(String key) {
    return CamundaFormFiller.xpathLiteral(browser.texts.tasklist(key));
  }
}
