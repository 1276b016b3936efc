package db.migration;

/**
 * The selections running when V42 came: their call round and their candidate were process variables of the instance
 * ({@code callRound}, {@code candidateNominationId}, since dropped); V42's columns take them over, so that the steps,
 * which now read the selection's row, go on where each instance stands.
 */
public class V43__selection_state_of_running_instances extends VariablesCarriedOver {

  @Override
  protected String update() {
    return """
        UPDATE selection SET call_round = COALESCE((SELECT MAX(v.LONG_) FROM ACT_RU_VARIABLE v
               WHERE v.PROC_INST_ID_ = selection.process_instance_id AND v.EXECUTION_ID_ = v.PROC_INST_ID_
                 AND v.NAME_ = 'callRound'), call_round),
            candidate_nomination_id = (SELECT MAX(n.id) FROM ACT_RU_VARIABLE v JOIN nomination n ON n.id = v.LONG_
               WHERE v.PROC_INST_ID_ = selection.process_instance_id AND v.EXECUTION_ID_ = v.PROC_INST_ID_
                 AND v.NAME_ = 'candidateNominationId')
        WHERE process_instance_id IN (SELECT PROC_INST_ID_ FROM ACT_RU_VARIABLE
                                      WHERE NAME_ IN ('callRound', 'candidateNominationId'))""";
  }
}
