-- A theme network's own series templates, beside the built-in ones: what each meeting is for and
-- what it discusses (1 to 12 meetings), kept by the theme's enablers.
CREATE TABLE theme_series_template (
  theme_network_id  uuid NOT NULL REFERENCES theme_network (id),
  key               text NOT NULL,
  title             text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  meetings          jsonb NOT NULL,
  saved_by          uuid NOT NULL REFERENCES person (id),
  saved_at          timestamptz NOT NULL,
  PRIMARY KEY (theme_network_id, key)
);
