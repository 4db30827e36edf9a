--
-- PostgreSQL database dump
--

\restrict SZqmYwf0SgnwYuC7vJ5qCcf8hNM1vxLFGS3DXrKQbdfT9LhtfpIuUAakf37PxgK

-- Dumped from database version 14.22
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: public; Type: SCHEMA; Schema: -; Owner: -
--

-- *not* creating schema, since initdb creates it


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: compilation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.compilation (
    theme_network_id uuid NOT NULL,
    round integer NOT NULL,
    text text NOT NULL,
    version integer NOT NULL,
    updated_by uuid NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    published_text text,
    published_version integer,
    published_by uuid,
    published_at timestamp with time zone,
    CONSTRAINT compilation_round_check CHECK (((round >= 1) AND (round <= 50))),
    CONSTRAINT compilation_text_check CHECK ((length(text) <= 100000)),
    CONSTRAINT compilation_version_check CHECK ((version >= 1))
);


--
-- Name: device_session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_session (
    id uuid NOT NULL,
    person_id uuid NOT NULL,
    link_hash bytea,
    device text DEFAULT ''::text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    last_seen_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    ended_at timestamp with time zone,
    ended_why text,
    CONSTRAINT device_session_device_check CHECK ((length(device) <= 200))
);


--
-- Name: flyway_schema_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


--
-- Name: local_network; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.local_network (
    id uuid NOT NULL,
    theme_network_id uuid NOT NULL,
    name text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT local_network_name_check CHECK (((length(name) >= 1) AND (length(name) <= 200)))
);


--
-- Name: network_member; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.network_member (
    local_network_id uuid NOT NULL,
    person_id uuid NOT NULL,
    role text NOT NULL,
    added_at timestamp with time zone DEFAULT now() NOT NULL,
    removed_at timestamp with time zone,
    CONSTRAINT network_member_role_check CHECK ((role = ANY (ARRAY['leader'::text, 'participant'::text])))
);


--
-- Name: theme_network_enabler; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.theme_network_enabler (
    theme_network_id uuid NOT NULL,
    person_id uuid NOT NULL
);


--
-- Name: local_network_access; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.local_network_access AS
 SELECT ln.id AS local_network_id,
    te.person_id,
    'enabler'::text AS role,
    3 AS rank
   FROM (public.local_network ln
     JOIN public.theme_network_enabler te ON ((te.theme_network_id = ln.theme_network_id)))
UNION ALL
 SELECT nm.local_network_id,
    nm.person_id,
    nm.role,
        CASE nm.role
            WHEN 'leader'::text THEN 2
            ELSE 1
        END AS rank
   FROM public.network_member nm
  WHERE (nm.removed_at IS NULL);


--
-- Name: login_link; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.login_link (
    token_hash bytea NOT NULL,
    person_id uuid NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    used_at timestamp with time zone,
    revoked_at timestamp with time zone,
    created_by uuid
);


--
-- Name: meeting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meeting (
    id uuid NOT NULL,
    title text NOT NULL,
    local_network_id uuid,
    created_by uuid NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    kind text DEFAULT 'adhoc'::text NOT NULL,
    theme_network_id uuid,
    series_id uuid,
    round integer,
    starts_at timestamp with time zone,
    duration_minutes integer DEFAULT 120 NOT NULL,
    mode text DEFAULT 'digital'::text NOT NULL,
    purpose text DEFAULT ''::text NOT NULL,
    call_link text,
    built_in_voice boolean DEFAULT true NOT NULL,
    CONSTRAINT meeting_duration_minutes_check CHECK (((duration_minutes >= 15) AND (duration_minutes <= 600))),
    CONSTRAINT meeting_kind_check CHECK ((kind = ANY (ARRAY['adhoc'::text, 'local'::text, 'pre'::text, 'after'::text]))),
    CONSTRAINT meeting_kind_fits CHECK (((kind = 'adhoc'::text) OR ((kind = 'local'::text) AND (local_network_id IS NOT NULL) AND (round IS NOT NULL)) OR ((kind = ANY (ARRAY['pre'::text, 'after'::text])) AND (theme_network_id IS NOT NULL) AND (round IS NOT NULL)))),
    CONSTRAINT meeting_mode_check CHECK ((mode = ANY (ARRAY['digital'::text, 'physical'::text, 'hybrid'::text]))),
    CONSTRAINT meeting_purpose_check CHECK ((length(purpose) <= 2000)),
    CONSTRAINT meeting_round_check CHECK (((round IS NULL) OR ((round >= 1) AND (round <= 50)))),
    CONSTRAINT meeting_title_check CHECK (((length(title) >= 1) AND (length(title) <= 200)))
);


--
-- Name: meeting_member; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meeting_member (
    meeting_id uuid NOT NULL,
    person_id uuid NOT NULL,
    role text NOT NULL,
    added_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT meeting_member_role_check CHECK ((role = ANY (ARRAY['enabler'::text, 'leader'::text, 'note-taker'::text, 'participant'::text])))
);


--
-- Name: meeting_access; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.meeting_access AS
 SELECT grants.meeting_id,
    grants.person_id,
    grants.role,
        CASE grants.role
            WHEN 'enabler'::text THEN 4
            WHEN 'leader'::text THEN 3
            WHEN 'note-taker'::text THEN 2
            ELSE 1
        END AS rank
   FROM ( SELECT mm.meeting_id,
            mm.person_id,
            mm.role
           FROM (public.meeting_member mm
             JOIN public.meeting m ON ((m.id = mm.meeting_id)))
          WHERE ((m.kind = 'adhoc'::text) OR ((m.kind = 'local'::text) AND (EXISTS ( SELECT 1
                   FROM public.network_member nm
                  WHERE ((nm.local_network_id = m.local_network_id) AND (nm.person_id = mm.person_id) AND (nm.removed_at IS NULL))))) OR ((m.kind = ANY (ARRAY['pre'::text, 'after'::text])) AND (EXISTS ( SELECT 1
                   FROM (public.network_member nm
                     JOIN public.local_network ln ON ((ln.id = nm.local_network_id)))
                  WHERE ((ln.theme_network_id = m.theme_network_id) AND (nm.person_id = mm.person_id) AND (nm.role = 'leader'::text) AND (nm.removed_at IS NULL))))))
        UNION ALL
         SELECT m.id,
            a.person_id,
            a.role
           FROM (public.meeting m
             JOIN public.local_network_access a ON ((a.local_network_id = m.local_network_id)))
          WHERE (m.kind = 'local'::text)
        UNION ALL
         SELECT m.id,
            te.person_id,
            'enabler'::text
           FROM (public.meeting m
             JOIN public.theme_network_enabler te ON ((te.theme_network_id = m.theme_network_id)))
          WHERE (m.kind = ANY (ARRAY['pre'::text, 'after'::text]))
        UNION ALL
         SELECT m.id,
            nm.person_id,
            'participant'::text
           FROM ((public.meeting m
             JOIN public.local_network ln ON ((ln.theme_network_id = m.theme_network_id)))
             JOIN public.network_member nm ON (((nm.local_network_id = ln.id) AND (nm.role = 'leader'::text) AND (nm.removed_at IS NULL))))
          WHERE (m.kind = ANY (ARRAY['pre'::text, 'after'::text]))) grants;


--
-- Name: meeting_event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meeting_event (
    meeting_id uuid NOT NULL,
    seq bigint NOT NULL,
    type text NOT NULL,
    payload jsonb NOT NULL,
    actor uuid NOT NULL,
    command_id text,
    occurred_at timestamp with time zone NOT NULL,
    CONSTRAINT meeting_event_seq_check CHECK ((seq > 0))
);


--
-- Name: meeting_series; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meeting_series (
    id uuid NOT NULL,
    local_network_id uuid NOT NULL,
    template_key text,
    title text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT meeting_series_title_check CHECK (((length(title) >= 1) AND (length(title) <= 200)))
);


