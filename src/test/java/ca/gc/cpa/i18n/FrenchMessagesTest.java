package ca.gc.cpa.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrenchMessagesTest {

  final FrenchMessages french = FrenchMessages.catalogue();

  @Test
  void aMessageOfTheCatalogueIsGivenInFrenchWithWhatItFillsIn() {
    assertThat(french.translate("is required")).isEqualTo("est obligatoire");
    assertThat(french.translate("is required (Mission)")).isEqualTo("est obligatoire (Mission)");
    assertThat(french.translate("must have at most 200 characters")).isEqualTo("doit compter au plus 200 caractères");
    assertThat(french.translate("'X' is not one of [EN, FR]")).isEqualTo("« X » ne fait pas partie des valeurs [EN, FR]");
  }

  @Test
  void theCompletionChecksFrameIsTranslatedReasonByReason() {
    assertThat(french.translate("Cannot complete the task 'Consigner la constatation': days: must be at most 10; "
        + "verdict: is required (Verdict)"))
        .isEqualTo("Impossible de terminer la tâche « Consigner la constatation » : days : doit être d'au plus 10; "
            + "verdict : est obligatoire (Verdict)");
  }

  @Test
  void aMessageTheCatalogueDoesNotHaveStaysInEnglish() {
    assertThat(french.translate("the officer must agree to the extension")).isEqualTo("the officer must agree to the extension");
    assertThat(french.translate(null)).isNull();
  }
}
