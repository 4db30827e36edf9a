-- The question board lives in each meeting's event log from this version on (one source of truth
-- for questions, live or not). Questions planned before become their meeting's next board event.
INSERT INTO meeting_event (meeting_id, seq, type, payload, actor, occurred_at)
SELECT q.meeting_id,
       COALESCE((SELECT max(e.seq) FROM meeting_event e WHERE e.meeting_id = q.meeting_id), 0) + 1,
       'questionsPlanned',
       jsonb_build_object(
         'questions', jsonb_agg(jsonb_build_object('id', gen_random_uuid()::text, 'text', q.text) ORDER BY q.position),
         'atIndex', 0),
       m.created_by,
       now()
  FROM meeting_question q JOIN meeting m ON m.id = q.meeting_id
 GROUP BY q.meeting_id, m.created_by;

DROP TABLE meeting_question;
