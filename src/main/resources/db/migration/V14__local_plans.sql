-- A local network's plan: priority areas with measures, and its way from draft to a decision and
-- a follow-up (see domain/LocalPlan). Each area and measure carries a version: a change names the
-- version it was made on, so two people editing the same measure never overwrite each other unseen.
CREATE TABLE local_plan (
  id                uuid PRIMARY KEY,
  local_network_id  uuid NOT NULL REFERENCES local_network (id),
  title             text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  status            text NOT NULL DEFAULT 'draft'
                    CHECK (status IN ('draft', 'proposed', 'sent', 'adopted', 'not-adopted', 'followed-up')),
  sent_to           text CHECK (sent_to IS NULL OR length(sent_to) <= 300),
  sent_on           date,
  decided_on        date,
  decision_ref      text CHECK (decision_ref IS NULL OR length(decision_ref) <= 300),
  followed_up_on    date,
  created_by        uuid NOT NULL REFERENCES person (id),
  created_at        timestamptz NOT NULL,
  status_changed_at timestamptz NOT NULL
);
CREATE INDEX local_plan_network ON local_plan (local_network_id);

CREATE TABLE plan_area (
  id        uuid PRIMARY KEY,
  plan_id   uuid NOT NULL REFERENCES local_plan (id) ON DELETE CASCADE,
  position  int NOT NULL,
  title     text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  version   int NOT NULL DEFAULT 1
);
CREATE INDEX plan_area_plan ON plan_area (plan_id);

CREATE TABLE plan_measure (
  id                uuid PRIMARY KEY,
  area_id           uuid NOT NULL REFERENCES plan_area (id) ON DELETE CASCADE,
  position          int NOT NULL,
  what              text NOT NULL CHECK (length(what) BETWEEN 1 AND 2000),
  responsible       text[] NOT NULL DEFAULT '{}',
  responsible_note  text NOT NULL DEFAULT '' CHECK (length(responsible_note) <= 300),
  due               text NOT NULL DEFAULT '' CHECK (length(due) <= 100),
  needs             text NOT NULL DEFAULT '' CHECK (length(needs) <= 1000),
  progress          text NOT NULL DEFAULT 'planned' CHECK (progress IN ('planned', 'started', 'done', 'dropped')),
  version           int NOT NULL DEFAULT 1
);
CREATE INDEX plan_measure_area ON plan_measure (area_id);
