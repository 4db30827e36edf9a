-- The leaders of a theme network check a compilation before it is published: the enablers send a
-- version of the draft with a deadline; each leader comments on its sections or says they are
-- done. Sending a newer version starts a new check; the earlier ones and their comments stay.
CREATE TABLE compilation_check (
  theme_network_id  uuid NOT NULL,
  round             int NOT NULL,
  version           int NOT NULL,
  text              text NOT NULL CHECK (length(text) <= 100000),
  deadline          timestamptz NOT NULL,
  sent_by           uuid NOT NULL REFERENCES person (id),
  sent_at           timestamptz NOT NULL,
  PRIMARY KEY (theme_network_id, round, version),
  FOREIGN KEY (theme_network_id, round) REFERENCES compilation (theme_network_id, round)
);

CREATE TABLE compilation_check_comment (
  id                uuid PRIMARY KEY,
  theme_network_id  uuid NOT NULL,
  round             int NOT NULL,
  version           int NOT NULL,
  section           text NOT NULL CHECK (length(section) <= 300),
  text              text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
  written_by        uuid NOT NULL REFERENCES person (id),
  written_at        timestamptz NOT NULL,
  resolved_by       uuid REFERENCES person (id),
  resolved_at       timestamptz,
  FOREIGN KEY (theme_network_id, round, version) REFERENCES compilation_check (theme_network_id, round, version)
);
CREATE INDEX compilation_check_comment_round ON compilation_check_comment (theme_network_id, round);

-- A leader who has read the version sent and has nothing (more) to say.
CREATE TABLE compilation_check_done (
  theme_network_id  uuid NOT NULL,
  round             int NOT NULL,
  version           int NOT NULL,
  person_id         uuid NOT NULL REFERENCES person (id),
  done_at           timestamptz NOT NULL,
  PRIMARY KEY (theme_network_id, round, version, person_id),
  FOREIGN KEY (theme_network_id, round, version) REFERENCES compilation_check (theme_network_id, round, version)
);
