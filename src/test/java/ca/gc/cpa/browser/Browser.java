package ca.gc.cpa.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium driven through /usr/bin/chromedriver (no driver download: Selenium Manager
 * is never asked), with a fresh user data directory; the base URL of the application under test; on
 * failure a screenshot and the page source under target/browser/.
 */
final class Browser implements AutoCloseable {

  static final String CHROMIUM = System.getProperty("browser.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER = System.getProperty("browser.chromedriver", "/usr/bin/chromedriver");
  static final Path EVIDENCE = Path.of("target", "browser");

  final WebDriver driver;
  final String baseUrl;
  /** the language the browser is set to: {@code en} or {@code fr} */
  final String language;
  final WebAppTexts texts;
  private final Path userDataDir;

  /** a browser set to English */
  Browser(int port) {
    this(port, "en");
  }

  /**
   * A browser set to a language, as a person sets theirs: the browser's own language ({@code --lang}, which the web
   * apps read from {@code navigator.languages}) and the languages its requests accept ({@code Accept-Language}).
   */
  Browser(int port, String language) {
    this.baseUrl = "http://localhost:" + port;
    this.language = language;
    this.texts = new WebAppTexts(language);
    try {
      userDataDir = Files.createTempDirectory("cpa-chromium-");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1600,1200", "--user-data-dir=" + userDataDir,
        "--lang=" + language + "-CA");
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language + "-CA," + language));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  WebDriverWait waiting(int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds), Duration.ofMillis(100));
  }

  WebElement visible(By by) {
    return waiting(30).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  WebElement clickable(By by) {
    return waiting(30).until(ExpectedConditions.elementToBeClickable(by));
  }

  /** Clicks what the locator finds, finding it again when Angular re-rendered it in between. */
  void click(By by) {
    for (int attempt = 1; ; attempt++) {
      try {
        click(clickable(by));
        return;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }

  void click(WebElement element) {
    js("arguments[0].scrollIntoView({block: 'center'});", element);
    try {
      element.click();
    } catch (org.openqa.selenium.ElementNotInteractableException e) {
      js("arguments[0].click();", element);
    }
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  void open(String path) {
    driver.get(baseUrl + path);
  }

  /**
   * Logs in through the web apps' login form. Right after a logout the app may render its login view once
   * more while it settles, which takes away the fields being filled: then it fills the new ones and sends
   * again, until the app has left the login view.
   */
  void logIn(String app, String user) {
    open("/camunda/app/" + app + "/default/#/login");
    waiting(90).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
      if (!d.getCurrentUrl().contains("/login")) {
        return true;
      }
      WebElement name = visible(By.cssSelector("input[ng-model=username]"));
      name.clear();
      name.sendKeys(user);
      WebElement password = d.findElement(By.cssSelector("input[ng-model=password]"));
      password.clear();
      password.sendKeys("demo");
      click(By.cssSelector("form button[type=submit]"));
      try {
        waiting(15).until(w -> !w.getCurrentUrl().contains("/login"));
        return true;
      } catch (org.openqa.selenium.TimeoutException e) {
        return false;
      }
    });
  }

  /** Logs out through the account menu of the header. */
  void logOut() {
    click(By.cssSelector(".account .dropdown-toggle, li.account > a"));
    click(By.xpath("//a[contains(@ng-click,'logout') or normalize-space()="
        + CamundaFormFiller.xpathLiteral(texts.tasklist("SIGN_OUT_ACTION")) + "]"));
    waiting(30).until(d -> d.getCurrentUrl().contains("/login"));
  }

  /** A screenshot and the page source under target/browser/, named for the step that failed. */
  void capture(String name) {
    try {
      Files.createDirectories(EVIDENCE);
      String safe = name.replaceAll("[^A-Za-z0-9_.-]", "_");
      Files.write(EVIDENCE.resolve(safe + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Files.writeString(EVIDENCE.resolve(safe + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    } catch (Exception e) {
      System.err.println("could not capture " + name + ": " + e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(userDataDir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a temporary directory
      }
    }
  }
}
