package ca.gc.cpa.review;

import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ministers own the program cap: a ceiling above the program's headroom is recorded only together with the
 * ministers' change of the cap (new cap, date, reference), and must fit under the new cap. The same rule for a new
 * mission's ceiling (assistance request) and a changed one (mission evaluation).
 */
public final class CapChangeRule {

  public static final String NEW_PROGRAM_CAP = "newProgramCap";
  public static final String CAP_CHANGE_DATE = "capChangeDate";
  public static final String CAP_CHANGE_REFERENCE = "capChangeReference";

  private CapChangeRule() {}

  /** the cap change a form carries, if its new cap is given */
  public static Optional<ProgramCap.Change> of(FormValues values, String decidedWith) {
    return values.integer(NEW_PROGRAM_CAP).map(cap -> new ProgramCap.Change(cap,
        values.date(CAP_CHANGE_DATE).orElse(null), values.string(CAP_CHANGE_REFERENCE).orElse(null), decidedWith));
  }

  /**
   * Why a ceiling cannot stand, empty when it can.
   *
   * @param committedByOthers the ceilings of every other mission not closed
   */
  public static List<FieldViolation> check(String ceilingField, int ceiling, int cap, int committedByOthers,
      Optional<ProgramCap.Change> change, FormValues values) {
    List<FieldViolation> out = new ArrayList<>();
    if (change.isPresent()) {
      ProgramCap.Change c = change.get();
      if (c.officerCap() < 1) {
        out.add(new FieldViolation(NEW_PROGRAM_CAP, "must be at least 1"));
      }
      if (c.decidedOn() == null || c.decidedOn().isAfter(values.today())) {
        out.add(new FieldViolation(CAP_CHANGE_DATE, "is required with a new cap, on or before today"));
      }
      if (c.reference() == null) {
        out.add(new FieldViolation(CAP_CHANGE_REFERENCE, "is required with a new cap (the ministers' decision)"));
      }
      if (committedByOthers + ceiling > c.officerCap()) {
        out.add(new FieldViolation(ceilingField, "must fit the headroom of %d under the new cap of %d (%d committed elsewhere)"
            .formatted(Math.max(0, c.officerCap() - committedByOthers), c.officerCap(), committedByOthers)));
      }
    } else if (committedByOthers + ceiling > cap) {
      out.add(new FieldViolation(ceilingField, ("must fit the program's headroom of %d (cap %d, %d committed elsewhere), "
          + "or come with the ministers' change of the cap (new cap, date, reference)")
          .formatted(Math.max(0, cap - committedByOthers), cap, committedByOthers)));
    }
    return out;
  }
}
