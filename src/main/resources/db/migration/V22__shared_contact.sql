-- A participant may show their e-mail and phone to the others in their networks; off until they
-- turn it on (leaders and enablers see them anyway, to reach people).
ALTER TABLE person ADD COLUMN shares_contact boolean NOT NULL DEFAULT false;
