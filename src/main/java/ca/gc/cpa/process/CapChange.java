package ca.gc.cpa.process;

import java.time.LocalDate;
import java.util.List;

/**
 * The ministers' change of the program cap, as the two forms that record a ceiling decision ask it (Record the
 * ministerial decision, process assistance-request; Record the ministers' ceiling decision, process mission): the new
 * cap, the date and the reference of their decision. Cleared once recorded, so a later decision does not carry it.
 */
public final class CapChange {

  public static final Variable<Integer> NEW_PROGRAM_CAP = Variable.integer("newProgramCap");
  public static final Variable<LocalDate> CAP_CHANGE_DATE = Variable.date("capChangeDate");
  public static final Variable<String> CAP_CHANGE_REFERENCE = Variable.text("capChangeReference");
  public static final List<Variable<?>> FIELDS = List.of(NEW_PROGRAM_CAP, CAP_CHANGE_DATE, CAP_CHANGE_REFERENCE);

  private CapChange() {}
}
