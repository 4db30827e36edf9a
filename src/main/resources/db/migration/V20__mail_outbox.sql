-- Every e-mail goes out from here: written before anyone is told it is on its way, sent in the
-- background, retried with a growing pause while the SMTP server is away, never lost on a
-- restart. once_key makes a mail that must go once (the day-before reminder, one set of
-- questions) go once, however often or on however many nodes it is asked for. A claim is a lease
-- (claimed_until), so a node that dies while sending lets another send later.
CREATE TABLE mail_outbox (
  id               bigserial PRIMARY KEY,
  person_id        uuid REFERENCES person(id) ON DELETE CASCADE,
  kind             text NOT NULL,
  to_address       text NOT NULL CHECK (length(to_address) <= 254),
  subject          text NOT NULL,
  body             text NOT NULL,
  once_key         text UNIQUE,
  created_at       timestamptz NOT NULL,
  next_attempt_at  timestamptz NOT NULL,
  attempts         integer NOT NULL DEFAULT 0,
  claimed_until    timestamptz,
  last_error       text,
  sent_at          timestamptz,
  given_up_at      timestamptz
);

CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND given_up_at IS NULL;
CREATE INDEX mail_outbox_person ON mail_outbox (person_id);

-- The kinds of mail a person has turned off (every kind is on until they do).
CREATE TABLE mail_opt_out (
  person_id  uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  kind       text NOT NULL,
  PRIMARY KEY (person_id, kind)
);