--
-- Name: meeting_snapshot; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meeting_snapshot (
    meeting_id uuid NOT NULL,
    seq bigint NOT NULL,
    state jsonb NOT NULL,
    taken_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: minutes_reminder; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.minutes_reminder (
    meeting_id uuid NOT NULL,
    sent_at timestamp with time zone DEFAULT now() NOT NULL,
    sent_by uuid NOT NULL,
    recipients integer DEFAULT 0 NOT NULL
);


--
-- Name: person; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person (
    id uuid NOT NULL,
    display_name text NOT NULL,
    email text,
    account_role text NOT NULL,
    stakeholder_group text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    removed_at timestamp with time zone,
    phone text,
    CONSTRAINT person_account_role_check CHECK ((account_role = ANY (ARRAY['enabler'::text, 'leader'::text, 'participant'::text]))),
    CONSTRAINT person_display_name_check CHECK (((length(display_name) >= 1) AND (length(display_name) <= 120))),
    CONSTRAINT person_email_check CHECK (((email IS NULL) OR (length(email) <= 254))),
    CONSTRAINT person_phone_check CHECK (((phone IS NULL) OR (length(phone) <= 40))),
    CONSTRAINT person_stakeholder_group_check CHECK ((stakeholder_group = ANY (ARRAY['family-carer'::text, 'care-staff'::text, 'official'::text, 'manager'::text, 'politician'::text, 'civil-society'::text, 'researcher'::text, 'other'::text])))
);


--
-- Name: theme_network; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.theme_network (
    id uuid NOT NULL,
    name text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT theme_network_name_check CHECK (((length(name) >= 1) AND (length(name) <= 200)))
);


--
-- Name: voice_check; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.voice_check (
    person_id uuid NOT NULL,
    checked_at timestamp with time zone NOT NULL,
    microphone text NOT NULL,
    speaker text NOT NULL,
    connection text NOT NULL,
    via text[] DEFAULT '{}'::text[] NOT NULL,
    CONSTRAINT voice_check_connection_check CHECK ((connection = ANY (ARRAY['ok'::text, 'blocked'::text]))),
    CONSTRAINT voice_check_microphone_check CHECK ((microphone = ANY (ARRAY['ok'::text, 'silent'::text, 'none'::text, 'blocked'::text]))),
    CONSTRAINT voice_check_speaker_check CHECK ((speaker = ANY (ARRAY['ok'::text, 'no'::text, 'untested'::text])))
);


--
-- Data for Name: compilation; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: device_session; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.device_session VALUES ('7368850f-7bea-4081-9982-71352d67eae5', '8afab442-5d8b-4e68-b900-6792f5d67d25', NULL, 'test', '2026-12-03 06:53:07+00', '2026-12-03 06:53:07+00', '2027-01-02 06:53:07+00', NULL, NULL);
INSERT INTO public.device_session VALUES ('ed755a0b-f072-4006-9958-beb6eab6a250', '8afab442-5d8b-4e68-b900-6792f5d67d25', NULL, 'test', '2026-12-03 06:53:07+00', '2026-12-03 06:53:07+00', '2027-01-02 06:53:07+00', NULL, NULL);
INSERT INTO public.device_session VALUES ('b5e83be5-89e4-4d16-96b7-7ee4f4ebd94c', 'a956257a-bc8d-47fe-8437-ce72b05388a5', NULL, 'test', '2026-12-03 06:53:07+00', '2026-12-03 06:53:07+00', '2027-01-02 06:53:07+00', NULL, NULL);
INSERT INTO public.device_session VALUES ('6b88a743-0f21-4710-ba90-c093cffc0514', 'a956257a-bc8d-47fe-8437-ce72b05388a5', NULL, 'test', '2026-12-03 06:53:07+00', '2026-12-03 06:53:07+00', '2027-01-02 06:53:07+00', NULL, NULL);
INSERT INTO public.device_session VALUES ('9ab661c0-845c-4cf1-9085-a67d40dddbfc', '6b46d971-be72-4848-8642-1e293ed230c3', NULL, 'test', '2026-12-03 06:53:07+00', '2026-12-03 06:53:07+00', '2027-01-02 06:53:07+00', NULL, NULL);
INSERT INTO public.device_session VALUES ('ac4ecc6b-a495-4c31-863b-3bbf60f3465c', '8afab442-5d8b-4e68-b900-6792f5d67d25', NULL, 'test', '2026-12-03 06:53:07+00', '2026-12-03 06:53:07+00', '2027-01-02 06:53:07+00', NULL, NULL);
INSERT INTO public.device_session VALUES ('55c20897-d734-4a4b-a649-87693e636142', '8afab442-5d8b-4e68-b900-6792f5d67d25', NULL, 'test', '2026-12-03 06:53:07+00', '2026-12-03 06:53:07+00', '2027-01-02 06:53:07+00', NULL, NULL);
INSERT INTO public.device_session VALUES ('2e88bbb4-197f-48e1-a09a-8fa2708aeade', '8afab442-5d8b-4e68-b900-6792f5d67d25', NULL, 'test', '2026-12-03 06:53:07+00', '2026-12-03 06:53:07+00', '2027-01-02 06:53:07+00', NULL, NULL);
INSERT INTO public.device_session VALUES ('e1fdec2f-90b5-484d-98f8-b39017c378c0', '8afab442-5d8b-4e68-b900-6792f5d67d25', NULL, 'test', '2026-12-03 06:53:07+00', '2026-12-03 06:53:07+00', '2027-01-02 06:53:07+00', NULL, NULL);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'foundation', 'SQL', 'V1__foundation.sql', 788953454, 'postgres', '2026-12-03 06:53:07.409753', 27, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'networks series', 'SQL', 'V2__networks_series.sql', -399443715, 'postgres', '2026-12-03 06:53:07.490128', 29, true);
INSERT INTO public.flyway_schema_history VALUES (3, '3', 'board in the log', 'SQL', 'V3__board_in_the_log.sql', -313007989, 'postgres', '2026-12-03 06:53:07.550215', 10, true);
INSERT INTO public.flyway_schema_history VALUES (4, '4', 'drop snapshots saved as text', 'SQL', 'V4__drop_snapshots_saved_as_text.sql', 688684580, 'postgres', '2026-12-03 06:53:07.57888', 7, true);
INSERT INTO public.flyway_schema_history VALUES (5, '5', 'minutes reminders', 'SQL', 'V5__minutes_reminders.sql', -1577412972, 'postgres', '2026-12-03 06:53:07.598957', 10, true);
INSERT INTO public.flyway_schema_history VALUES (6, '6', 'compilations', 'SQL', 'V6__compilations.sql', 1925183673, 'postgres', '2026-12-03 06:53:07.6189', 9, true);
INSERT INTO public.flyway_schema_history VALUES (7, '7', 'grants follow membership', 'SQL', 'V7__grants_follow_membership.sql', -825765676, 'postgres', '2026-12-03 06:53:07.638922', 7, true);
INSERT INTO public.flyway_schema_history VALUES (8, '8', 'device sessions', 'SQL', 'V8__device_sessions.sql', -1683696713, 'postgres', '2026-12-03 06:53:07.658307', 8, true);
INSERT INTO public.flyway_schema_history VALUES (9, '9', 'call link', 'SQL', 'V9__call_link.sql', 269460379, 'postgres', '2026-12-03 06:53:07.674827', 4, true);
INSERT INTO public.flyway_schema_history VALUES (10, '10', 'voice checks', 'SQL', 'V10__voice_checks.sql', 406473798, 'postgres', '2026-12-03 06:53:07.688367', 5, true);


--
-- Data for Name: local_network; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.local_network VALUES ('fcd076b0-211d-42a8-adeb-5b7559f622ac', '973b2ae6-9993-4321-aabd-23e308b1430a', 'Umeå', '2026-12-03 06:53:08.585898+00');
INSERT INTO public.local_network VALUES ('96186249-5849-40d7-9a30-7450a2165f4a', '9b8d0e8a-07b0-4028-910d-0a81cad2c6b2', 'Västerås', '2026-12-03 06:53:09.149739+00');


