-- A published compilation the enablers also share as an open page, without sign-in: the link's
-- secret part (random, 32 characters). Null: shared with the theme's networks only.
ALTER TABLE compilation ADD COLUMN public_token text UNIQUE
  CHECK (public_token IS NULL OR length(public_token) >= 32);
