package ca.gc.cpa.cap;

import static ca.gc.cpa.process.CapChange.CAP_CHANGE_DATE;
import static ca.gc.cpa.process.CapChange.CAP_CHANGE_REFERENCE;
import static ca.gc.cpa.process.CapChange.NEW_PROGRAM_CAP;

import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import ca.gc.cpa.i18n.UserMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one rule for a mission's ceiling, new (ministerial decision on a request) or changed (ministers' decision after
 * an evaluation): at least one officer, and within the program's headroom under its cap, or above it only together
 * with the ministers' change of the cap (new cap, date, reference), which it must then fit. Ministers own the cap.
 */
public final class CeilingRule {

  private CeilingRule() {}

  /** the cap change a form carries, if its new cap is given */
  public static Optional<ProgramCap.Change> capChange(FormValues values, String decidedWith) {
    return values.value(NEW_PROGRAM_CAP).map(cap -> new ProgramCap.Change(cap,
        values.value(CAP_CHANGE_DATE).orElse(null), values.value(CAP_CHANGE_REFERENCE).orElse(null), decidedWith));
  }

  /** why a proposed ceiling is no ceiling at all, empty when it is one */
  @UserMessage
  public static Optional<String> minimum(int ceiling) {
    return ceiling < 1 ? Optional.of("a mission's ceiling is at least 1 (close the mission instead)") : Optional.empty();
  }

  /**
   * Why a ceiling cannot stand under the cap, empty when it can.
   *
   * @param others the cap and the ceilings of every other mission not closed
   */
  public static List<FieldViolation> check(String ceilingField, int ceiling, CapHeadroom others,
      Optional<ProgramCap.Change> change, FormValues values) {
    List<FieldViolation> out = new ArrayList<>();
    int committedByOthers = others.committed();
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
      if (new CapHeadroom(c.officerCap(), committedByOthers).exceededBy(ceiling)) {
        out.add(new FieldViolation(ceilingField, "must fit the headroom of %d under the new cap of %d (%d committed elsewhere)"
            .formatted(Math.max(0, c.officerCap() - committedByOthers), c.officerCap(), committedByOthers)));
      }
    } else if (others.exceededBy(ceiling)) {
      out.add(new FieldViolation(ceilingField, ("must fit the program's headroom of %d (cap %d, %d committed elsewhere), "
          + "or come with the ministers' change of the cap (new cap, date, reference)")
          .formatted(others.headroom(), others.cap(), committedByOthers)));
    }
    return out;
  }
}
