-- A person can stand for another stakeholder group in one network than in another (a care
-- worker who is a family carer in her home municipality's network). Null: their own group.
ALTER TABLE network_member ADD COLUMN stakeholder_group text CHECK (stakeholder_group IS NULL OR stakeholder_group IN
  ('family-carer', 'care-staff', 'official', 'manager', 'politician', 'civil-society', 'researcher', 'other'));
