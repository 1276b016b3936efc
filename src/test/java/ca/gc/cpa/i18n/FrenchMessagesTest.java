package ca.gc.cpa.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrenchMessagesTest {

  final FrenchMessages french = FrenchMessages.catalogue();

  @Test
  void aMessageOfTheCatalogueIsGivenInFrenchWithWhatItFillsIn() {
    assertThat(french.translate("is required")).isEqualTo("est obligatoire");
    assertThat(french.translate("must have at most 200 characters")).isEqualTo("doit compter au plus 200 caractères");
    assertThat(french.translate("'X' is not one of [EN, FR]")).isEqualTo("« X » ne fait pas partie des valeurs [EN, FR]");
    assertThat(french.translate("the course would last 20 days: a pre-deployment course lasts 5 to 14 days (first and "
        + "last day counted)")).isEqualTo("le cours durerait 20 jours : un cours préalable au déploiement dure de 5 à 14 "
        + "jours (premier et dernier jours compris)");
  }

  @Test
  void aFieldsLabelIsGivenWithItsFrenchFromTheForms() {
    assertThat(french.translate("is required (Rank)")).isEqualTo("est obligatoire (Grade)");
    assertThat(french.translate("is required (Departed on (on or before today))"))
        .isEqualTo("est obligatoire (Parti le (aujourd'hui ou avant))");
    assertThat(french.translate("is required (a label no form has)")).isEqualTo("est obligatoire (a label no form has)");
  }

  @Test
  void theCompletionChecksFrameIsTranslatedReasonByReasonEvenWhenAReasonHasASemicolon() {
    assertThat(french.translate("Cannot complete the task 'Consigner la constatation': days: must be at most 10; "
        + "coordinatorUserId: the account 'marc' already exists; choose another; nomineeRank: is required (Rank)"))
        .isEqualTo("Impossible de terminer la tâche « Consigner la constatation » : days : doit être d'au plus 10; "
            + "coordinatorUserId : le compte « marc » existe déjà; choisissez-en un autre; nomineeRank : est obligatoire (Grade)");
  }

  @Test
  void aPartThatIsAMessageOfTheCatalogueIsGivenInFrenchToo() {
    assertThat(french.translate("Sgt Marie Roy cannot be nominated: on tour DEP-2026-0009 (MSN-X-2026), in training"))
        .isEqualTo("Sgt Marie Roy ne peut pas être proposé : en affectation DEP-2026-0009 (MSN-X-2026), en formation");
    assertThat(french.translate("Cannot start 'Congé dans la mission': leaveDays: only 2.5 days of leave are available "
        + "on 2026-09-20 (20 accrued, 17.5 taken)"))
        .isEqualTo("Impossible de lancer « Congé dans la mission » : leaveDays : seulement 2,5 jours de congé sont "
            + "disponibles le 2026-09-20 (20 accumulés, 17,5 pris)");
  }

  @Test
  void aMessageTheCatalogueDoesNotHaveStaysInEnglish() {
    assertThat(french.translate("a message nobody wrote a line for")).isEqualTo("a message nobody wrote a line for");
    assertThat(french.translate(null)).isNull();
  }

  @Test
  void aLineWhoseFrenchDoesNotFillInWhatItsEnglishDoesIsRefused() {
    assertThatThrownBy(() -> FrenchMessages.line("must be {} to {} => doit être {}")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> FrenchMessages.line("is required ({label}) => est obligatoire ({})"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> FrenchMessages.line("is required")).isInstanceOf(IllegalStateException.class);
  }
}
