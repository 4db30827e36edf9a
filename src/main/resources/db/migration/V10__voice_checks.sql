-- Each person's latest self-check of microphone, speaker and connection before a meeting, so a
-- leader sees who is ready and who needs help. Only the outcome is kept, never any sound.
CREATE TABLE voice_check (
  person_id   uuid PRIMARY KEY REFERENCES person (id),
  checked_at  timestamptz NOT NULL,
  microphone  text NOT NULL CHECK (microphone IN ('ok', 'silent', 'none', 'blocked')),
  speaker     text NOT NULL CHECK (speaker IN ('ok', 'no', 'untested')),
  connection  text NOT NULL CHECK (connection IN ('ok', 'blocked')),
  via         text[] NOT NULL DEFAULT '{}'
);
