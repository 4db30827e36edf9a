-- When an enabler reminded a local network's leaders of minutes not yet submitted: shown next to
-- the meeting on the theme and network pages, and at most one reminder per meeting a day.
CREATE TABLE minutes_reminder (
  meeting_id  uuid NOT NULL REFERENCES meeting (id),
  sent_at     timestamptz NOT NULL DEFAULT now(),
  sent_by     uuid NOT NULL REFERENCES person (id),
  recipients  int NOT NULL DEFAULT 0,
  PRIMARY KEY (meeting_id, sent_at)
);
