package ca.gc.cpa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.replay.MissionSeed;
import ca.gc.cpa.replay.Replay;
import ca.gc.cpa.replay.Scenario;
import ca.gc.cpa.support.CpaAppTest;
import ca.gc.cpa.support.RestUser;
import com.fasterxml.jackson.databind.JsonNode;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * mona opens the Cockpit "Program" page after a small replay: the cap, the headroom and a mission's row on the
 * page are the figures of {@code /api/program}; the charts are drawn; the dashboard shows the same officers
 * abroad. Screenshots of the page are kept as target/browser/program-page.png (top), program-page-forecast.png and
 * program-page-women.png.
 */
@CpaAppTest
@TestPropertySource(properties = {"cpa.test.context=program-page", "camunda.bpm.job-execution.enabled=false"})
class ProgramPageIT {

  @LocalServerPort
  int port;

  @Autowired
  Replay replay;

  Browser browser;

  @BeforeEach
  void replayAndOpenBrowser() {
    replay.run(MissionSeed.catalogue(2, 11), 10, LocalDate.now().minusMonths(20), Duration.ofDays(20),
        Scenario.realistic(11, 4), p -> { });
    browser = new Browser(port);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void monaReadsTheProgramAtAGlance() {
    JsonNode program = RestUser.demo(port, "mona").get("/api/program").json();
    NumberFormat number = NumberFormat.getIntegerInstance(Locale.CANADA);
    try {
      browser.logIn("cockpit", "mona");
      // the dashboard panel
      browser.open("/camunda/app/cockpit/default/#/dashboard");
      assertThat(browser.visible(By.id("cpa-dash-abroad")).getText()).isEqualTo(number.format(program.get("abroad").asInt()));

      long opened = System.nanoTime();
      browser.open("/camunda/app/cockpit/default/#/program");
      WebElement page = browser.waiting(60).until(d -> {
        List<WebElement> ready = d.findElements(By.cssSelector("#cpa-program[data-ready-ms]"));
        if (!d.findElements(By.id("cpa-program-error")).isEmpty()) {
          throw new AssertionError(d.findElement(By.id("cpa-program-error")).getText());
        }
        return ready.isEmpty() ? null : ready.get(0);
      });
      long readyMs = (System.nanoTime() - opened) / 1_000_000;
      System.out.println("[program-page] ready in " + readyMs + " ms from opening the page ("
          + page.getDomAttribute("data-ready-ms") + " ms from the plugin's start)");

      assertThat(browser.visible(By.id("cpa-cap")).getText()).isEqualTo(number.format(program.get("cap").asInt()));
      assertThat(browser.visible(By.id("cpa-headroom")).getText()).isEqualTo(number.format(program.get("headroom").asInt()));
      assertThat(browser.visible(By.id("cpa-abroad")).getText()).isEqualTo(number.format(program.get("abroad").asInt()));

      JsonNode mission = program.get("missions").get(0);
      WebElement row = browser.driver.findElement(By.cssSelector("tr[data-mission='" + mission.get("businessKey").asText() + "']"));
      List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
      assertThat(cells.subList(0, 7)).containsExactly(mission.get("businessKey").asText(), mission.get("name").asText(),
          mission.get("status").asText(), number.format(mission.get("ceiling").asInt()),
          number.format(mission.get("abroad").asInt()), number.format(mission.get("filled").asInt()),
          number.format(mission.get("vacancies").asInt()));
      // the running mission's key opens Cockpit's search by business key
      assertThat(row.findElement(By.cssSelector("a[data-business-key]")).getDomAttribute("href"))
          .contains("/runtime?searchQuery=").contains(mission.get("businessKey").asText());

      // the three charts are drawn by ECharts on their canvases
      for (String chart : List.of("cpa-chart-history", "cpa-chart-women", "cpa-chart-forecast")) {
        WebElement node = browser.driver.findElement(By.id(chart));
        assertThat(node.getDomAttribute("data-drawn")).as(chart).isEqualTo("true");
        Object width = browser.js("const c = arguments[0].querySelector('canvas'); return c ? c.width : 0;", node);
        assertThat(((Number) width).intValue()).as(chart + " canvas").isPositive();
      }
      browser.capture("program-page");
      // and further down the page: the forecast, and women over time
      for (String chart : List.of("cpa-chart-forecast", "cpa-chart-women")) {
        browser.js("arguments[0].scrollIntoView({block: 'center'});", browser.driver.findElement(By.id(chart)));
        browser.capture("program-page-" + chart.substring("cpa-chart-".length()));
      }
    } catch (RuntimeException | AssertionError e) {
      browser.capture("failure-program-page");
      throw e;
    }
  }
}
