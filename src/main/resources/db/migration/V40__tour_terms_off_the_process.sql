-- What process officer-deployment no longer carries as variables (issue 19): the tour's row holds it and the
-- steps read it by the tour's business key. The row's other terms (mission, position, rotation, officer, months,
-- planned departure) are written by the selection before the tour starts.
-- un_mission: the mission is a UN one (the UN medal may be awarded), as the selection knew it.
ALTER TABLE tour ADD COLUMN un_mission               BOOLEAN      NOT NULL DEFAULT FALSE;
-- freed_reason: why the position is freed (told to the mission): REPLACEMENT, EARLY_RETURN, TOUR_COMPLETED,
-- NOT_REPLACED.
ALTER TABLE tour ADD COLUMN freed_reason             VARCHAR(20);
-- Tours recorded before: a mission the UN asked for is a UN mission (planning.SavePlan's rule), as their running
-- instances carried it.
UPDATE tour SET un_mission = TRUE WHERE mission_business_key IN (
    SELECT m.business_key FROM mission m JOIN assistance_request r ON r.business_key = m.request_business_key
    WHERE r.requesting_body = 'UN');
