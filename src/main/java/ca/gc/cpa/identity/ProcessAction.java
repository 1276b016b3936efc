package ca.gc.cpa.identity;

/** What a group may do with the instances of one process: the columns of the authorization matrix. */
public enum ProcessAction {
  /** start an instance (Tasklist's Start process, REST) */
  START,
  /** see running instances, their variables and their open tasks (Cockpit, REST; working them is WORK_TASKS) */
  SEE_INSTANCES,
  /** work the tasks offered to the group (Tasklist); rights on each task come from its candidate group */
  WORK_TASKS,
  /** read the history of finished and running instances */
  READ_HISTORY
}
