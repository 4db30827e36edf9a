-- The group's review of a proposed plan, like the minutes' review: anyone in the network comments
-- on the plan as a whole or on one priority area; those who write the plan mark comments dealt with.
CREATE TABLE plan_comment (
  id           uuid PRIMARY KEY,
  plan_id      uuid NOT NULL REFERENCES local_plan (id) ON DELETE CASCADE,
  area_id      uuid REFERENCES plan_area (id) ON DELETE SET NULL,
  text         text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
  written_by   uuid NOT NULL REFERENCES person (id),
  written_at   timestamptz NOT NULL,
  resolved_by  uuid REFERENCES person (id),
  resolved_at  timestamptz
);
CREATE INDEX plan_comment_plan ON plan_comment (plan_id);
