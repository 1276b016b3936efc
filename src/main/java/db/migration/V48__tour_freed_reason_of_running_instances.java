package db.migration;

/**
 * The tours running when V40 came whose mission was still to be told their position is free (the asynchronous
 * *Tell mission position is free* waiting for its job): why was the instance's variable {@code freedReason}, since
 * dropped; V40's column takes it over, so that the mission's "Why was the position freed?" still has its answer.
 */
public class V48__tour_freed_reason_of_running_instances extends VariablesCarriedOver {

  @Override
  protected String update() {
    return """
        UPDATE tour SET freed_reason = (SELECT MAX(v.TEXT_) FROM ACT_RU_VARIABLE v
               JOIN ACT_RU_EXECUTION e ON e.ID_ = v.PROC_INST_ID_
               WHERE e.BUSINESS_KEY_ = tour.business_key AND v.EXECUTION_ID_ = v.PROC_INST_ID_
                 AND v.NAME_ = 'freedReason')
        WHERE freed_reason IS NULL""";
  }
}
