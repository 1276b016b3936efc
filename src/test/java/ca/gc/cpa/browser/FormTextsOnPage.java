package ca.gc.cpa.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What a Camunda Form shows a person in Tasklist, against the form's own texts in the browser's language (the
 * form's JSON, {@code label_fr} beside {@code label}, …: not a list kept in the test):
 * <ul>
 *   <li>each component on the page shows its label (a date field its {@code dateLabel}) in that language, each
 *       option of a radio or checklist its option's label, a text component its heading;</li>
 *   <li>every label, description and fixed choice shown on the page is a text of the form in that language: none is
 *       left in the other language or comes from elsewhere.</li>
 * </ul>
 */
final class FormTextsOnPage {

  /** what was checked, and what was wrong */
  record Report(List<String> checked, List<String> problems) {}

  private final Browser browser;
  private final String suffix;

  FormTextsOnPage(Browser browser) {
    this.browser = browser;
    this.suffix = "fr".equals(browser.language) ? "_fr" : "";
  }

  Report check(String formId) {
    JsonNode form = CamundaFormFiller.read(formId);
    WebElement page = browser.visible(By.cssSelector(".fjs-form"));
    Set<String> ids = new HashSet<>();
    for (WebElement e : page.findElements(By.cssSelector("[id]"))) {
      ids.add(e.getDomAttribute("id"));
    }
    List<String> checked = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> texts = new HashSet<>();
    Map<String, String> labelsFor = new LinkedHashMap<>();
    for (WebElement label : page.findElements(By.cssSelector("label.fjs-form-field-label"))) {
      labelsFor.put(String.valueOf(label.getDomAttribute("for")), shown(label));
    }
    String pageText = page.getText();
    for (JsonNode component : components(form.path("components"), new ArrayList<>())) {
      String id = component.path("id").asText();
      String type = component.path("type").asText();
      collect(component, texts);
      if (type.equals("text")) {
        String heading = heading(component.path("text" + suffix).asText());
        String other = heading(component.path("text" + other()).asText());
        if (!heading.isEmpty() && !pageText.contains(heading)) {
          problems.add("text " + id + ": '" + heading + "' not shown");
        } else if (!other.equals(heading) && !other.isEmpty() && pageText.contains(other)) {
          problems.add("text " + id + ": shows '" + other + "'");
        } else {
          checked.add(heading);
        }
        continue;
      }
      String property = type.equals("datetime") ? "dateLabel" : "label";
      String expected = component.path(property + suffix).asText("");
      if (expected.isEmpty() || type.equals("group") || !rendered(ids, id)) {
        continue;
      }
      String shown = labelOf(page, id);
      if (!expected.equals(shown)) {
        problems.add(type + " " + component.path("key").asText(id) + ": shows '" + shown + "', the form says '" + expected + "'");
      } else {
        checked.add(expected);
      }
      JsonNode options = component.path("values");
      if (type.equals("radio") || type.equals("checklist")) {
        for (int i = 0; i < options.size(); i++) {
          String option = options.get(i).path("label" + suffix).asText();
          String on = labelFor(labelsFor, id + "-" + i);
          if (!option.equals(on)) {
            problems.add(type + " " + component.path("key").asText() + " option " + i + ": shows '" + on + "', the form says '"
                + option + "'");
          } else {
            checked.add(option);
          }
        }
      }
      if (type.equals("select") && !component.hasNonNull("valuesKey")) {
        for (WebElement display : page.findElements(By.xpath(".//*[substring(@id, string-length(@id) - "
            + (id.length() + 8) + ") = " + CamundaFormFiller.xpathLiteral("-" + id + "-display") + "]"))) {
          String chosen = shown(display);
          if (!chosen.isEmpty() && !texts.contains(chosen)) {
            problems.add("select " + component.path("key").asText() + ": shows '" + chosen + "', not a label of its options");
          } else if (!chosen.isEmpty()) {
            checked.add(chosen);
          }
        }
      }
    }
    // every label and description on the page is one of the form's texts in the browser's language
    for (WebElement shown : page.findElements(By.cssSelector(".fjs-form-field-label, .fjs-form-field-description"))) {
      String text = shown(shown);
      if (!text.isEmpty() && !texts.contains(text)) {
        problems.add("'" + text + "' is not a text of the form in " + browser.language);
      }
    }
    return new Report(checked, problems);
  }

  /** the form's texts in the browser's language: labels, date labels, descriptions, options' labels */
  private void collect(JsonNode component, Set<String> out) {
    for (String property : List.of("label", "dateLabel", "description")) {
      if (component.path(property + suffix).isTextual()) {
        out.add(component.path(property + suffix).asText());
      }
    }
    component.path("values").forEach(option -> out.add(option.path("label" + suffix).asText()));
  }

  private static List<JsonNode> components(JsonNode components, List<JsonNode> out) {
    for (JsonNode c : components) {
      out.add(c);
      components(c.path("components"), out);
    }
    return out;
  }

  /** a component is on the page when an element's id names it (form-js: fjs-form-<form>-<id>[-date|-display|…]) */
  private static boolean rendered(Set<String> ids, String id) {
    return ids.stream().anyMatch(domId -> domId.endsWith("-" + id) || domId.contains("-" + id + "-"));
  }

  /** the text of the label for an input (a radio's or checklist's option) */
  private static String labelFor(Map<String, String> labelsFor, String inputId) {
    return labelsFor.entrySet().stream().filter(e -> e.getKey().endsWith("-" + inputId))
        .map(Map.Entry::getValue).findFirst().orElse("(no label)");
  }

  /** a component's own label: the first label of the form field that holds its input (a radio's: of its options) */
  private String labelOf(WebElement page, String id) {
    Object text = browser.js("""
        const id = arguments[1];
        const input = [...arguments[0].querySelectorAll('[id]')].find(e => ['', '-0', '-date', '-search', '-display']
            .some(s => e.id.endsWith('-' + id + s)));
        const field = input && input.closest('.fjs-form-field');
        const label = field && field.querySelector('label.fjs-form-field-label');
        return label ? label.innerText : null;""", page, id);
    return text == null ? "(no label)" : String.valueOf(text).replaceAll("\\s*\\*\\s*$", "").strip();
  }

  /** an element's text without the required field's asterisk */
  private static String shown(WebElement e) {
    return e.getText().replaceAll("\\s*\\*\\s*$", "").strip();
  }

  /** the first line of a text component's markdown, without its heading marks */
  private static String heading(String markdown) {
    return markdown.strip().lines().findFirst().orElse("").replaceFirst("^#+\\s*", "").replace("*", "").strip();
  }

  private String other() {
    return suffix.isEmpty() ? "_fr" : "";
  }
}
