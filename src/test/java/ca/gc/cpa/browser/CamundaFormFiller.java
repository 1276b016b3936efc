package ca.gc.cpa.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Fills a Camunda Form (form-js 1.8.7) rendered in Tasklist: each input found by its key in the form's
 * JSON (forms/ is on the classpath), then on the page by the component's id, as form-js builds its DOM
 * ids ({@code fjs-form-<form>-<component id>}).
 */
final class CamundaFormFiller {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Browser browser;

  CamundaFormFiller(Browser browser) {
    this.browser = browser;
  }

  void fill(String formId, Map<String, ?> values) {
    JsonNode form = read(formId);
    browser.visible(By.cssSelector(".fjs-container, .fjs-form"));
    values.forEach((key, value) -> {
      JsonNode component = find(form.path("components"), key);
      if (component == null) {
        throw new IllegalArgumentException("form " + formId + " has no input " + key);
      }
      fill(component, value);
    });
  }

  private void fill(JsonNode component, Object value) {
    String id = component.path("id").asText();
    String type = component.path("type").asText();
    switch (type) {
      case "textfield", "number", "textarea" -> type(() -> element(id), String.valueOf(value));
      case "datetime" -> typeDate(() -> element(id + "-date"), String.valueOf(value));
      case "checkbox" -> tick(id, (Boolean) value);
      case "radio" -> tick(id + "-" + index(component, String.valueOf(value)), true);
      case "checklist" -> {
        for (Object option : (List<?>) value) {
          tick(id + "-" + index(component, String.valueOf(option)), true);
        }
      }
      case "select" -> select(component, id, String.valueOf(value));
      default -> throw new IllegalArgumentException("cannot fill a " + type);
    }
  }

  /** Types key by key (form-js re-renders its controlled inputs on each key) and checks what the input holds. */
  private void type(java.util.function.Supplier<WebElement> field, String text) {
    for (int attempt = 1; ; attempt++) {
      try {
        WebElement input = field.get();
        if (text.equals(input.getAttribute("value"))) {
          return;
        }
        browser.click(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        for (char c : text.toCharArray()) {
          input.sendKeys(String.valueOf(c));
        }
        // form-js hands a change on after a short debounce and may render an older value back
        sleep(400);
        if (text.equals(field.get().getAttribute("value")) || attempt == 4) {
          return;
        }
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 4) {
          throw e;
        }
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Types the date as the field asks for it in the page's language (its placeholder: mm/dd/yyyy, jj/mm/aaaa, …). */
  private void typeDate(java.util.function.Supplier<WebElement> field, String isoDate) {
    java.time.LocalDate date = java.time.LocalDate.parse(isoDate);
    type(field, asPlaceholderSays(field.get().getDomAttribute("placeholder"), date));
    WebElement input = field.get();
    input.sendKeys(Keys.ENTER);
    input.sendKeys(Keys.TAB);
  }

  /** the date written as a date field's placeholder shows it (day, month, year in its order, its separators) */
  static String asPlaceholderSays(String placeholder, java.time.LocalDate date) {
    if (placeholder == null || !placeholder.toLowerCase().matches("[djmya]+[^djmya]+[djmya]+[^djmya]+[djmya]+")) {
      return date.getMonthValue() + "/" + date.getDayOfMonth() + "/" + date.getYear();
    }
    java.util.regex.Matcher token = java.util.regex.Pattern.compile("([djmya])\\1*").matcher(placeholder.toLowerCase());
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (token.find()) {
      out.append(placeholder, at, token.start());
      int width = token.group().length();
      int value = switch (token.group(1)) {
        case "d", "j" -> date.getDayOfMonth();
        case "m" -> date.getMonthValue();
        default -> date.getYear();
      };
      out.append(width == 2 ? String.format("%02d", value) : String.valueOf(value));
      at = token.end();
    }
    return out.append(placeholder.substring(at)).toString();
  }

  /** Sets a checkbox or radio, finding it again when form-js re-rendered it in between. */
  private void tick(String domSuffix, boolean selected) {
    for (int attempt = 1; ; attempt++) {
      try {
        WebElement box = element(domSuffix);
        if (box.isSelected() != selected) {
          browser.click(box);
        }
        return;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }

  /** a select with static options is picked by its label; one the server fills for the user by the value it shows */
  private void select(JsonNode component, String id, String value) {
    WebElement field = element(id + "-display");
    browser.click(field);
    WebElement item = browser.visible(component.hasNonNull("valuesKey")
        ? By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space()," + xpathLiteral(value) + ")]")
        : By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()=" + xpathLiteral(label(component, value)) + "]"));
    // form-js picks the item on mouse down
    new org.openqa.selenium.interactions.Actions(browser.driver).moveToElement(item).click().perform();
  }

  WebElement element(String componentDomSuffix) {
    By by = By.xpath("//*[starts-with(@id,'fjs-form-') and substring(@id, string-length(@id) - "
        + componentDomSuffix.length() + ") = " + xpathLiteral("-" + componentDomSuffix) + "]");
    return browser.waiting(15).until(d -> d.findElements(by).stream().findFirst().orElse(null));
  }

  private static int index(JsonNode component, String value) {
    JsonNode options = component.path("values");
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).path("value").asText().equals(value)) {
        return i;
      }
    }
    throw new IllegalArgumentException(component.path("key").asText() + " has no option " + value);
  }

  /** an option's label as the form shows it in the browser's language */
  private String label(JsonNode component, String value) {
    JsonNode option = component.path("values").get(index(component, value));
    return option.path("fr".equals(browser.language) ? "label_fr" : "label").asText(option.path("label").asText());
  }

  static JsonNode find(JsonNode components, String key) {
    for (JsonNode c : components) {
      if (key.equals(c.path("key").asText(null))) {
        return c;
      }
      JsonNode inner = find(c.path("components"), key);
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }

  static JsonNode read(String formId) {
    try (InputStream in = CamundaFormFiller.class.getResourceAsStream("/" + formId + ".form")) {
      if (in == null) {
        throw new IllegalArgumentException("no form " + formId + " on the classpath");
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String xpathLiteral(String s) {
    return s.contains("'") ? "\"" + s + "\"" : "'" + s + "'";
  }
}
