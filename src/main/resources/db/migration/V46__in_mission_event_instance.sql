-- The instance of the event's process that holds an incident or a leave request (issue 19): the steps after a
-- wait (the repatriation decision and its escalation, the commander's answer on leave) find their record by it,
-- not by process variables. A leave request is recorded when it is asked (status REQUESTED, who asked) and
-- answered later (GRANTED or REFUSED, who decided). Rows from before have none.
ALTER TABLE tour_incident ADD COLUMN process_instance_id VARCHAR(64);
ALTER TABLE tour_leave_request ADD COLUMN process_instance_id VARCHAR(64);

CREATE UNIQUE INDEX ux_incident_process_instance ON tour_incident (process_instance_id);
CREATE UNIQUE INDEX ux_leave_process_instance ON tour_leave_request (process_instance_id);
