-- Snapshots were saved as a JSON string instead of an object (a parameter cast fixed in this
-- version), so loading one gave an empty meeting. Snapshots only save replay time: dropping them
-- makes every meeting load from its full log, and new ones are written as objects.
DELETE FROM meeting_snapshot;
