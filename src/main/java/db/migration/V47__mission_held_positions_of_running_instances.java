package db.migration;

/**
 * The missions running when V44 came: the positions their rotation under way leaves to an officer who still holds
 * them were the instance's variable {@code heldPositions} (e.g. "2,4"), since dropped; V44's column takes it over,
 * so that a position freed later is selected as before.
 */
public class V47__mission_held_positions_of_running_instances extends VariablesCarriedOver {

  @Override
  protected String update() {
    return """
        UPDATE mission SET held_positions = COALESCE((SELECT MAX(v.TEXT_) FROM ACT_RU_VARIABLE v
               JOIN ACT_RU_EXECUTION e ON e.ID_ = v.PROC_INST_ID_
               WHERE e.BUSINESS_KEY_ = mission.business_key AND v.EXECUTION_ID_ = v.PROC_INST_ID_
                 AND v.NAME_ = 'heldPositions'), held_positions)""";
  }
}
