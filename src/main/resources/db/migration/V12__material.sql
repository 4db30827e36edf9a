-- A theme network's material library, kept by its enablers: files (stored here, so a backup
-- holds them) and links, each with a title and a short plain-language note. A template names
-- material a series builds on before anyone has the file: such an entry has neither file nor
-- link until an enabler adds one, and only then do participants see it.
CREATE TABLE material (
  id                uuid PRIMARY KEY,
  theme_network_id  uuid NOT NULL REFERENCES theme_network (id),
  title             text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  note              text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  url               text CHECK (url IS NULL OR length(url) BETWEEN 8 AND 2000),
  file_name         text CHECK (file_name IS NULL OR length(file_name) BETWEEN 1 AND 200),
  content_type      text,
  size_bytes        int CHECK (size_bytes IS NULL OR size_bytes > 0),
  added_by          uuid NOT NULL REFERENCES person (id),
  added_at          timestamptz NOT NULL,
  CHECK (url IS NULL OR file_name IS NULL),
  CHECK ((file_name IS NULL) = (content_type IS NULL) AND (file_name IS NULL) = (size_bytes IS NULL))
);
CREATE INDEX material_theme ON material (theme_network_id);

-- The file itself, apart from the library's listing so that listing never reads it.
CREATE TABLE material_file (
  material_id  uuid PRIMARY KEY REFERENCES material (id) ON DELETE CASCADE,
  content      bytea NOT NULL
);

-- Where material is shown: a round (every meeting of that round in the theme network), one
-- meeting, or one question of a meeting's board (by the board's question id).
CREATE TABLE material_attachment (
  material_id  uuid NOT NULL REFERENCES material (id) ON DELETE CASCADE,
  round        int CHECK (round IS NULL OR round BETWEEN 1 AND 50),
  meeting_id   uuid REFERENCES meeting (id) ON DELETE CASCADE,
  question_id  text CHECK (question_id IS NULL OR length(question_id) <= 100),
  CHECK ((round IS NOT NULL AND meeting_id IS NULL AND question_id IS NULL)
      OR (round IS NULL AND meeting_id IS NOT NULL))
);
CREATE UNIQUE INDEX material_attachment_once
  ON material_attachment (material_id, coalesce(round, 0), coalesce(meeting_id::text, ''), coalesce(question_id, ''));
CREATE INDEX material_attachment_meeting ON material_attachment (meeting_id);
