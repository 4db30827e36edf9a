-- A calendar that imported or subscribed to a meeting updates it when it moves: each change to a
-- meeting counts up its sequence (iCalendar SEQUENCE) and notes when (LAST-MODIFIED).
ALTER TABLE meeting
  ADD COLUMN sequence integer NOT NULL DEFAULT 0,
  ADD COLUMN updated_at timestamptz;

-- A person's private calendar feed: a secret in the URL that calendar programs subscribe to
-- (only its hash is kept); one at a time, revocable, ended with the person.
CREATE TABLE calendar_feed (
  token_hash  bytea PRIMARY KEY,
  person_id   uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL,
  revoked_at  timestamptz
);
CREATE INDEX calendar_feed_person ON calendar_feed (person_id) WHERE revoked_at IS NULL;
