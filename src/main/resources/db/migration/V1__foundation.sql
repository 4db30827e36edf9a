-- The foundation schema: people, a placeholder for networks, meetings, who may join them,
-- one-time login links, and the meeting event log with its snapshots.

CREATE TABLE person (
  id                 uuid PRIMARY KEY,
  display_name       text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
  email              text CHECK (email IS NULL OR length(email) <= 254),
  account_role       text NOT NULL CHECK (account_role IN ('enabler', 'leader', 'participant')),
  stakeholder_group  text NOT NULL CHECK (stakeholder_group IN
                       ('family-carer', 'care-staff', 'official', 'manager', 'politician',
                        'civil-society', 'researcher', 'other')),
  created_at         timestamptz NOT NULL DEFAULT now(),
  removed_at         timestamptz
);

-- Placeholders that the networks issue fills out: a theme network holds local networks.
CREATE TABLE theme_network (
  id          uuid PRIMARY KEY,
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE local_network (
  id                uuid PRIMARY KEY,
  theme_network_id  uuid REFERENCES theme_network (id),
  name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE meeting (
  id                uuid PRIMARY KEY,
  title             text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  local_network_id  uuid REFERENCES local_network (id),
  created_by        uuid NOT NULL REFERENCES person (id),
  created_at        timestamptz NOT NULL DEFAULT now()
);

-- Who may join a meeting, and as what. The meeting's creator is its first leader.
CREATE TABLE meeting_member (
  meeting_id  uuid NOT NULL REFERENCES meeting (id),
  person_id   uuid NOT NULL REFERENCES person (id),
  role        text NOT NULL CHECK (role IN ('enabler', 'leader', 'note-taker', 'participant')),
  added_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (meeting_id, person_id)
);
CREATE INDEX meeting_member_person ON meeting_member (person_id);

-- A login link carries a random secret; only its SHA-256 is kept, so a database leak opens nothing.
CREATE TABLE login_link (
  token_hash  bytea PRIMARY KEY,
  person_id   uuid NOT NULL REFERENCES person (id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz,
  revoked_at  timestamptz
);
CREATE INDEX login_link_person ON login_link (person_id);

-- The meeting's history: every accepted change, in order. (meeting_id, seq) has no gaps.
CREATE TABLE meeting_event (
  meeting_id   uuid NOT NULL REFERENCES meeting (id),
  seq          bigint NOT NULL CHECK (seq > 0),
  type         text NOT NULL,
  payload      jsonb NOT NULL,
  actor        uuid NOT NULL REFERENCES person (id),
  command_id   text,
  occurred_at  timestamptz NOT NULL,
  PRIMARY KEY (meeting_id, seq)
);

-- The meeting's state at a sequence number, so loading a long meeting need not replay it all.
CREATE TABLE meeting_snapshot (
  meeting_id  uuid NOT NULL REFERENCES meeting (id),
  seq         bigint NOT NULL,
  state       jsonb NOT NULL,
  taken_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (meeting_id, seq)
);
