-- Creating a series is idempotent: the page sends a key it made for this one creation, and a double
-- click, a retry after a timeout or a second tab with the same form make one series, never two.
ALTER TABLE meeting_series ADD COLUMN request_key text CHECK (request_key IS NULL OR length(request_key) BETWEEN 8 AND 100);
CREATE UNIQUE INDEX meeting_series_request ON meeting_series (local_network_id, request_key) WHERE request_key IS NOT NULL;
