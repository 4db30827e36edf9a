-- A personal link lasts as long as the person's place in the networks: until it is replaced or
-- revoked (removal does that), not a number of days – unless an operator sets auth.loginLinkDays.
-- No expiry is null.
ALTER TABLE login_link ALTER COLUMN expires_at DROP NOT NULL;
