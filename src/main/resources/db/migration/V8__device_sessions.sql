-- A signed-in device. A personal link, once used, makes one; the session token names it, and every
-- REST call and socket hello checks that it is still open. Using it moves its expiry on, so someone
-- who comes every three weeks stays signed in for the term; signing out (here or everywhere), a
-- link replaced or revoked, or the person removed ends it at once.
CREATE TABLE device_session (
  id            uuid PRIMARY KEY,
  person_id     uuid NOT NULL REFERENCES person (id),
  link_hash     bytea REFERENCES login_link (token_hash),
  device        text NOT NULL DEFAULT '' CHECK (length(device) <= 200),
  created_at    timestamptz NOT NULL,
  last_seen_at  timestamptz NOT NULL,
  expires_at    timestamptz NOT NULL,
  ended_at      timestamptz,
  ended_why     text
);
CREATE INDEX device_session_open ON device_session (person_id) WHERE ended_at IS NULL;

-- Who made a personal link (null: the server itself, for the first enabler, or the person asking
-- for their own by e-mail), so everyone can see where the links that signed them in came from.
ALTER TABLE login_link ADD COLUMN created_by uuid REFERENCES person (id);