--
-- Data for Name: login_link; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: meeting; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meeting VALUES ('2fbaa61f-d94f-4db2-afc9-d7c7be1cca49', 'Förmöte inför möte 1 – Introduktion', NULL, '8afab442-5d8b-4e68-b900-6792f5d67d25', '2026-12-03 06:53:08.974968+00', 'pre', '973b2ae6-9993-4321-aabd-23e308b1430a', NULL, 1, '2026-10-02 06:53:07+00', 90, 'digital', 'Nätverksledarna och möjliggörarna planerar mötet, går laget runt och kommer överens om frågorna.', NULL, true);
INSERT INTO public.meeting VALUES ('78a174d7-f77c-4bfa-96d1-743346da3122', 'Eftermöte efter möte 1 – Introduktion', NULL, '8afab442-5d8b-4e68-b900-6792f5d67d25', '2026-12-03 06:53:08.974968+00', 'after', '973b2ae6-9993-4321-aabd-23e308b1430a', NULL, 1, '2026-10-16 06:53:07+00', 90, 'digital', 'Hur gick det? Nätverksledarna delar erfarenheter och tips med varandra och möjliggörarna.', NULL, true);
INSERT INTO public.meeting VALUES ('2aab047c-5ba3-44f8-997a-2460f74b4ea3', 'Möte 2 – Det som fungerar i dag', 'fcd076b0-211d-42a8-adeb-5b7559f622ac', '8afab442-5d8b-4e68-b900-6792f5d67d25', '2026-12-03 06:53:08.974968+00', 'local', NULL, '63d7787d-c4d1-4e10-807a-8155be674358', 2, '2026-10-30 06:53:07+00', 120, 'digital', 'Utifrån rapporten avseende Nära vård och ökad specialistvård i hemmet.', NULL, true);
INSERT INTO public.meeting VALUES ('c4f07193-f552-4a9d-b711-332459af3496', 'Förmöte inför möte 2 – Det som fungerar i dag', NULL, '8afab442-5d8b-4e68-b900-6792f5d67d25', '2026-12-03 06:53:08.974968+00', 'pre', '973b2ae6-9993-4321-aabd-23e308b1430a', NULL, 2, '2026-10-23 06:53:07+00', 90, 'digital', 'Nätverksledarna och möjliggörarna planerar mötet, går laget runt och kommer överens om frågorna.', NULL, true);
INSERT INTO public.meeting VALUES ('935b16a2-fbf6-4167-b780-702f672db2d3', 'Eftermöte efter möte 2 – Det som fungerar i dag', NULL, '8afab442-5d8b-4e68-b900-6792f5d67d25', '2026-12-03 06:53:08.974968+00', 'after', '973b2ae6-9993-4321-aabd-23e308b1430a', NULL, 2, '2026-11-06 06:53:07+00', 90, 'digital', 'Hur gick det? Nätverksledarna delar erfarenheter och tips med varandra och möjliggörarna.', NULL, true);
INSERT INTO public.meeting VALUES ('3ddc304b-d7fb-4543-b642-fb8fa279175b', 'Möte 3 – Förbättringsområden', 'fcd076b0-211d-42a8-adeb-5b7559f622ac', '8afab442-5d8b-4e68-b900-6792f5d67d25', '2026-12-03 06:53:08.974968+00', 'local', NULL, '63d7787d-c4d1-4e10-807a-8155be674358', 3, '2026-11-20 06:53:07+00', 120, 'digital', 'Utifrån rapporten från möte 2.', NULL, true);
INSERT INTO public.meeting VALUES ('4d5b6602-dbcd-4338-96e7-1d482b5e93f0', 'Förmöte inför möte 3 – Förbättringsområden', NULL, '8afab442-5d8b-4e68-b900-6792f5d67d25', '2026-12-03 06:53:08.974968+00', 'pre', '973b2ae6-9993-4321-aabd-23e308b1430a', NULL, 3, '2026-11-13 06:53:07+00', 90, 'digital', 'Nätverksledarna och möjliggörarna planerar mötet, går laget runt och kommer överens om frågorna.', NULL, true);
INSERT INTO public.meeting VALUES ('ab161b9f-ebe3-4790-8a52-e3d467a8cd21', 'Eftermöte efter möte 3 – Förbättringsområden', NULL, '8afab442-5d8b-4e68-b900-6792f5d67d25', '2026-12-03 06:53:08.974968+00', 'after', '973b2ae6-9993-4321-aabd-23e308b1430a', NULL, 3, '2026-11-27 06:53:07+00', 90, 'digital', 'Hur gick det? Nätverksledarna delar erfarenheter och tips med varandra och möjliggörarna.', NULL, true);
INSERT INTO public.meeting VALUES ('aaea09dd-0da5-42ce-bbf2-199ef31fdd17', 'Möte 4 – Prioritera', 'fcd076b0-211d-42a8-adeb-5b7559f622ac', '8afab442-5d8b-4e68-b900-6792f5d67d25', '2026-12-03 06:53:08.974968+00', 'local', NULL, '63d7787d-c4d1-4e10-807a-8155be674358', 4, '2026-12-11 06:53:07+00', 120, 'digital', 'Utifrån diskussionen i föregående möte (möte 3).', NULL, true);
INSERT INTO public.meeting VALUES ('b94f3bff-7e77-4430-ba2b-36346262f388', 'Förmöte inför möte 4 – Prioritera', NULL, '8afab442-5d8b-4e68-b900-6792f5d67d25', '2026-12-03 06:53:08.974968+00', 'pre', '973b2ae6-9993-4321-aabd-23e308b1430a', NULL, 4, '2026-12-04 06:53:07+00', 90, 'digital', 'Nätverksledarna och möjliggörarna planerar mötet, går laget runt och kommer överens om frågorna.', NULL, true);
INSERT INTO public.meeting VALUES ('c9f4cb55-f43f-4477-98d7-b7fcacbaaa47', 'Eftermöte efter möte 4 – Prioritera', NULL, '8afab442-5d8b-4e68-b900-6792f5d67d25', '2026-12-03 06:53:08.974968+00', 'after', '973b2ae6-9993-4321-aabd-23e308b1430a', NULL, 4, '2026-12-18 06:53:07+00', 90, 'digital', 'Hur gick det? Nätverksledarna delar erfarenheter och tips med varandra och möjliggörarna.', NULL, true);
INSERT INTO public.meeting VALUES ('06b43b73-449b-4066-b6dd-51eddb428949', 'Möte 5 – Genomförande', 'fcd076b0-211d-42a8-adeb-5b7559f622ac', '8afab442-5d8b-4e68-b900-6792f5d67d25', '2026-12-03 06:53:08.974968+00', 'local', NULL, '63d7787d-c4d1-4e10-807a-8155be674358', 5, '2027-01-01 06:53:07+00', 120, 'digital', 'Utifrån diskussionen i föregående möte (möte 4).', NULL, true);
INSERT INTO public.meeting VALUES ('c12ba518-f37e-4d48-bc14-a2b14c0a3f8e', 'Förmöte inför möte 5 – Genomförande', NULL, '8afab442-5d8b-4e68-b900-6792f5d67d25', '2026-12-03 06:53:08.974968+00', 'pre', '973b2ae6-9993-4321-aabd-23e308b1430a', NULL, 5, '2026-12-25 06:53:07+00', 90, 'digital', 'Nätverksledarna och möjliggörarna planerar mötet, går laget runt och kommer överens om frågorna.', NULL, true);
INSERT INTO public.meeting VALUES ('cf5bc80e-8fe1-4067-84f3-941154f10a70', 'Eftermöte efter möte 5 – Genomförande', NULL, '8afab442-5d8b-4e68-b900-6792f5d67d25', '2026-12-03 06:53:08.974968+00', 'after', '973b2ae6-9993-4321-aabd-23e308b1430a', NULL, 5, '2027-01-08 06:53:07+00', 90, 'digital', 'Hur gick det? Nätverksledarna delar erfarenheter och tips med varandra och möjliggörarna.', NULL, true);
INSERT INTO public.meeting VALUES ('90d4821c-7919-473a-8a14-c43b7edac0ed', 'Möte 6 – Lokal plan', 'fcd076b0-211d-42a8-adeb-5b7559f622ac', '8afab442-5d8b-4e68-b900-6792f5d67d25', '2026-12-03 06:53:08.974968+00', 'local', NULL, '63d7787d-c4d1-4e10-807a-8155be674358', 6, '2027-01-22 06:53:07+00', 120, 'digital', 'Upprätta förslag till en dokumenterad plan/strategi.', NULL, true);
INSERT INTO public.meeting VALUES ('ade3c610-6de5-41c2-bd98-4b7031f61271', 'Förmöte inför möte 6 – Lokal plan', NULL, '8afab442-5d8b-4e68-b900-6792f5d67d25', '2026-12-03 06:53:08.974968+00', 'pre', '973b2ae6-9993-4321-aabd-23e308b1430a', NULL, 6, '2027-01-15 06:53:07+00', 90, 'digital', 'Nätverksledarna och möjliggörarna planerar mötet, går laget runt och kommer överens om frågorna.', NULL, true);
INSERT INTO public.meeting VALUES ('9152c4f0-84b7-44f9-b3a6-023e1503f8d7', 'Eftermöte efter möte 6 – Lokal plan', NULL, '8afab442-5d8b-4e68-b900-6792f5d67d25', '2026-12-03 06:53:08.974968+00', 'after', '973b2ae6-9993-4321-aabd-23e308b1430a', NULL, 6, '2027-01-29 06:53:07+00', 90, 'digital', 'Hur gick det? Nätverksledarna delar erfarenheter och tips med varandra och möjliggörarna.', NULL, true);
INSERT INTO public.meeting VALUES ('f09c73de-8aca-46bd-aabb-776a38ee46dd', 'Möte 1 – Introduktion', 'fcd076b0-211d-42a8-adeb-5b7559f622ac', '8afab442-5d8b-4e68-b900-6792f5d67d25', '2026-12-03 06:53:08.974968+00', 'local', NULL, '63d7787d-c4d1-4e10-807a-8155be674358', 1, '2026-12-03 06:53:07+00', 120, 'digital', 'Syfte och mål med mötena, presentation av deltagare, genomgång av nätverkets uppdrag.', NULL, true);
INSERT INTO public.meeting VALUES ('f36dc8a5-c026-42ce-be90-cc650996c55b', 'Förmöte inför möte 1 – Introduktion', NULL, 'a956257a-bc8d-47fe-8437-ce72b05388a5', '2026-12-03 06:53:09.178773+00', 'pre', '9b8d0e8a-07b0-4028-910d-0a81cad2c6b2', NULL, 1, '2026-10-02 06:53:07+00', 90, 'digital', 'Nätverksledarna och möjliggörarna planerar mötet, går laget runt och kommer överens om frågorna.', NULL, true);
INSERT INTO public.meeting VALUES ('8c1a5d5b-5843-4a09-a523-059f58645d4a', 'Eftermöte efter möte 1 – Introduktion', NULL, 'a956257a-bc8d-47fe-8437-ce72b05388a5', '2026-12-03 06:53:09.178773+00', 'after', '9b8d0e8a-07b0-4028-910d-0a81cad2c6b2', NULL, 1, '2026-10-16 06:53:07+00', 90, 'digital', 'Hur gick det? Nätverksledarna delar erfarenheter och tips med varandra och möjliggörarna.', NULL, true);
INSERT INTO public.meeting VALUES ('e5b3ca97-0d32-4c88-b52b-89e0ad708a9f', 'Möte 2 – Det som fungerar i dag', '96186249-5849-40d7-9a30-7450a2165f4a', 'a956257a-bc8d-47fe-8437-ce72b05388a5', '2026-12-03 06:53:09.178773+00', 'local', NULL, '609a5ac9-aa38-4609-901a-ea88621bae8b', 2, '2026-10-30 06:53:07+00', 120, 'digital', 'Utifrån rapporten avseende Nära vård och ökad specialistvård i hemmet.', NULL, true);
INSERT INTO public.meeting VALUES ('d39e1056-f7de-4d2a-bd34-0b4a7e55303a', 'Förmöte inför möte 2 – Det som fungerar i dag', NULL, 'a956257a-bc8d-47fe-8437-ce72b05388a5', '2026-12-03 06:53:09.178773+00', 'pre', '9b8d0e8a-07b0-4028-910d-0a81cad2c6b2', NULL, 2, '2026-10-23 06:53:07+00', 90, 'digital', 'Nätverksledarna och möjliggörarna planerar mötet, går laget runt och kommer överens om frågorna.', NULL, true);
INSERT INTO public.meeting VALUES ('32571c36-79c6-4d71-b595-b26ffa30ca54', 'Eftermöte efter möte 2 – Det som fungerar i dag', NULL, 'a956257a-bc8d-47fe-8437-ce72b05388a5', '2026-12-03 06:53:09.178773+00', 'after', '9b8d0e8a-07b0-4028-910d-0a81cad2c6b2', NULL, 2, '2026-11-06 06:53:07+00', 90, 'digital', 'Hur gick det? Nätverksledarna delar erfarenheter och tips med varandra och möjliggörarna.', NULL, true);
INSERT INTO public.meeting VALUES ('2f92e4b8-6c13-42d0-bf4d-6ec0451b8214', 'Möte 3 – Förbättringsområden', '96186249-5849-40d7-9a30-7450a2165f4a', 'a956257a-bc8d-47fe-8437-ce72b05388a5', '2026-12-03 06:53:09.178773+00', 'local', NULL, '609a5ac9-aa38-4609-901a-ea88621bae8b', 3, '2026-11-20 06:53:07+00', 120, 'digital', 'Utifrån rapporten från möte 2.', NULL, true);
INSERT INTO public.meeting VALUES ('61bf1067-13d1-4ee7-8505-aba61332fbec', 'Förmöte inför möte 3 – Förbättringsområden', NULL, 'a956257a-bc8d-47fe-8437-ce72b05388a5', '2026-12-03 06:53:09.178773+00', 'pre', '9b8d0e8a-07b0-4028-910d-0a81cad2c6b2', NULL, 3, '2026-11-13 06:53:07+00', 90, 'digital', 'Nätverksledarna och möjliggörarna planerar mötet, går laget runt och kommer överens om frågorna.', NULL, true);
INSERT INTO public.meeting VALUES ('f9e63c26-723d-4c96-b951-4b06f3de6b3a', 'Eftermöte efter möte 3 – Förbättringsområden', NULL, 'a956257a-bc8d-47fe-8437-ce72b05388a5', '2026-12-03 06:53:09.178773+00', 'after', '9b8d0e8a-07b0-4028-910d-0a81cad2c6b2', NULL, 3, '2026-11-27 06:53:07+00', 90, 'digital', 'Hur gick det? Nätverksledarna delar erfarenheter och tips med varandra och möjliggörarna.', NULL, true);
INSERT INTO public.meeting VALUES ('c108f326-5f5f-4ead-94a3-7885e9b63c1c', 'Möte 4 – Prioritera', '96186249-5849-40d7-9a30-7450a2165f4a', 'a956257a-bc8d-47fe-8437-ce72b05388a5', '2026-12-03 06:53:09.178773+00', 'local', NULL, '609a5ac9-aa38-4609-901a-ea88621bae8b', 4, '2026-12-11 06:53:07+00', 120, 'digital', 'Utifrån diskussionen i föregående möte (möte 3).', NULL, true);
INSERT INTO public.meeting VALUES ('0d6be605-359f-4273-8e51-5232104bdf9f', 'Förmöte inför möte 4 – Prioritera', NULL, 'a956257a-bc8d-47fe-8437-ce72b05388a5', '2026-12-03 06:53:09.178773+00', 'pre', '9b8d0e8a-07b0-4028-910d-0a81cad2c6b2', NULL, 4, '2026-12-04 06:53:07+00', 90, 'digital', 'Nätverksledarna och möjliggörarna planerar mötet, går laget runt och kommer överens om frågorna.', NULL, true);
INSERT INTO public.meeting VALUES ('235ac43d-4a64-4c36-b207-3007959c3a5d', 'Eftermöte efter möte 4 – Prioritera', NULL, 'a956257a-bc8d-47fe-8437-ce72b05388a5', '2026-12-03 06:53:09.178773+00', 'after', '9b8d0e8a-07b0-4028-910d-0a81cad2c6b2', NULL, 4, '2026-12-18 06:53:07+00', 90, 'digital', 'Hur gick det? Nätverksledarna delar erfarenheter och tips med varandra och möjliggörarna.', NULL, true);
INSERT INTO public.meeting VALUES ('c463054a-29b5-43c8-b05d-a16823592e80', 'Möte 5 – Genomförande', '96186249-5849-40d7-9a30-7450a2165f4a', 'a956257a-bc8d-47fe-8437-ce72b05388a5', '2026-12-03 06:53:09.178773+00', 'local', NULL, '609a5ac9-aa38-4609-901a-ea88621bae8b', 5, '2027-01-01 06:53:07+00', 120, 'digital', 'Utifrån diskussionen i föregående möte (möte 4).', NULL, true);
INSERT INTO public.meeting VALUES ('a7d0f13b-d4ec-4055-8ea2-270164a8b40d', 'Förmöte inför möte 5 – Genomförande', NULL, 'a956257a-bc8d-47fe-8437-ce72b05388a5', '2026-12-03 06:53:09.178773+00', 'pre', '9b8d0e8a-07b0-4028-910d-0a81cad2c6b2', NULL, 5, '2026-12-25 06:53:07+00', 90, 'digital', 'Nätverksledarna och möjliggörarna planerar mötet, går laget runt och kommer överens om frågorna.', NULL, true);
INSERT INTO public.meeting VALUES ('66f4b06e-58eb-472e-86a4-0965f4adeb44', 'Eftermöte efter möte 5 – Genomförande', NULL, 'a956257a-bc8d-47fe-8437-ce72b05388a5', '2026-12-03 06:53:09.178773+00', 'after', '9b8d0e8a-07b0-4028-910d-0a81cad2c6b2', NULL, 5, '2027-01-08 06:53:07+00', 90, 'digital', 'Hur gick det? Nätverksledarna delar erfarenheter och tips med varandra och möjliggörarna.', NULL, true);
INSERT INTO public.meeting VALUES ('11b726cd-dbce-457b-9064-3bd672d7e673', 'Möte 6 – Lokal plan', '96186249-5849-40d7-9a30-7450a2165f4a', 'a956257a-bc8d-47fe-8437-ce72b05388a5', '2026-12-03 06:53:09.178773+00', 'local', NULL, '609a5ac9-aa38-4609-901a-ea88621bae8b', 6, '2027-01-22 06:53:07+00', 120, 'digital', 'Upprätta förslag till en dokumenterad plan/strategi.', NULL, true);
INSERT INTO public.meeting VALUES ('1ab2ab46-ea3b-43e3-9cd5-2c03bd5f48ed', 'Förmöte inför möte 6 – Lokal plan', NULL, 'a956257a-bc8d-47fe-8437-ce72b05388a5', '2026-12-03 06:53:09.178773+00', 'pre', '9b8d0e8a-07b0-4028-910d-0a81cad2c6b2', NULL, 6, '2027-01-15 06:53:07+00', 90, 'digital', 'Nätverksledarna och möjliggörarna planerar mötet, går laget runt och kommer överens om frågorna.', NULL, true);
INSERT INTO public.meeting VALUES ('24d266d5-0d11-41d7-ac30-1ea824708f22', 'Eftermöte efter möte 6 – Lokal plan', NULL, 'a956257a-bc8d-47fe-8437-ce72b05388a5', '2026-12-03 06:53:09.178773+00', 'after', '9b8d0e8a-07b0-4028-910d-0a81cad2c6b2', NULL, 6, '2027-01-29 06:53:07+00', 90, 'digital', 'Hur gick det? Nätverksledarna delar erfarenheter och tips med varandra och möjliggörarna.', NULL, true);
INSERT INTO public.meeting VALUES ('2d9fed64-5a7b-40f5-ab00-fabe424f10ad', 'Möte 1 – Introduktion', '96186249-5849-40d7-9a30-7450a2165f4a', 'a956257a-bc8d-47fe-8437-ce72b05388a5', '2026-12-03 06:53:09.178773+00', 'local', NULL, '609a5ac9-aa38-4609-901a-ea88621bae8b', 1, '2026-12-03 06:53:07+00', 120, 'digital', 'Syfte och mål med mötena, presentation av deltagare, genomgång av nätverkets uppdrag.', NULL, true);


