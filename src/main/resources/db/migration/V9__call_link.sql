-- A group that keeps its own call tool (Teams, Zoom, Jitsi, a phone number) puts its link on the
-- meeting, and may switch the built-in voice off for it.
ALTER TABLE meeting ADD COLUMN call_link text;
ALTER TABLE meeting ADD COLUMN built_in_voice boolean NOT NULL DEFAULT true;
