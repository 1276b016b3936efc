package db.migration;

/**
 * The incidents running when V46 came (a critical one waiting for IPOB's decision): their row was the instance's
 * variable {@code incidentId}, since dropped; V46's column takes the instance over, so that the decision and its
 * escalation find their incident as those of later instances do.
 */
public class V49__incident_instance_of_running_instances extends VariablesCarriedOver {

  @Override
  protected String update() {
    return """
        UPDATE tour_incident SET process_instance_id = (SELECT MAX(v.PROC_INST_ID_) FROM ACT_RU_VARIABLE v
               WHERE v.NAME_ = 'incidentId' AND v.LONG_ = tour_incident.id AND v.EXECUTION_ID_ = v.PROC_INST_ID_)
        WHERE process_instance_id IS NULL""";
  }
}
