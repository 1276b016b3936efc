package ca.gc.cpa.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader of messages on sources written for it: what it reads as templates, and what it reports as unreadable. */
class MessageTemplatesTest {

  @TempDir
  Path sources;

  @Test
  void readsEachKindOfMessageAndReportsWhatItCannotRead() throws IOException {
    Files.writeString(sources.resolve("Checks.java"), """
        package x;

        import ca.gc.cpa.i18n.UserMessage;
        import java.util.ArrayList;
        import java.util.List;
        import java.util.Optional;

        record Violation(String field, @UserMessage String message) {}

        class Checks {
          @UserMessage
          static Optional<String> rule(int n) {
            if (n < 1) {
              return Optional.of("at least one");
            }
            return n > 9 ? Optional.of("%d is more than %d".formatted(n, 9)) : Optional.empty();
          }

          static void refuse(List<Violation> out, @UserMessage String message) {
            out.add(new Violation("refused", message));
          }

          List<Violation> check(int n, String kind, String free) {
            List<Violation> out = new ArrayList<>();
            out.add(new Violation("a", "must start on or after " + n + " (" + kind + ")"));
            out.add(new Violation("b", n > 1 ? "several" : "only one"));
            String sent = switch (kind) {
              case "Q" -> "quarterly report for %s sent";
              default -> "monthly report for %s sent";
            };
            out.add(new Violation("c", sent.formatted(kind)));
            rule(n).ifPresent(reason -> out.add(new Violation("d", reason)));
            out.forEach(v -> refuse(out, v.message()));
            refuse(out, "refused outright");
            out.add(new Violation("e", free));
            out.add(new Violation("f", kind.toLowerCase()));
            out.add(new Violation("g", null));
            return out;
          }
        }
        """);
    Files.writeString(sources.resolve("Request.java"), """
        package x;

        import jakarta.validation.constraints.NotNull;

        record Request(@NotNull(message = "is required") String name) {}
        """);

    MessageTemplates found = MessageTemplates.read(sources);

    assertThat(found.templates).containsOnlyKeys("at least one", "{} is more than {}", "must start on or after {} ({})",
        "several", "only one", "quarterly report for {} sent", "monthly report for {} sent", "refused outright",
        "is required");
    assertThat(found.templates.get("several")).containsExactly("Checks.java:26");
    assertThat(found.unreadable).hasSize(2);
    assertThat(found.unreadable.get(0)).startsWith("Checks.java:35: free (a parameter");
    assertThat(found.unreadable.get(1)).startsWith("Checks.java:36: kind.toLowerCase() (a call");
  }

  @Test
  void aFormatsSpecifiersAreWhatItFillsIn() {
    assertThat(MessageTemplates.fromFormat("%s has %d of %.1f days, 100%%")).isEqualTo("{} has {} of {} days, 100%");
  }
}
