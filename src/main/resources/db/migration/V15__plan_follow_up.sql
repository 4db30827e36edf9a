-- The meeting, months after a decision, where the group goes through its plan and marks how far
-- each measure has come. It is one of the network's own meetings; if it is ever purged, the plan
-- just has none.
ALTER TABLE local_plan ADD COLUMN follow_up_meeting_id uuid REFERENCES meeting (id) ON DELETE SET NULL;

-- Counts every change to a plan, its areas and measures: a page that has seen revision n asks
-- "anything after n?" every few seconds and reads the plan again only when there is.
ALTER TABLE local_plan ADD COLUMN revision int NOT NULL DEFAULT 1;
