-- The positions of a mission's rotation under way that an officer still holds (extended past it, or sent for a
-- position added during the rotation before): the rotation does not select them, the mission's Position freed does
-- once their officer leaves (planning.HeldPositions). Written as the rotation opens, e.g. '2,4' (none: '').
ALTER TABLE mission ADD COLUMN held_positions VARCHAR(400) DEFAULT '' NOT NULL;
