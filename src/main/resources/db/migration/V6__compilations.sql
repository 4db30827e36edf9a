-- The enablers' compilation of one round: what all local networks of a theme network said about
-- that round's questions, written from their submitted minutes. The enablers edit the draft
-- (text, version: a save names the version it was written on, so two enablers never overwrite
-- each other unseen); publishing copies the draft to published_text, which is what the local
-- networks read. Later edits stay in the draft until published again.
CREATE TABLE compilation (
  theme_network_id   uuid NOT NULL REFERENCES theme_network (id),
  round              int NOT NULL CHECK (round BETWEEN 1 AND 50),
  text               text NOT NULL CHECK (length(text) <= 100000),
  version            int NOT NULL CHECK (version >= 1),
  updated_by         uuid NOT NULL REFERENCES person (id),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  published_text     text,
  published_version  int,
  published_by       uuid REFERENCES person (id),
  published_at       timestamptz,
  PRIMARY KEY (theme_network_id, round)
);
