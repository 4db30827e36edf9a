-- A right given by hand in a network's meeting (the note-taker role a leader hands out) lasts only
-- as long as the membership it was given on: a person removed from the local network, or a leader
-- no longer leading in the theme, loses it at once, like every other right that came through the
-- network. Hand-made meetings outside any network keep their hand-given members as before.
CREATE OR REPLACE VIEW meeting_access AS
  SELECT meeting_id, person_id, role,
         CASE role WHEN 'enabler' THEN 4 WHEN 'leader' THEN 3 WHEN 'note-taker' THEN 2 ELSE 1 END AS rank
    FROM (
      SELECT mm.meeting_id, mm.person_id, mm.role
        FROM meeting_member mm JOIN meeting m ON m.id = mm.meeting_id
       WHERE m.kind = 'adhoc'
          OR (m.kind = 'local' AND EXISTS (
                SELECT 1 FROM network_member nm
                 WHERE nm.local_network_id = m.local_network_id AND nm.person_id = mm.person_id
                   AND nm.removed_at IS NULL))
          OR (m.kind IN ('pre', 'after') AND EXISTS (
                SELECT 1 FROM network_member nm JOIN local_network ln ON ln.id = nm.local_network_id
                 WHERE ln.theme_network_id = m.theme_network_id AND nm.person_id = mm.person_id
                   AND nm.role = 'leader' AND nm.removed_at IS NULL))
      UNION ALL
      SELECT m.id, a.person_id, a.role
        FROM meeting m JOIN local_network_access a ON a.local_network_id = m.local_network_id
       WHERE m.kind = 'local'
      UNION ALL
      SELECT m.id, te.person_id, 'enabler'
        FROM meeting m JOIN theme_network_enabler te ON te.theme_network_id = m.theme_network_id
       WHERE m.kind IN ('pre', 'after')
      UNION ALL
      SELECT m.id, nm.person_id, 'participant'
        FROM meeting m
        JOIN local_network ln ON ln.theme_network_id = m.theme_network_id
        JOIN network_member nm ON nm.local_network_id = ln.id AND nm.role = 'leader' AND nm.removed_at IS NULL
       WHERE m.kind IN ('pre', 'after')
    ) grants;