--
-- Data for Name: meeting_event; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meeting_event VALUES ('f09c73de-8aca-46bd-aabb-776a38ee46dd', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "fbdda9ba-6bb7-4a90-b57a-5594efe812e4", "text": "Utifrån anhörigas situation, vad kan vara betydelsefullt stöd för anhöriga när vården förflyttas till hemmet?"}]}', '8afab442-5d8b-4e68-b900-6792f5d67d25', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('2fbaa61f-d94f-4db2-afc9-d7c7be1cca49', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "790af5d5-f1d6-49ad-95b1-3e21155db2d8", "text": "Utifrån anhörigas situation, vad kan vara betydelsefullt stöd för anhöriga när vården förflyttas till hemmet?"}]}', '8afab442-5d8b-4e68-b900-6792f5d67d25', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('78a174d7-f77c-4bfa-96d1-743346da3122', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "161c78a4-45d2-4ebd-a4a4-b4d566713deb", "text": "Hur gick mötet, och hur mår du som ledare?"}, {"id": "560b1c66-10da-432d-ba1d-76b0bbd14285", "text": "Vad tar vi med oss till nästa möte?"}]}', '8afab442-5d8b-4e68-b900-6792f5d67d25', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('2aab047c-5ba3-44f8-997a-2460f74b4ea3', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "c13a59a9-e3f9-4eeb-b7cd-4479b4677ac9", "text": "Finns det områden som i dag inom er kommun/region fungerar som bra stöd för anhöriga när vården förflyttas till hemmet?"}]}', '8afab442-5d8b-4e68-b900-6792f5d67d25', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('c4f07193-f552-4a9d-b711-332459af3496', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "ac2d1666-fbf1-4f8e-820b-8a56f66405f8", "text": "Finns det områden som i dag inom er kommun/region fungerar som bra stöd för anhöriga när vården förflyttas till hemmet?"}]}', '8afab442-5d8b-4e68-b900-6792f5d67d25', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('935b16a2-fbf6-4167-b780-702f672db2d3', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "dfd02e5b-09ae-43ef-8366-bea9ab1b9605", "text": "Hur gick mötet, och hur mår du som ledare?"}, {"id": "2c9d3fa9-3bf5-4eb4-8ca8-aa51fc53871c", "text": "Vad tar vi med oss till nästa möte?"}]}', '8afab442-5d8b-4e68-b900-6792f5d67d25', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('3ddc304b-d7fb-4543-b642-fb8fa279175b', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "169430a4-adda-4c4e-9a19-9fab6be9cfd6", "text": "Finns det förbättringsområden inom er kommun/region för att stödja anhöriga när vården förflyttas hem?"}, {"id": "d299cde3-dc54-4765-bb33-cc824a94f11c", "text": "Vilka exempel på välfärdsteknik/digitala lösningar finns det som kan bidra?"}, {"id": "bae63e09-5247-4153-aa22-ff0827d0fe3b", "text": "Vilka problem finns det?"}]}', '8afab442-5d8b-4e68-b900-6792f5d67d25', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('4d5b6602-dbcd-4338-96e7-1d482b5e93f0', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "b197dc33-9719-40eb-ad56-eb986ef593ce", "text": "Finns det förbättringsområden inom er kommun/region för att stödja anhöriga när vården förflyttas hem?"}, {"id": "e242afab-072e-4226-a112-5830065120b6", "text": "Vilka exempel på välfärdsteknik/digitala lösningar finns det som kan bidra?"}, {"id": "bd1a6dc2-cae3-47d8-9a32-68df66f6827f", "text": "Vilka problem finns det?"}]}', '8afab442-5d8b-4e68-b900-6792f5d67d25', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('ab161b9f-ebe3-4790-8a52-e3d467a8cd21', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "fc182c9d-abdb-4cbf-8b49-676c8f13ab60", "text": "Hur gick mötet, och hur mår du som ledare?"}, {"id": "c93b01af-34cb-4c96-8539-1fe15317cec8", "text": "Vad tar vi med oss till nästa möte?"}]}', '8afab442-5d8b-4e68-b900-6792f5d67d25', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('aaea09dd-0da5-42ce-bbf2-199ef31fdd17', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "145c7100-0867-43a4-846b-78b51a2895c9", "text": "Vilka områden kan vara särskilt betydelsefulla att prioritera för utveckling inom er kommun/region/civilsamhälle för att stödja anhöriga när vården förflyttas till hemmet?"}]}', '8afab442-5d8b-4e68-b900-6792f5d67d25', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('b94f3bff-7e77-4430-ba2b-36346262f388', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "3456348f-6621-4617-b1bf-34a815e2ba98", "text": "Vilka områden kan vara särskilt betydelsefulla att prioritera för utveckling inom er kommun/region/civilsamhälle för att stödja anhöriga när vården förflyttas till hemmet?"}]}', '8afab442-5d8b-4e68-b900-6792f5d67d25', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('c9f4cb55-f43f-4477-98d7-b7fcacbaaa47', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "93d1cb28-0518-46e9-9e48-3f9f968bba5b", "text": "Hur gick mötet, och hur mår du som ledare?"}, {"id": "f34e2072-89b2-4667-8c36-01a000add9ee", "text": "Vad tar vi med oss till nästa möte?"}]}', '8afab442-5d8b-4e68-b900-6792f5d67d25', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('06b43b73-449b-4066-b6dd-51eddb428949', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "650d38ae-ce17-4054-8629-6d0c2db20697", "text": "De prioriterade områden som ni ser som särskilt betydelsefulla att utveckla – hur kan de genomföras lokalt, tillsammans i kommun/region/civilsamhälle?"}, {"id": "f18cd848-17a3-4c4c-bc6d-af9d27ed4674", "text": "Hur, och vem eller vilka verksamheter, ska utveckla dessa områden?"}]}', '8afab442-5d8b-4e68-b900-6792f5d67d25', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('c12ba518-f37e-4d48-bc14-a2b14c0a3f8e', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "ceac380f-498e-4f1f-9abd-5be54b5bc330", "text": "De prioriterade områden som ni ser som särskilt betydelsefulla att utveckla – hur kan de genomföras lokalt, tillsammans i kommun/region/civilsamhälle?"}, {"id": "e1f37975-06ab-4852-a851-15fe92908678", "text": "Hur, och vem eller vilka verksamheter, ska utveckla dessa områden?"}]}', '8afab442-5d8b-4e68-b900-6792f5d67d25', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('cf5bc80e-8fe1-4067-84f3-941154f10a70', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "13e6edcc-281d-4da3-bcb7-cd7f7420a821", "text": "Hur gick mötet, och hur mår du som ledare?"}, {"id": "66873d1c-1076-4ff5-b2ee-d29929ef8662", "text": "Vad tar vi med oss till nästa möte?"}]}', '8afab442-5d8b-4e68-b900-6792f5d67d25', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('90d4821c-7919-473a-8a14-c43b7edac0ed', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "01d9cbbd-7348-4a94-aaef-94466a39de81", "text": "Hur kan de prioriterade områdena för att stödja anhöriga när vården förflyttas till hemmet genomföras lokalt, i kommun/region/civilsamhälle?"}]}', '8afab442-5d8b-4e68-b900-6792f5d67d25', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('ade3c610-6de5-41c2-bd98-4b7031f61271', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "8ee9d34a-86d5-474d-8023-5316b5b1850b", "text": "Hur kan de prioriterade områdena för att stödja anhöriga när vården förflyttas till hemmet genomföras lokalt, i kommun/region/civilsamhälle?"}]}', '8afab442-5d8b-4e68-b900-6792f5d67d25', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('9152c4f0-84b7-44f9-b3a6-023e1503f8d7', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "447b3e3c-5f8e-4813-b1cb-e87c3257cd64", "text": "Hur gick mötet, och hur mår du som ledare?"}, {"id": "f1af83ac-fcea-4cb9-bfb7-168a0a1a84ac", "text": "Vad tar vi med oss till nästa möte?"}]}', '8afab442-5d8b-4e68-b900-6792f5d67d25', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('2d9fed64-5a7b-40f5-ab00-fabe424f10ad', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "a1052197-9441-460d-8cf2-f49d027a49c9", "text": "Utifrån anhörigas situation, vad kan vara betydelsefullt stöd för anhöriga när vården förflyttas till hemmet?"}]}', 'a956257a-bc8d-47fe-8437-ce72b05388a5', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('f36dc8a5-c026-42ce-be90-cc650996c55b', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "172acd99-e84c-4051-8eff-7523de688f11", "text": "Utifrån anhörigas situation, vad kan vara betydelsefullt stöd för anhöriga när vården förflyttas till hemmet?"}]}', 'a956257a-bc8d-47fe-8437-ce72b05388a5', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('f09c73de-8aca-46bd-aabb-776a38ee46dd', 8, 'minutesStatusChanged', '{"at": "2026-12-03T06:53:07Z", "status": "signed-off", "deadline": null}', '8afab442-5d8b-4e68-b900-6792f5d67d25', 'c-a8cf0e78-3556-49aa-9524-071a8144141c', '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('8c1a5d5b-5843-4a09-a523-059f58645d4a', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "2e011930-9edd-4aee-becc-b575f46d4ae2", "text": "Hur gick mötet, och hur mår du som ledare?"}, {"id": "932391ad-1e25-4927-980d-864044328f91", "text": "Vad tar vi med oss till nästa möte?"}]}', 'a956257a-bc8d-47fe-8437-ce72b05388a5', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('e5b3ca97-0d32-4c88-b52b-89e0ad708a9f', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "6809e3aa-3153-40b9-af4a-526d91a3fb3f", "text": "Finns det områden som i dag inom er kommun/region fungerar som bra stöd för anhöriga när vården förflyttas till hemmet?"}]}', 'a956257a-bc8d-47fe-8437-ce72b05388a5', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('d39e1056-f7de-4d2a-bd34-0b4a7e55303a', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "a38a5abe-e48f-4008-92bb-14b20c0b7060", "text": "Finns det områden som i dag inom er kommun/region fungerar som bra stöd för anhöriga när vården förflyttas till hemmet?"}]}', 'a956257a-bc8d-47fe-8437-ce72b05388a5', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('32571c36-79c6-4d71-b595-b26ffa30ca54', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "6bdce8c6-3022-4619-a5a6-61286e1ecb84", "text": "Hur gick mötet, och hur mår du som ledare?"}, {"id": "4af2758a-edf4-4b97-9467-a179f2aa4cc5", "text": "Vad tar vi med oss till nästa möte?"}]}', 'a956257a-bc8d-47fe-8437-ce72b05388a5', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('2f92e4b8-6c13-42d0-bf4d-6ec0451b8214', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "8e02091f-2313-47d4-a604-b234da379308", "text": "Finns det förbättringsområden inom er kommun/region för att stödja anhöriga när vården förflyttas hem?"}, {"id": "68fb7ad4-de98-461f-8bb7-502ed38819b5", "text": "Vilka exempel på välfärdsteknik/digitala lösningar finns det som kan bidra?"}, {"id": "3a28a8df-3489-4ed1-b389-dd9c8cfd4f0b", "text": "Vilka problem finns det?"}]}', 'a956257a-bc8d-47fe-8437-ce72b05388a5', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('61bf1067-13d1-4ee7-8505-aba61332fbec', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "830906d6-49cf-4ba0-8e62-a67b0f052609", "text": "Finns det förbättringsområden inom er kommun/region för att stödja anhöriga när vården förflyttas hem?"}, {"id": "98413fea-8270-467f-ad99-c89e861e7f7b", "text": "Vilka exempel på välfärdsteknik/digitala lösningar finns det som kan bidra?"}, {"id": "7a62a1da-b928-4729-ba17-b47499faa7c0", "text": "Vilka problem finns det?"}]}', 'a956257a-bc8d-47fe-8437-ce72b05388a5', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('f9e63c26-723d-4c96-b951-4b06f3de6b3a', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "47d4dd60-0bae-4560-8723-5b5248e5702a", "text": "Hur gick mötet, och hur mår du som ledare?"}, {"id": "9ddb3896-b92d-4c64-b612-7158a7edfa50", "text": "Vad tar vi med oss till nästa möte?"}]}', 'a956257a-bc8d-47fe-8437-ce72b05388a5', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('c108f326-5f5f-4ead-94a3-7885e9b63c1c', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "1bc87300-1f09-4670-8267-c3458c5bc2dd", "text": "Vilka områden kan vara särskilt betydelsefulla att prioritera för utveckling inom er kommun/region/civilsamhälle för att stödja anhöriga när vården förflyttas till hemmet?"}]}', 'a956257a-bc8d-47fe-8437-ce72b05388a5', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('0d6be605-359f-4273-8e51-5232104bdf9f', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "756d5aee-b3f5-4cfe-8d57-64879796c60c", "text": "Vilka områden kan vara särskilt betydelsefulla att prioritera för utveckling inom er kommun/region/civilsamhälle för att stödja anhöriga när vården förflyttas till hemmet?"}]}', 'a956257a-bc8d-47fe-8437-ce72b05388a5', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('235ac43d-4a64-4c36-b207-3007959c3a5d', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "b2114acb-f606-4137-86d0-c4fdca253a6f", "text": "Hur gick mötet, och hur mår du som ledare?"}, {"id": "a9f44c7a-b9c4-4880-b787-86845e4f2466", "text": "Vad tar vi med oss till nästa möte?"}]}', 'a956257a-bc8d-47fe-8437-ce72b05388a5', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('c463054a-29b5-43c8-b05d-a16823592e80', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "b9eeca59-8899-4ee9-88ba-b114f7312a0b", "text": "De prioriterade områden som ni ser som särskilt betydelsefulla att utveckla – hur kan de genomföras lokalt, tillsammans i kommun/region/civilsamhälle?"}, {"id": "35742c04-b7bd-475a-9861-914d534ac7a8", "text": "Hur, och vem eller vilka verksamheter, ska utveckla dessa områden?"}]}', 'a956257a-bc8d-47fe-8437-ce72b05388a5', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('a7d0f13b-d4ec-4055-8ea2-270164a8b40d', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "9fb9f651-df70-4061-b2e1-b3ce8300edda", "text": "De prioriterade områden som ni ser som särskilt betydelsefulla att utveckla – hur kan de genomföras lokalt, tillsammans i kommun/region/civilsamhälle?"}, {"id": "a59c3877-c582-4ef6-9b76-491d625e16ea", "text": "Hur, och vem eller vilka verksamheter, ska utveckla dessa områden?"}]}', 'a956257a-bc8d-47fe-8437-ce72b05388a5', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('66f4b06e-58eb-472e-86a4-0965f4adeb44', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "36a04643-130e-451a-af54-384a82df2c7f", "text": "Hur gick mötet, och hur mår du som ledare?"}, {"id": "0d8e3eb1-a194-4454-9c94-b102374f8670", "text": "Vad tar vi med oss till nästa möte?"}]}', 'a956257a-bc8d-47fe-8437-ce72b05388a5', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('11b726cd-dbce-457b-9064-3bd672d7e673', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "e020c284-697a-4e4d-8a08-223b7e2eecc4", "text": "Hur kan de prioriterade områdena för att stödja anhöriga när vården förflyttas till hemmet genomföras lokalt, i kommun/region/civilsamhälle?"}]}', 'a956257a-bc8d-47fe-8437-ce72b05388a5', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('1ab2ab46-ea3b-43e3-9cd5-2c03bd5f48ed', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "d304ee7c-eed5-45a4-b59c-3cd00a6ff50b", "text": "Hur kan de prioriterade områdena för att stödja anhöriga när vården förflyttas till hemmet genomföras lokalt, i kommun/region/civilsamhälle?"}]}', 'a956257a-bc8d-47fe-8437-ce72b05388a5', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('24d266d5-0d11-41d7-ac30-1ea824708f22', 1, 'questionsPlanned', '{"atIndex": 0, "questions": [{"id": "6ccebee0-13c2-4f72-84e4-ae7233068765", "text": "Hur gick mötet, och hur mår du som ledare?"}, {"id": "54da2cd9-20ba-484e-8fd5-80452a47db5b", "text": "Vad tar vi med oss till nästa möte?"}]}', 'a956257a-bc8d-47fe-8437-ce72b05388a5', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('f09c73de-8aca-46bd-aabb-776a38ee46dd', 2, 'arrived', '{"name": "Anhörig Umeå", "group": "family-carer", "personId": "6b46d971-be72-4848-8642-1e293ed230c3"}', '6b46d971-be72-4848-8642-1e293ed230c3', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('f09c73de-8aca-46bd-aabb-776a38ee46dd', 3, 'arrived', '{"name": "Ledare Umeå", "group": "official", "personId": "8afab442-5d8b-4e68-b900-6792f5d67d25"}', '8afab442-5d8b-4e68-b900-6792f5d67d25', NULL, '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('f09c73de-8aca-46bd-aabb-776a38ee46dd', 4, 'handRaised', '{"at": "2026-12-03T06:53:07Z", "who": "6b46d971-be72-4848-8642-1e293ed230c3", "kind": "new-topic", "handId": "h1"}', '6b46d971-be72-4848-8642-1e293ed230c3', 'h1', '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('f09c73de-8aca-46bd-aabb-776a38ee46dd', 5, 'seatAdded', '{"seat": {"via": "room", "name": "Gunnar i rummet", "group": "other", "seatId": "s1"}}', '8afab442-5d8b-4e68-b900-6792f5d67d25', 's1', '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('f09c73de-8aca-46bd-aabb-776a38ee46dd', 6, 'minutesUpdated', '{"author": "8afab442-5d8b-4e68-b900-6792f5d67d25", "changes": [[0, "Alla hade läst inbjudan – Łukasz och Åsa berättade om växelvården."]], "section": "opening", "clientID": "c"}', '8afab442-5d8b-4e68-b900-6792f5d67d25', 'c-acae75ab-e2c4-4768-8888-efdb72123cb4', '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('f09c73de-8aca-46bd-aabb-776a38ee46dd', 7, 'minutesUpdated', '{"author": "8afab442-5d8b-4e68-b900-6792f5d67d25", "changes": [[0, "Anhöriga vill bli tillfrågade tidigare."]], "section": "q:fbdda9ba-6bb7-4a90-b57a-5594efe812e4", "clientID": "c"}', '8afab442-5d8b-4e68-b900-6792f5d67d25', 'c-d208a203-b158-4a96-aa49-a1017adb27fb', '2026-12-03 06:53:07+00');
INSERT INTO public.meeting_event VALUES ('f09c73de-8aca-46bd-aabb-776a38ee46dd', 9, 'minutesStatusChanged', '{"at": "2026-12-03T06:53:07Z", "status": "submitted", "deadline": null}', '8afab442-5d8b-4e68-b900-6792f5d67d25', 'c-57d2f53c-990e-4e2a-90e9-db9a57416481', '2026-12-03 06:53:07+00');


--
-- Data for Name: meeting_member; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: meeting_series; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meeting_series VALUES ('63d7787d-c4d1-4e10-807a-8155be674358', 'fcd076b0-211d-42a8-adeb-5b7559f622ac', 'nara-vard', 'Nära vård och anhöriga – när vården flyttas till hemmet', '2026-12-03 06:53:08.974968+00');
INSERT INTO public.meeting_series VALUES ('609a5ac9-aa38-4609-901a-ea88621bae8b', '96186249-5849-40d7-9a30-7450a2165f4a', 'nara-vard', 'Nära vård och anhöriga – när vården flyttas till hemmet', '2026-12-03 06:53:09.178773+00');


--
-- Data for Name: meeting_snapshot; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: minutes_reminder; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: network_member; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.network_member VALUES ('fcd076b0-211d-42a8-adeb-5b7559f622ac', '8afab442-5d8b-4e68-b900-6792f5d67d25', 'leader', '2026-12-03 06:53:08.597311+00', NULL);
INSERT INTO public.network_member VALUES ('fcd076b0-211d-42a8-adeb-5b7559f622ac', '6b46d971-be72-4848-8642-1e293ed230c3', 'participant', '2026-12-03 06:53:08.599041+00', NULL);
INSERT INTO public.network_member VALUES ('96186249-5849-40d7-9a30-7450a2165f4a', 'a956257a-bc8d-47fe-8437-ce72b05388a5', 'leader', '2026-12-03 06:53:09.156719+00', NULL);
INSERT INTO public.network_member VALUES ('96186249-5849-40d7-9a30-7450a2165f4a', '94107da5-de4a-426f-b1b1-03374ca80b0c', 'participant', '2026-12-03 06:53:09.158221+00', NULL);


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person VALUES ('eafb6fca-763f-4485-8faf-aa4750166cfb', 'Möjliggörare Umeå', NULL, 'enabler', 'researcher', '2026-12-03 06:53:08.569439+00', NULL, NULL);
INSERT INTO public.person VALUES ('8afab442-5d8b-4e68-b900-6792f5d67d25', 'Ledare Umeå', NULL, 'leader', 'official', '2026-12-03 06:53:08.593383+00', NULL, NULL);
INSERT INTO public.person VALUES ('6b46d971-be72-4848-8642-1e293ed230c3', 'Anhörig Umeå', NULL, 'participant', 'family-carer', '2026-12-03 06:53:08.594836+00', NULL, NULL);
INSERT INTO public.person VALUES ('b0023a32-5ff5-4e00-8098-61d90288eb56', 'Möjliggörare Västerås', NULL, 'enabler', 'researcher', '2026-12-03 06:53:09.143814+00', NULL, NULL);
INSERT INTO public.person VALUES ('a956257a-bc8d-47fe-8437-ce72b05388a5', 'Ledare Västerås', NULL, 'leader', 'official', '2026-12-03 06:53:09.153783+00', NULL, NULL);
INSERT INTO public.person VALUES ('94107da5-de4a-426f-b1b1-03374ca80b0c', 'Anhörig Västerås', NULL, 'participant', 'family-carer', '2026-12-03 06:53:09.15511+00', NULL, NULL);


--
-- Data for Name: theme_network; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.theme_network VALUES ('973b2ae6-9993-4321-aabd-23e308b1430a', 'Nära vård', '2026-12-03 06:53:08.57676+00');
INSERT INTO public.theme_network VALUES ('9b8d0e8a-07b0-4028-910d-0a81cad2c6b2', 'Samsjuklighet', '2026-12-03 06:53:09.145455+00');


--
-- Data for Name: theme_network_enabler; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.theme_network_enabler VALUES ('973b2ae6-9993-4321-aabd-23e308b1430a', 'eafb6fca-763f-4485-8faf-aa4750166cfb');
INSERT INTO public.theme_network_enabler VALUES ('9b8d0e8a-07b0-4028-910d-0a81cad2c6b2', 'b0023a32-5ff5-4e00-8098-61d90288eb56');


--
-- Data for Name: voice_check; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Name: compilation compilation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.compilation
    ADD CONSTRAINT compilation_pkey PRIMARY KEY (theme_network_id, round);


--
-- Name: device_session device_session_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.device_session
    ADD CONSTRAINT device_session_pkey PRIMARY KEY (id);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: local_network local_network_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.local_network
    ADD CONSTRAINT local_network_pkey PRIMARY KEY (id);


--
-- Name: login_link login_link_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_link
    ADD CONSTRAINT login_link_pkey PRIMARY KEY (token_hash);


--
-- Name: meeting_event meeting_event_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_event
    ADD CONSTRAINT meeting_event_pkey PRIMARY KEY (meeting_id, seq);


--
-- Name: meeting_member meeting_member_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_member
    ADD CONSTRAINT meeting_member_pkey PRIMARY KEY (meeting_id, person_id);


--
-- Name: meeting meeting_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting
    ADD CONSTRAINT meeting_pkey PRIMARY KEY (id);


--
-- Name: meeting_series meeting_series_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_series
    ADD CONSTRAINT meeting_series_pkey PRIMARY KEY (id);


--
-- Name: meeting_snapshot meeting_snapshot_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_snapshot
    ADD CONSTRAINT meeting_snapshot_pkey PRIMARY KEY (meeting_id, seq);


--
-- Name: minutes_reminder minutes_reminder_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.minutes_reminder
    ADD CONSTRAINT minutes_reminder_pkey PRIMARY KEY (meeting_id, sent_at);


--
-- Name: network_member network_member_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.network_member
    ADD CONSTRAINT network_member_pkey PRIMARY KEY (local_network_id, person_id);


--
-- Name: person person_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_pkey PRIMARY KEY (id);


--
-- Name: theme_network_enabler theme_network_enabler_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.theme_network_enabler
    ADD CONSTRAINT theme_network_enabler_pkey PRIMARY KEY (theme_network_id, person_id);


--
-- Name: theme_network theme_network_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.theme_network
    ADD CONSTRAINT theme_network_pkey PRIMARY KEY (id);


--
-- Name: voice_check voice_check_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.voice_check
    ADD CONSTRAINT voice_check_pkey PRIMARY KEY (person_id);


--
-- Name: device_session_open; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_session_open ON public.device_session USING btree (person_id) WHERE (ended_at IS NULL);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON public.flyway_schema_history USING btree (success);


--
-- Name: local_network_theme; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX local_network_theme ON public.local_network USING btree (theme_network_id);


--
-- Name: login_link_person; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX login_link_person ON public.login_link USING btree (person_id);


--
-- Name: meeting_leader_round; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX meeting_leader_round ON public.meeting USING btree (theme_network_id, kind, round) WHERE (kind = ANY (ARRAY['pre'::text, 'after'::text]));


--
-- Name: meeting_local_network; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX meeting_local_network ON public.meeting USING btree (local_network_id);


--
-- Name: meeting_member_person; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX meeting_member_person ON public.meeting_member USING btree (person_id);


--
-- Name: meeting_theme_network; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX meeting_theme_network ON public.meeting USING btree (theme_network_id);


--
-- Name: network_member_person; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX network_member_person ON public.network_member USING btree (person_id);


--
-- Name: theme_network_enabler_person; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX theme_network_enabler_person ON public.theme_network_enabler USING btree (person_id);


--
-- Name: compilation compilation_published_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.compilation
    ADD CONSTRAINT compilation_published_by_fkey FOREIGN KEY (published_by) REFERENCES public.person(id);


--
-- Name: compilation compilation_theme_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.compilation
    ADD CONSTRAINT compilation_theme_network_id_fkey FOREIGN KEY (theme_network_id) REFERENCES public.theme_network(id);


--
-- Name: compilation compilation_updated_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.compilation
    ADD CONSTRAINT compilation_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES public.person(id);


--
-- Name: device_session device_session_link_hash_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.device_session
    ADD CONSTRAINT device_session_link_hash_fkey FOREIGN KEY (link_hash) REFERENCES public.login_link(token_hash);


--
-- Name: device_session device_session_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.device_session
    ADD CONSTRAINT device_session_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: local_network local_network_theme_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.local_network
    ADD CONSTRAINT local_network_theme_network_id_fkey FOREIGN KEY (theme_network_id) REFERENCES public.theme_network(id);


--
-- Name: login_link login_link_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_link
    ADD CONSTRAINT login_link_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.person(id);


--
-- Name: login_link login_link_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_link
    ADD CONSTRAINT login_link_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: meeting meeting_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting
    ADD CONSTRAINT meeting_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.person(id);


--
-- Name: meeting_event meeting_event_actor_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_event
    ADD CONSTRAINT meeting_event_actor_fkey FOREIGN KEY (actor) REFERENCES public.person(id);


--
-- Name: meeting_event meeting_event_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_event
    ADD CONSTRAINT meeting_event_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meeting(id);


--
-- Name: meeting meeting_local_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting
    ADD CONSTRAINT meeting_local_network_id_fkey FOREIGN KEY (local_network_id) REFERENCES public.local_network(id);


--
-- Name: meeting_member meeting_member_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_member
    ADD CONSTRAINT meeting_member_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meeting(id);


--
-- Name: meeting_member meeting_member_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_member
    ADD CONSTRAINT meeting_member_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: meeting meeting_series_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting
    ADD CONSTRAINT meeting_series_id_fkey FOREIGN KEY (series_id) REFERENCES public.meeting_series(id);


--
-- Name: meeting_series meeting_series_local_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_series
    ADD CONSTRAINT meeting_series_local_network_id_fkey FOREIGN KEY (local_network_id) REFERENCES public.local_network(id);


--
-- Name: meeting_snapshot meeting_snapshot_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_snapshot
    ADD CONSTRAINT meeting_snapshot_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meeting(id);


--
-- Name: meeting meeting_theme_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting
    ADD CONSTRAINT meeting_theme_network_id_fkey FOREIGN KEY (theme_network_id) REFERENCES public.theme_network(id);


--
-- Name: minutes_reminder minutes_reminder_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.minutes_reminder
    ADD CONSTRAINT minutes_reminder_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meeting(id);


--
-- Name: minutes_reminder minutes_reminder_sent_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.minutes_reminder
    ADD CONSTRAINT minutes_reminder_sent_by_fkey FOREIGN KEY (sent_by) REFERENCES public.person(id);


--
-- Name: network_member network_member_local_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.network_member
    ADD CONSTRAINT network_member_local_network_id_fkey FOREIGN KEY (local_network_id) REFERENCES public.local_network(id);


--
-- Name: network_member network_member_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.network_member
    ADD CONSTRAINT network_member_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: theme_network_enabler theme_network_enabler_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.theme_network_enabler
    ADD CONSTRAINT theme_network_enabler_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: theme_network_enabler theme_network_enabler_theme_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.theme_network_enabler
    ADD CONSTRAINT theme_network_enabler_theme_network_id_fkey FOREIGN KEY (theme_network_id) REFERENCES public.theme_network(id);


--
-- Name: voice_check voice_check_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.voice_check
    ADD CONSTRAINT voice_check_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- PostgreSQL database dump complete
--

\unrestrict SZqmYwf0SgnwYuC7vJ5qCcf8hNM1vxLFGS3DXrKQbdfT9LhtfpIuUAakf37PxgK

