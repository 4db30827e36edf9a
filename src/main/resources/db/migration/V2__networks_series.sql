-- Networks and the people in them; meeting series made from templates; meetings with their
-- questions, time and mode. Access to a meeting follows from network membership.

ALTER TABLE person ADD COLUMN phone text CHECK (phone IS NULL OR length(phone) <= 40);

CREATE TABLE theme_network_enabler (
  theme_network_id  uuid NOT NULL REFERENCES theme_network (id),
  person_id         uuid NOT NULL REFERENCES person (id),
  PRIMARY KEY (theme_network_id, person_id)
);
CREATE INDEX theme_network_enabler_person ON theme_network_enabler (person_id);

ALTER TABLE local_network ALTER COLUMN theme_network_id SET NOT NULL;
CREATE INDEX local_network_theme ON local_network (theme_network_id);

-- Leaders and participants of a local network. Removing someone keeps the row (history) and
-- ends their access.
CREATE TABLE network_member (
  local_network_id  uuid NOT NULL REFERENCES local_network (id),
  person_id         uuid NOT NULL REFERENCES person (id),
  role              text NOT NULL CHECK (role IN ('leader', 'participant')),
  added_at          timestamptz NOT NULL DEFAULT now(),
  removed_at        timestamptz,
  PRIMARY KEY (local_network_id, person_id)
);
CREATE INDEX network_member_person ON network_member (person_id);

CREATE TABLE meeting_series (
  id                uuid PRIMARY KEY,
  local_network_id  uuid NOT NULL REFERENCES local_network (id),
  template_key      text,
  title             text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  created_at        timestamptz NOT NULL DEFAULT now()
);

-- kind: 'local' (a local network's meeting, numbered by round), 'pre' / 'after' (the enablers'
-- meetings with all leaders of a theme network around a round), 'adhoc' (made by hand).
ALTER TABLE meeting
  ADD COLUMN kind text NOT NULL DEFAULT 'adhoc' CHECK (kind IN ('adhoc', 'local', 'pre', 'after')),
  ADD COLUMN theme_network_id uuid REFERENCES theme_network (id),
  ADD COLUMN series_id uuid REFERENCES meeting_series (id),
  ADD COLUMN round int CHECK (round IS NULL OR round BETWEEN 1 AND 50),
  ADD COLUMN starts_at timestamptz,
  ADD COLUMN duration_minutes int NOT NULL DEFAULT 120 CHECK (duration_minutes BETWEEN 15 AND 600),
  ADD COLUMN mode text NOT NULL DEFAULT 'digital' CHECK (mode IN ('digital', 'physical', 'hybrid')),
  ADD COLUMN purpose text NOT NULL DEFAULT '' CHECK (length(purpose) <= 2000);
ALTER TABLE meeting ADD CONSTRAINT meeting_kind_fits CHECK (
  (kind = 'adhoc')
  OR (kind = 'local' AND local_network_id IS NOT NULL AND round IS NOT NULL)
  OR (kind IN ('pre', 'after') AND theme_network_id IS NOT NULL AND round IS NOT NULL));
CREATE INDEX meeting_local_network ON meeting (local_network_id);
CREATE INDEX meeting_theme_network ON meeting (theme_network_id);
-- A theme network has one pre- and one after-meeting per round.
CREATE UNIQUE INDEX meeting_leader_round ON meeting (theme_network_id, kind, round) WHERE kind IN ('pre', 'after');

CREATE TABLE meeting_question (
  meeting_id  uuid NOT NULL REFERENCES meeting (id),
  position    int NOT NULL CHECK (position >= 1),
  text        text NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
  PRIMARY KEY (meeting_id, position)
);

-- Who may act in a local network, and as what: the enablers of its theme network, and its
-- current leaders and participants. rank orders roles by power, for people who hold several.
CREATE VIEW local_network_access AS
  SELECT ln.id AS local_network_id, te.person_id, 'enabler' AS role, 3 AS rank
    FROM local_network ln JOIN theme_network_enabler te ON te.theme_network_id = ln.theme_network_id
  UNION ALL
  SELECT nm.local_network_id, nm.person_id, nm.role, CASE nm.role WHEN 'leader' THEN 2 ELSE 1 END
    FROM network_member nm WHERE nm.removed_at IS NULL;

-- Who may be in a meeting, and as what:
--   local meetings: the local network's leaders (steer) and participants, and the enablers;
--   pre/after meetings: the theme network's enablers (steer) and every current leader in it;
--   any meeting: people added to it by hand (meeting_member), e.g. ad-hoc meetings.
CREATE VIEW meeting_access AS
  SELECT meeting_id, person_id, role,
         CASE role WHEN 'enabler' THEN 4 WHEN 'leader' THEN 3 WHEN 'note-taker' THEN 2 ELSE 1 END AS rank
    FROM (
      SELECT meeting_id, person_id, role FROM meeting_member
      UNION ALL
      SELECT m.id, a.person_id, a.role
        FROM meeting m JOIN local_network_access a ON a.local_network_id = m.local_network_id
       WHERE m.kind = 'local'
      UNION ALL
      SELECT m.id, te.person_id, 'enabler'
        FROM meeting m JOIN theme_network_enabler te ON te.theme_network_id = m.theme_network_id
       WHERE m.kind IN ('pre', 'after')
      UNION ALL
      SELECT m.id, nm.person_id, 'participant'
        FROM meeting m
        JOIN local_network ln ON ln.theme_network_id = m.theme_network_id
        JOIN network_member nm ON nm.local_network_id = ln.id AND nm.role = 'leader' AND nm.removed_at IS NULL
       WHERE m.kind IN ('pre', 'after')
    ) grants;
