-- Rate limits held in the database, so they hold for every node of a cluster: uses per key in a
-- fixed window of the server's clock. The key is kept only as its hash (an e-mail address someone
-- typed is not stored); rows whose window has passed are deleted as the bucket is used.
CREATE TABLE rate_limit (
  bucket        text NOT NULL,
  key_hash      bytea NOT NULL,
  window_start  timestamptz NOT NULL,
  used          integer NOT NULL,
  PRIMARY KEY (bucket, key_hash)
);
