-- A meeting can be called off: it is kept, with why, shown as cancelled, never "late" and not
-- counted as held. Calling it off can be taken back.
ALTER TABLE meeting
  ADD COLUMN cancelled_at timestamptz,
  ADD COLUMN cancel_reason text CHECK (cancel_reason IS NULL OR length(cancel_reason) BETWEEN 1 AND 500);
