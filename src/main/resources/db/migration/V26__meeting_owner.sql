-- Which node of a cluster writes a live meeting's log. A node takes a meeting only when the lease
-- has run out or is its own, and each take bumps the epoch; every append names the epoch it was
-- decided under and is refused if it moved on, so an owner that was paused or cut off can never
-- write after another took over. Lease times are the database's clock: the one all nodes share.
CREATE TABLE meeting_owner (
  meeting_id   uuid PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
  node         text NOT NULL,
  epoch        bigint NOT NULL,
  lease_until  timestamptz NOT NULL
);
CREATE INDEX meeting_owner_node ON meeting_owner (node);
