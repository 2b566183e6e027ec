-- The whole current schema of a sengketa register.
--
-- GENERATED: `schema.sql` at the repository's root is this template with the rules of the
-- domain's tables (src/domain/rules.rs, src/domain/vocab.rs, src/domain/recap.rs) written
-- in, by src/storage/schema.rs; `sengketa schema` prints it, and a test fails when the
-- checked-in copy differs (`SENGKETA_WRITE_SCHEMA=1 cargo test schema` rewrites it).
-- Edit the template (src/storage/schema.in.sql) or the domain's tables, never schema.sql.
--
-- A fresh register is created from it (tables, then indexes, then triggers); an older
-- register is brought up to date by the steps in `src/storage/migrate.rs`, one transaction
-- each, tracked by `PRAGMA user_version`. The rules the database can hold itself live
-- here, so that a direct edit with the sqlite3 shell cannot break them either (foreign keys
-- bind only the connections that turn them on, as sengketa always does; `sengketa verify`
-- checks what no constraint can).

-- Register-wide settings (commission code, register-number template, ...). A setting
-- that is a choice takes only its values (SETTINGS in src/storage/mod.rs).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY CHECK ((key = 'commission-code' OR key = 'register-template' OR key = 'collective-leave' OR key = 'commission-name' OR key = 'commission-address' OR key = 'commission-phone' OR key = 'commission-email' OR key = 'commission-city' OR key = 'commission-logo' OR key = 'chair-name' OR key = 'head-clerk-name' OR key = 'timezone' OR key = 'hearing-minutes' OR key = 'letter-number-format' OR key = 'publish-applicant' OR key = 'deadline-basis' OR key = 'register-number-at' OR key = 'publish-decisions-dir')),
    value TEXT NOT NULL CHECK (length(value) > 0),
    CHECK (key <> 'collective-leave' OR value = 'non-working' OR value = 'working'),
    CHECK (key <> 'timezone' OR value = 'WIB' OR value = 'WITA' OR value = 'WIT'),
    CHECK (key <> 'publish-applicant' OR value = 'pseudonym' OR value = 'initials' OR value = 'name'),
    CHECK (key <> 'deadline-basis' OR value = 'receipt' OR value = 'registration'),
    CHECK (key <> 'register-number-at' OR value = 'receipt' OR value = 'registration')
) STRICT;

-- Respondent public bodies. Two spellings that differ only in case and spacing are the
-- same body: `name_key` is the name lower-cased with runs of white space folded. Each has
-- a kind (the categories of Law 14/2008 Art. 1(3)); a body merged into another keeps its
-- row (the history names it) and points at the body that has its cases now. The current
-- state of the bodies and their aliases: always the replay of `body_changes` (`verify`).
CREATE TABLE bodies (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key TEXT NOT NULL UNIQUE
        CHECK (length(name_key) > 0 AND name_key = trim(name_key)
               AND name_key NOT GLOB '*  *' AND name_key = lower(name_key)),
    kind     TEXT NOT NULL DEFAULT 'other' CHECK ((kind = 'ministry_agency' OR kind = 'provincial_government' OR kind = 'regency_city_government' OR kind = 'village' OR kind = 'state_enterprise' OR kind = 'legislature' OR kind = 'judiciary' OR kind = 'political_party' OR kind = 'ngo' OR kind = 'education' OR kind = 'other')),
    merged_into INTEGER REFERENCES bodies (id) CHECK (merged_into IS NOT id)
) STRICT;

-- Other names a body goes by (up to case and spaces, as `name_key`): an import or a new
-- case naming one lands on the body.
CREATE TABLE body_aliases (
    alias_key TEXT PRIMARY KEY
        CHECK (length(alias_key) > 0 AND alias_key = trim(alias_key)
               AND alias_key NOT GLOB '*  *' AND alias_key = lower(alias_key)),
    alias     TEXT NOT NULL CHECK (length(trim(alias)) > 0),
    body_id   INTEGER NOT NULL REFERENCES bodies (id)
) STRICT, WITHOUT ROWID;
CREATE INDEX body_aliases_by_body ON body_aliases (body_id);

-- The history of the bodies: append-only, in `id` order. One row per change an act makes:
-- a body added (by the act that first names it: a case added, imported or corrected),
-- renamed, given an alias, given a kind, or merged into another (its cases and aliases
-- move with it; a merge is not undone).
CREATE TABLE body_changes (
    id      INTEGER PRIMARY KEY,
    act_id  INTEGER NOT NULL REFERENCES acts (id),
    -- the body is written after its change (the triggers below want the history first)
    body_id INTEGER NOT NULL REFERENCES bodies (id) DEFERRABLE INITIALLY DEFERRED,
    change  TEXT NOT NULL CHECK ((change = 'add' OR change = 'rename' OR change = 'alias' OR change = 'kind' OR change = 'merge')),
    -- add: its name; rename: the new name; alias: the alias
    name    TEXT CHECK (length(trim(name)) > 0),
    -- add: its kind; kind: the new kind
    kind    TEXT CHECK ((kind = 'ministry_agency' OR kind = 'provincial_government' OR kind = 'regency_city_government' OR kind = 'village' OR kind = 'state_enterprise' OR kind = 'legislature' OR kind = 'judiciary' OR kind = 'political_party' OR kind = 'ngo' OR kind = 'education' OR kind = 'other')),
    -- merge: the body it is merged into
    into_id INTEGER REFERENCES bodies (id),
    CHECK ((change = 'add' OR change = 'rename' OR change = 'alias') = (name IS NOT NULL)),
    CHECK ((change = 'add' OR change = 'kind') = (kind IS NOT NULL)),
    CHECK ((change = 'merge') = (into_id IS NOT NULL)),
    CHECK (into_id IS NOT body_id)
) STRICT;
-- An act's changes found by a seek (the walk of the hash chain reads each act's rows).
CREATE INDEX body_changes_by_act ON body_changes (act_id);
CREATE TRIGGER body_changes_append_only_update BEFORE UPDATE ON body_changes
BEGIN SELECT RAISE(ABORT, 'the history is append-only: body changes cannot be changed'); END;
CREATE TRIGGER body_changes_append_only_delete BEFORE DELETE ON body_changes
BEGIN SELECT RAISE(ABORT, 'the history is append-only: body changes cannot be deleted'); END;
-- a body and its aliases change only together with the change of their history that leads
-- there, recorded by the latest act (so the sqlite3 shell cannot change them behind the
-- history's back); a name is one body's, and an alias no body's name
CREATE TRIGGER bodies_insert_follows_history BEFORE INSERT ON bodies
WHEN NEW.merged_into IS NOT NULL
  OR NOT EXISTS (SELECT 1 FROM body_changes h
                 WHERE h.act_id = (SELECT max(id) FROM acts) AND h.body_id = NEW.id
                   AND h.change = 'add' AND h.name = NEW.name AND h.kind = NEW.kind)
BEGIN SELECT RAISE(ABORT, 'a public body enters the register only with its change in body_changes'); END;
CREATE TRIGGER bodies_update_follows_history BEFORE UPDATE ON bodies
WHEN NEW.id IS NOT OLD.id
  OR ((NEW.name IS NOT OLD.name OR NEW.name_key IS NOT OLD.name_key)
      AND NOT EXISTS (SELECT 1 FROM body_changes h
                      WHERE h.act_id = (SELECT max(id) FROM acts) AND h.body_id = NEW.id
                        AND h.change = 'rename' AND h.name = NEW.name))
  OR (NEW.kind IS NOT OLD.kind
      AND NOT EXISTS (SELECT 1 FROM body_changes h
                      WHERE h.act_id = (SELECT max(id) FROM acts) AND h.body_id = NEW.id
                        AND h.change = 'kind' AND h.kind = NEW.kind))
  OR (NEW.merged_into IS NOT OLD.merged_into
      AND NOT EXISTS (SELECT 1 FROM body_changes h
                      WHERE h.act_id = (SELECT max(id) FROM acts) AND h.change = 'merge'
                        AND h.into_id IS NEW.merged_into
                        AND (h.body_id = NEW.id OR h.body_id IS OLD.merged_into)))
BEGIN SELECT RAISE(ABORT, 'a public body changes only with its change in body_changes'); END;
CREATE TRIGGER bodies_never_deleted BEFORE DELETE ON bodies
BEGIN SELECT RAISE(ABORT, 'public bodies cannot be deleted; merge one into another instead'); END;
CREATE TRIGGER bodies_name_no_alias BEFORE UPDATE OF name_key ON bodies
WHEN EXISTS (SELECT 1 FROM body_aliases WHERE alias_key = NEW.name_key)
BEGIN SELECT RAISE(ABORT, 'that name is an alias of a public body'); END;
CREATE TRIGGER bodies_new_name_no_alias BEFORE INSERT ON bodies
WHEN EXISTS (SELECT 1 FROM body_aliases WHERE alias_key = NEW.name_key)
BEGIN SELECT RAISE(ABORT, 'that name is an alias of a public body'); END;
CREATE TRIGGER body_aliases_insert_follows_history BEFORE INSERT ON body_aliases
WHEN NOT EXISTS (SELECT 1 FROM body_changes h
                 WHERE h.act_id = (SELECT max(id) FROM acts) AND h.body_id = NEW.body_id
                   AND h.change = 'alias' AND h.name = NEW.alias)
  OR EXISTS (SELECT 1 FROM bodies WHERE name_key = NEW.alias_key)
  OR (SELECT merged_into FROM bodies WHERE id = NEW.body_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'an alias enters the register only with its change in body_changes, on a body not merged, and names no body'); END;
CREATE TRIGGER body_aliases_update_follows_history BEFORE UPDATE ON body_aliases
WHEN NEW.alias_key IS NOT OLD.alias_key OR NEW.alias IS NOT OLD.alias
  OR NOT EXISTS (SELECT 1 FROM body_changes h
                 WHERE h.act_id = (SELECT max(id) FROM acts) AND h.change = 'merge'
                   AND h.body_id = OLD.body_id AND h.into_id = NEW.body_id)
BEGIN SELECT RAISE(ABORT, 'an alias moves only with a merge of its body, in body_changes'); END;
CREATE TRIGGER body_aliases_never_deleted BEFORE DELETE ON body_aliases
BEGIN SELECT RAISE(ABORT, 'aliases cannot be deleted'); END;

-- The last serial handed out per year: serials are assigned from here inside the writing
-- transaction, so they are gapless and never scanned for.
CREATE TABLE serials (
    year INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 9999),
    last INTEGER NOT NULL CHECK (last >= 0)
) STRICT;

-- One row per dispute: its identity, its parties, and the current facts of its path
-- (kept equal to what the history in `events` implies, in the same transaction).
-- The CHECKs make every row a path the lifecycle allows, in date order.
CREATE TABLE cases (
    id             INTEGER PRIMARY KEY,
    year           INTEGER NOT NULL CHECK (year = CAST(substr(received_on, 1, 4) AS INTEGER)),
    serial         INTEGER NOT NULL CHECK (serial >= 1),
    register_no    TEXT NOT NULL UNIQUE CHECK (length(trim(register_no)) > 0),
    received_on    TEXT NOT NULL CHECK (date(received_on, '+0 days') IS received_on AND received_on BETWEEN '1900-01-01' AND '9999-12-31'),
    applicant      TEXT NOT NULL CHECK (length(trim(applicant)) > 0),
    applicant_kind TEXT NOT NULL CHECK ((applicant_kind = 'individual' OR applicant_kind = 'group' OR applicant_kind = 'legal_entity')),
    body_id        INTEGER NOT NULL REFERENCES bodies (id),
    subject        TEXT NOT NULL CHECK (length(trim(subject)) > 0),
    state          TEXT NOT NULL CHECK ((state = 'entered' OR state = 'qualified' OR state = 'withdrawn' OR state = 'decided' OR state = 'done')),
    qualified_on         TEXT CHECK (date(qualified_on, '+0 days') IS qualified_on AND qualified_on BETWEEN '1900-01-01' AND '9999-12-31'),
    not_qualified_on     TEXT CHECK (date(not_qualified_on, '+0 days') IS not_qualified_on AND not_qualified_on BETWEEN '1900-01-01' AND '9999-12-31'),
    not_qualified_reason TEXT CHECK ((not_qualified_reason = 'incomplete' OR not_qualified_reason = 'late' OR not_qualified_reason = 'no_standing' OR not_qualified_reason = 'no_authority' OR not_qualified_reason = 'no_objection' OR not_qualified_reason = 'other')),
    withdrawn_on     TEXT CHECK (date(withdrawn_on, '+0 days') IS withdrawn_on AND withdrawn_on BETWEEN '1900-01-01' AND '9999-12-31'),
    decided_on       TEXT CHECK (date(decided_on, '+0 days') IS decided_on AND decided_on BETWEEN '1900-01-01' AND '9999-12-31'),
    decision_via     TEXT CHECK ((decision_via = 'interim' OR decision_via = 'mediation' OR decision_via = 'adjudication')),
    decision_outcome TEXT CHECK ((decision_outcome = 'dismissed' OR decision_outcome = 'lapsed' OR decision_outcome = 'agreement' OR decision_outcome = 'granted' OR decision_outcome = 'partly_granted' OR decision_outcome = 'rejected')),
    decision_no      TEXT CHECK (length(trim(decision_no)) > 0),
    closed_on        TEXT CHECK (date(closed_on, '+0 days') IS closed_on AND closed_on BETWEEN '1900-01-01' AND '9999-12-31'),
    -- the day the parties received the decision (the appeal track; kept equal to the
    -- history like the facts above)
    served_on        TEXT CHECK (date(served_on, '+0 days') IS served_on AND served_on BETWEEN '1900-01-01' AND '9999-12-31'),
    -- a void entry: never a dispute, left out of every count (it keeps its number)
    voided_on        TEXT CHECK (date(voided_on, '+0 days') IS voided_on AND voided_on BETWEEN '1900-01-01' AND '9999-12-31'),
    void_reason      TEXT CHECK ((void_reason = 'duplicate' OR void_reason = 'mistake' OR void_reason = 'other')),
    void_of          INTEGER REFERENCES cases (id),
    -- intake (src/domain/intake.rs): the notice of an incomplete filing, the akta
    -- registrasi, or the filing not registered; mediation (src/domain/mediation.rs): the
    -- first meeting, the one extension, its end. Kept equal to the history like the facts.
    incomplete_on         TEXT CHECK (date(incomplete_on, '+0 days') IS incomplete_on AND incomplete_on BETWEEN '1900-01-01' AND '9999-12-31'),
    registered_on         TEXT CHECK (date(registered_on, '+0 days') IS registered_on AND registered_on BETWEEN '1900-01-01' AND '9999-12-31'),
    not_registered_on     TEXT CHECK (date(not_registered_on, '+0 days') IS not_registered_on AND not_registered_on BETWEEN '1900-01-01' AND '9999-12-31'),
    not_registered_reason TEXT CHECK ((not_registered_reason = 'not_completed' OR not_registered_reason = 'other')),
    mediation_on          TEXT CHECK (date(mediation_on, '+0 days') IS mediation_on AND mediation_on BETWEEN '1900-01-01' AND '9999-12-31'),
    mediation_extended_on TEXT CHECK (date(mediation_extended_on, '+0 days') IS mediation_extended_on AND mediation_extended_on BETWEEN '1900-01-01' AND '9999-12-31'),
    mediation_failed_on   TEXT CHECK (date(mediation_failed_on, '+0 days') IS mediation_failed_on AND mediation_failed_on BETWEEN '1900-01-01' AND '9999-12-31'),
    mediation_agreed_on   TEXT CHECK (date(mediation_agreed_on, '+0 days') IS mediation_agreed_on AND mediation_agreed_on BETWEEN '1900-01-01' AND '9999-12-31'),
    -- the receipt reference of a filing received where numbers are given at registration
    -- (the setting register-number-at): its name until its akta registrasi gives it its
    -- number (register_numbers); NULL for a case numbered at receipt. Never changes.
    receipt_no            TEXT UNIQUE CHECK (length(trim(receipt_no)) > 0),
    UNIQUE (year, serial),
    -- the path rules (src/domain/rules.rs, PATH_RULES), each named by its id
    -- qualified and not
    CHECK (qualified_on IS NULL OR not_qualified_on IS NULL),
    -- reason without date
    CHECK ((not_qualified_on IS NULL) = (not_qualified_reason IS NULL)),
    -- not qualified then withdrawn
    CHECK (not_qualified_on IS NULL OR withdrawn_on IS NULL),
    -- not qualified then decided
    CHECK (not_qualified_on IS NULL OR decided_on IS NULL),
    -- not qualified closed later
    CHECK (not_qualified_on IS NULL OR closed_on IS not_qualified_on),
    -- decision without qualification
    CHECK (decided_on IS NULL OR qualified_on IS NOT NULL),
    -- withdrawn and decided
    CHECK (withdrawn_on IS NULL OR decided_on IS NULL),
    -- partial decision
    CHECK ((decision_via IS NULL) = (decision_outcome IS NULL) AND (decision_via IS NULL) = (decided_on IS NULL)),
    -- decision pair
    CHECK (decision_via IS NULL
               OR (decision_via = 'interim' AND (decision_outcome = 'dismissed' OR decision_outcome = 'lapsed'))
               OR (decision_via = 'mediation' AND (decision_outcome = 'agreement'))
               OR (decision_via = 'adjudication' AND (decision_outcome = 'granted' OR decision_outcome = 'partly_granted' OR decision_outcome = 'rejected' OR decision_outcome = 'dismissed' OR decision_outcome = 'lapsed'))),
    -- number without decision
    CHECK (decision_no IS NULL OR decided_on IS NOT NULL),
    -- closed without end
    CHECK (closed_on IS NULL OR withdrawn_on IS NOT NULL OR decided_on IS NOT NULL OR not_qualified_on IS NOT NULL),
    -- date order
    CHECK (qualified_on >= received_on),
    -- date order
    CHECK (not_qualified_on >= received_on),
    -- date order
    CHECK (withdrawn_on >= coalesce(qualified_on, received_on)),
    -- date order
    CHECK (decided_on >= coalesce(qualified_on, received_on)),
    -- date order
    CHECK (closed_on >= coalesce(decided_on, withdrawn_on, not_qualified_on, qualified_on, received_on)),
    -- the state is the one the facts imply (STATE_BY_FACT)
    CHECK (state = CASE WHEN closed_on IS NOT NULL THEN 'done' WHEN decided_on IS NOT NULL THEN 'decided' WHEN withdrawn_on IS NOT NULL THEN 'withdrawn' WHEN qualified_on IS NOT NULL THEN 'qualified' ELSE 'entered' END),
    -- served on or after the decision
    CHECK (served_on IS NULL OR (decided_on IS NOT NULL AND served_on >= decided_on)),
    -- void: a reason, a date not before the receipt, only in the states TRACK_STEPS allow
    -- (no step after the entry), and a duplicate of another case if of one
    CHECK ((voided_on IS NULL) = (void_reason IS NULL)),
    CHECK (voided_on IS NULL OR (voided_on >= received_on AND (state = 'entered'))),
    CHECK (void_of IS NULL OR (voided_on IS NOT NULL AND void_of IS NOT id)),
    -- intake: in date order from the receipt; registered or not, never both; a reason
    -- with the date; a filing not registered stays where intake left it
    CHECK (incomplete_on IS NULL OR incomplete_on >= received_on),
    CHECK (registered_on IS NULL OR registered_on >= max(received_on, coalesce(incomplete_on, received_on))),
    CHECK (not_registered_on IS NULL OR not_registered_on >= max(received_on, coalesce(incomplete_on, received_on))),
    CHECK (registered_on IS NULL OR not_registered_on IS NULL),
    CHECK ((not_registered_on IS NULL) = (not_registered_reason IS NULL)),
    CHECK (not_registered_on IS NULL OR state = 'entered'),
    -- mediation: the extension and the end after the first meeting; one end
    CHECK (mediation_extended_on IS NULL OR mediation_extended_on >= mediation_on),
    CHECK (mediation_failed_on IS NULL OR mediation_failed_on >= coalesce(mediation_extended_on, mediation_on)),
    CHECK (mediation_agreed_on IS NULL OR mediation_agreed_on >= coalesce(mediation_extended_on, mediation_on)),
    CHECK (mediation_failed_on IS NULL OR mediation_agreed_on IS NULL),
    -- a filing numbered at registration bears its receipt reference as its name exactly
    -- until it is registered, and its number from then on
    CHECK (receipt_no IS NULL OR ((register_no = receipt_no) = (registered_on IS NULL))),
    -- and takes its qualification (or not) only once registered
    CHECK (receipt_no IS NULL OR registered_on IS NOT NULL
           OR (qualified_on IS NULL AND not_qualified_on IS NULL))
) STRICT;
-- `case list --year Y --state S` reads a page in register order straight off this index
CREATE INDEX cases_by_state ON cases (year, state, serial);
-- the cases not ended yet (src/domain/deadlines.rs, `open_states`): `case list --overdue`,
-- the agenda and the oldest cases read them in register order or by received date, as of
-- today, without reading the cases that ended (most of a register)
CREATE INDEX cases_open ON cases (year, serial) WHERE (state = 'entered' OR state = 'qualified');
CREATE INDEX cases_open_by_received ON cases (received_on, year, serial) WHERE (state = 'entered' OR state = 'qualified');
-- Whether a register records intake, asked by every list and show: answered from this
-- index (empty where no case has an intake step) instead of a scan of every case.
CREATE INDEX cases_with_intake ON cases (id) WHERE incomplete_on IS NOT NULL
    OR registered_on IS NOT NULL OR not_registered_on IS NOT NULL;

-- Who recorded what, and when: one row per command that writes (a clerk's step, or a
-- whole import). Append-only, like the events that point at it.
CREATE TABLE acts (
    id          INTEGER PRIMARY KEY,
    actor       TEXT NOT NULL CHECK (length(actor) > 0),
    recorded_at TEXT NOT NULL CHECK (length(recorded_at) = 20 AND recorded_at GLOB '????-??-??T??:??:??Z'),
    command     TEXT NOT NULL CHECK ((command = 'add' OR command = 'qualify' OR command = 'reject' OR command = 'withdraw' OR command = 'decide' OR command = 'close' OR command = 'undo' OR command = 'edit' OR command = 'import' OR command = 'hearing_schedule' OR command = 'hearing_held' OR command = 'hearing_postpone' OR command = 'hearing_cancel' OR command = 'hearings_import' OR command = 'config' OR command = 'calendar_seed' OR command = 'calendar_add' OR command = 'calendar_remove' OR command = 'calendar_import' OR command = 'serve' OR command = 'appeal_file' OR command = 'appeal_decide' OR command = 'void' OR command = 'appeals_import' OR command = 'body_rename' OR command = 'body_alias' OR command = 'body_set' OR command = 'body_merge' OR command = 'history_hashed' OR command = 'chain_repaired' OR command = 'paper_issue' OR command = 'template_set' OR command = 'template_reset' OR command = 'body_contacts' OR command = 'person_add' OR command = 'person_set' OR command = 'person_retire' OR command = 'case_assign' OR command = 'case_note' OR command = 'hearing_served' OR command = 'checkpoint' OR command = 'incomplete' OR command = 'register' OR command = 'not_register' OR command = 'mediation_start' OR command = 'mediation_extend' OR command = 'mediation_fail' OR command = 'mediation_agree')),
    note        TEXT,
    -- set when the environment pinned today or the time (SENGKETA_TODAY, SENGKETA_NOW):
    -- the act's dates or time are what the environment said, not the computer's clock
    pinned      TEXT CHECK ((pinned = 'today' OR pinned = 'now' OR pinned = 'today_now'))
) STRICT;
CREATE TRIGGER acts_append_only_update BEFORE UPDATE ON acts
BEGIN SELECT RAISE(ABORT, 'the history is append-only: acts cannot be changed'); END;
CREATE TRIGGER acts_append_only_delete BEFORE DELETE ON acts
BEGIN SELECT RAISE(ABORT, 'the history is append-only: acts cannot be deleted'); END;

-- The history: append-only. One row per recorded act; an undo is a new row naming the
-- row it reverts. `(kind, from_state, to_state)` must be an allowed move.
CREATE TABLE events (
    case_id     INTEGER NOT NULL REFERENCES cases (id),
    seq         INTEGER NOT NULL CHECK (seq >= 1),
    kind        TEXT NOT NULL CHECK ((kind = 'add' OR kind = 'qualify' OR kind = 'reject' OR kind = 'withdraw' OR kind = 'decide' OR kind = 'close' OR kind = 'undo' OR kind = 'edit' OR kind = 'hearing_schedule' OR kind = 'hearing_held' OR kind = 'hearing_postpone' OR kind = 'hearing_cancel' OR kind = 'serve' OR kind = 'appeal_file' OR kind = 'appeal_decide' OR kind = 'void' OR kind = 'incomplete' OR kind = 'register' OR kind = 'not_register' OR kind = 'mediation_start' OR kind = 'mediation_extend' OR kind = 'mediation_fail' OR kind = 'mediation_agree')),
    from_state  TEXT,
    to_state    TEXT NOT NULL,
    on_date     TEXT NOT NULL CHECK (date(on_date, '+0 days') IS on_date AND on_date BETWEEN '1900-01-01' AND '9999-12-31'),
    reason      TEXT CHECK ((reason = 'incomplete' OR reason = 'late' OR reason = 'no_standing' OR reason = 'no_authority' OR reason = 'no_objection' OR reason = 'other')),
    via         TEXT CHECK ((via = 'interim' OR via = 'mediation' OR via = 'adjudication')),
    outcome     TEXT CHECK ((outcome = 'dismissed' OR outcome = 'lapsed' OR outcome = 'agreement' OR outcome = 'granted' OR outcome = 'partly_granted' OR outcome = 'rejected')),
    decision_no TEXT,
    reverts     INTEGER CHECK (reverts >= 1 AND reverts < seq),
    detail      TEXT,
    act_id      INTEGER NOT NULL REFERENCES acts (id),
    note        TEXT,
    PRIMARY KEY (case_id, seq),
    -- only the moves the lifecycle allows (STEPS; undo: the reverse of a step; edit, the
    -- hearing steps and their undo: none, and no hearing step on a finished case)
    CHECK ((kind = 'add' AND from_state IS NULL AND to_state = 'entered')
        OR (kind = 'qualify' AND (from_state = 'entered') AND to_state = 'qualified')
        OR (kind = 'reject' AND (from_state = 'entered') AND to_state = 'done')
        OR (kind = 'withdraw' AND (from_state = 'entered' OR from_state = 'qualified') AND to_state = 'withdrawn')
        OR (kind = 'decide' AND (from_state = 'qualified') AND to_state = 'decided')
        OR (kind = 'close' AND (from_state = 'withdrawn' OR from_state = 'decided') AND to_state = 'done')
        OR (kind = 'undo' AND ((from_state = 'qualified' AND to_state = 'entered') OR (from_state = 'done' AND to_state = 'entered') OR (from_state = 'withdrawn' AND to_state = 'entered') OR (from_state = 'withdrawn' AND to_state = 'qualified') OR (from_state = 'decided' AND to_state = 'qualified') OR (from_state = 'done' AND to_state = 'withdrawn') OR (from_state = 'done' AND to_state = 'decided')))
        OR (kind = 'edit' AND from_state = to_state)
        OR (kind = 'serve' AND (from_state = 'decided' OR from_state = 'done') AND to_state = from_state)
        OR (kind = 'appeal_file' AND (from_state = 'decided' OR from_state = 'done') AND to_state = from_state)
        OR (kind = 'appeal_decide' AND (from_state = 'decided' OR from_state = 'done') AND to_state = from_state)
        OR (kind = 'void' AND (from_state = 'entered') AND to_state = from_state)
        OR (kind = 'incomplete' AND (from_state = 'entered') AND to_state = from_state)
        OR (kind = 'register' AND (from_state = 'entered') AND to_state = from_state)
        OR (kind = 'not_register' AND (from_state = 'entered') AND to_state = from_state)
        OR (kind = 'mediation_start' AND (from_state = 'qualified') AND to_state = from_state)
        OR (kind = 'mediation_extend' AND (from_state = 'qualified') AND to_state = from_state)
        OR (kind = 'mediation_fail' AND (from_state = 'qualified') AND to_state = from_state)
        OR (kind = 'mediation_agree' AND (from_state = 'qualified') AND to_state = from_state)
        OR (((kind = 'hearing_schedule' OR kind = 'hearing_postpone' OR kind = 'hearing_cancel' OR kind = 'hearing_held') OR kind = 'undo') AND from_state = to_state)),
    CHECK ((kind = 'add') = (seq = 1)),
    CHECK ((kind = 'add') = (from_state IS NULL)),
    CHECK ((kind = 'undo') = (reverts IS NOT NULL)),
    CHECK ((kind = 'edit' OR kind = 'undo' OR kind = 'hearing_postpone' OR kind = 'hearing_cancel' OR kind = 'incomplete' OR kind = 'not_register' OR kind = 'mediation_extend' OR kind = 'mediation_fail') = (detail IS NOT NULL)),
    -- what each step records besides its date (STEPS, `also`)
    CHECK ((kind = 'reject') = (reason IS NOT NULL)),
    CHECK ((kind = 'decide') = (via IS NOT NULL)),
    CHECK ((kind = 'decide') = (outcome IS NOT NULL)),
    CHECK (decision_no IS NULL OR (kind = 'decide'))
) STRICT, WITHOUT ROWID;
-- the rows of an act, read back to hash it (src/storage/chain.rs) and by `verify`
CREATE INDEX events_by_act ON events (act_id);
CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'the history is append-only: events cannot be changed'); END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'the history is append-only: events cannot be deleted'); END;
-- an event continues the case's history from the state it is in: event N needs event N-1
-- (so, with the primary key, the numbers run 1, 2, 3, ... without a gap) and starts
-- where N-1 left the case
CREATE TRIGGER events_in_sequence BEFORE INSERT ON events
WHEN NEW.seq > 1 AND NEW.from_state IS NOT (SELECT to_state FROM events
                                            WHERE case_id = NEW.case_id AND seq = NEW.seq - 1)
BEGIN SELECT RAISE(ABORT, 'an event must continue its case''s history from its current state'); END;
-- no hearing step on a finished case, but from an import of past records
CREATE TRIGGER events_no_hearings_on_closed_cases BEFORE INSERT ON events
WHEN (NEW.kind = 'hearing_schedule' OR NEW.kind = 'hearing_postpone' OR NEW.kind = 'hearing_cancel' OR NEW.kind = 'hearing_held') AND (NEW.from_state = 'done')
     AND NOT (SELECT (command = 'hearings_import') FROM acts WHERE id = NEW.act_id)
BEGIN SELECT RAISE(ABORT, 'a finished case takes no hearing step but from an import of past hearing records'); END;
-- a case's state changes only together with an event that leads to it
CREATE TRIGGER cases_state_follows_history BEFORE UPDATE OF state ON cases
WHEN NEW.state IS NOT (SELECT to_state FROM events WHERE case_id = NEW.id
                       ORDER BY seq DESC LIMIT 1)
BEGIN SELECT RAISE(ABORT, 'a case''s state must equal the state its history leads to'); END;
-- nothing happens to a void entry but the undo of its void (and the renaming or merging of
-- its body, recorded as an edit: `case edit` itself refuses a void entry)
CREATE TRIGGER events_nothing_on_void_cases BEFORE INSERT ON events
WHEN NEW.kind NOT IN ('undo', 'edit') AND (SELECT voided_on FROM cases WHERE id = NEW.case_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a void case takes no step but the undo of its void'); END;
-- only an entry with no step in force is voided: none of its hearings stands
CREATE TRIGGER events_void_bare_entries BEFORE INSERT ON events
WHEN NEW.kind = 'void' AND EXISTS (SELECT 1 FROM hearings WHERE case_id = NEW.case_id)
BEGIN SELECT RAISE(ABORT, 'only an entry with no step after it can be voided'); END;
-- a case's service date and void change only together with the event that records
-- them (its latest), or their undo
CREATE TRIGGER cases_served_follows_history BEFORE UPDATE OF served_on ON cases
WHEN NEW.served_on IS NOT OLD.served_on
 AND NOT EXISTS (SELECT 1 FROM events e WHERE e.case_id = NEW.id
                 AND e.seq = (SELECT max(seq) FROM events WHERE case_id = NEW.id)
                 AND ((e.kind = 'serve' AND e.on_date IS NEW.served_on)
                      OR (e.kind = 'undo' AND NEW.served_on IS NULL)))
BEGIN SELECT RAISE(ABORT, 'a case''s service date changes only with its event in the history'); END;
CREATE TRIGGER cases_void_follows_history BEFORE UPDATE OF voided_on, void_reason, void_of ON cases
WHEN (NEW.voided_on IS NOT OLD.voided_on OR NEW.void_reason IS NOT OLD.void_reason
      OR NEW.void_of IS NOT OLD.void_of)
 AND NOT EXISTS (SELECT 1 FROM events e LEFT JOIN void_steps v ON v.case_id = e.case_id AND v.seq = e.seq
                 WHERE e.case_id = NEW.id
                 AND e.seq = (SELECT max(seq) FROM events WHERE case_id = NEW.id)
                 AND ((e.kind = 'void' AND e.on_date IS NEW.voided_on
                       AND v.reason IS NEW.void_reason AND v.of_case IS NEW.void_of)
                      OR (e.kind = 'undo' AND NEW.voided_on IS NULL)))
BEGIN SELECT RAISE(ABORT, 'a case is voided only with its void in the history'); END;
-- a case's intake and mediation change only together with the event that records them
-- (its latest), or their undo
CREATE TRIGGER cases_procedure_follows_history BEFORE UPDATE OF incomplete_on, registered_on,
    not_registered_on, not_registered_reason, mediation_on, mediation_extended_on,
    mediation_failed_on, mediation_agreed_on ON cases
WHEN (NEW.incomplete_on IS NOT OLD.incomplete_on OR NEW.registered_on IS NOT OLD.registered_on
      OR NEW.not_registered_on IS NOT OLD.not_registered_on
      OR NEW.not_registered_reason IS NOT OLD.not_registered_reason
      OR NEW.mediation_on IS NOT OLD.mediation_on
      OR NEW.mediation_extended_on IS NOT OLD.mediation_extended_on
      OR NEW.mediation_failed_on IS NOT OLD.mediation_failed_on
      OR NEW.mediation_agreed_on IS NOT OLD.mediation_agreed_on)
 AND NOT EXISTS (SELECT 1 FROM events e WHERE e.case_id = NEW.id
                 AND e.seq = (SELECT max(seq) FROM events WHERE case_id = NEW.id)
                 AND e.kind IN ('incomplete', 'register',
                                'not_register', 'mediation_start',
                                'mediation_extend', 'mediation_fail',
                                'mediation_agree', 'undo'))
BEGIN SELECT RAISE(ABORT, 'a case''s intake and mediation change only with their events in the history'); END;
-- a case's body changes with a correction of the case, or a merge of its body; a case
-- is never on a body merged into another
CREATE TRIGGER cases_body_follows_history BEFORE UPDATE OF body_id ON cases
WHEN NEW.body_id IS NOT OLD.body_id
 AND NOT EXISTS (SELECT 1 FROM events WHERE case_id = NEW.id AND kind = 'edit'
                 AND act_id = (SELECT max(id) FROM acts))
 AND NOT EXISTS (SELECT 1 FROM body_changes WHERE act_id = (SELECT max(id) FROM acts)
                 AND change = 'merge' AND body_id = OLD.body_id AND into_id = NEW.body_id)
BEGIN SELECT RAISE(ABORT, 'a case''s body changes only with a correction of the case or a merge of bodies'); END;
CREATE TRIGGER cases_on_bodies_not_merged BEFORE INSERT ON cases
WHEN (SELECT merged_into FROM bodies WHERE id = NEW.body_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'that public body was merged into another'); END;
CREATE TRIGGER cases_moved_to_bodies_not_merged BEFORE UPDATE OF body_id ON cases
WHEN (SELECT merged_into FROM bodies WHERE id = NEW.body_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'that public body was merged into another'); END;
-- a case is never deleted: its history would lose its subject
CREATE TRIGGER cases_never_deleted BEFORE DELETE ON cases
BEGIN SELECT RAISE(ABORT, 'cases cannot be deleted; record a withdrawal or an undo instead'); END;
-- a case numbered at registration changes its number only to the one its registration
-- (the latest event) gave, or back to its receipt reference by an undo; its receipt
-- reference never changes, nor is one given later (a number written by other means on a
-- case numbered at receipt is what the chain catches: its entry is hashed with its act)
CREATE TRIGGER cases_number_follows_history BEFORE UPDATE OF register_no, receipt_no ON cases
WHEN (OLD.receipt_no IS NOT NULL OR NEW.receipt_no IS NOT NULL)
 AND (NEW.register_no IS NOT OLD.register_no OR NEW.receipt_no IS NOT OLD.receipt_no)
 AND NOT (NEW.receipt_no IS OLD.receipt_no AND NEW.receipt_no IS NOT NULL
          AND EXISTS (SELECT 1 FROM events e LEFT JOIN register_numbers n
                             ON n.case_id = e.case_id AND n.seq = e.seq
                      WHERE e.case_id = NEW.id
                      AND e.seq = (SELECT max(seq) FROM events WHERE case_id = NEW.id)
                      AND ((e.kind = 'register' AND n.register_no IS NEW.register_no)
                           OR (e.kind = 'undo' AND NEW.register_no = NEW.receipt_no))))
BEGIN SELECT RAISE(ABORT, 'a case''s number changes only with its registration or the undo of it'); END;
-- the year and the received date of a case never change (its serial and number hang on them)
CREATE TRIGGER cases_received_fixed BEFORE UPDATE OF year, serial, received_on ON cases
WHEN NEW.year IS NOT OLD.year OR NEW.serial IS NOT OLD.serial OR NEW.received_on IS NOT OLD.received_on
BEGIN SELECT RAISE(ABORT, 'a case''s year, serial and received date cannot change'); END;

-- What each hearing step of the history records (src/domain/hearing.rs); the event it
-- belongs to says when and by whom. Append-only, like the events.
CREATE TABLE hearing_steps (
    case_id    INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    -- the event's kind, repeated so that the CHECKs below can read it
    step       TEXT NOT NULL CHECK ((step = 'hearing_schedule' OR step = 'hearing_postpone' OR step = 'hearing_cancel' OR step = 'hearing_held')),
    hearing_no INTEGER NOT NULL CHECK (hearing_no >= 1),
    -- schedule: the kind and the date (and time, room, panel); postpone: the new date
    kind       TEXT CHECK ((kind = 'preliminary' OR kind = 'mediation' OR kind = 'adjudication' OR kind = 'evidence' OR kind = 'verdict')),
    on_date    TEXT CHECK (date(on_date, '+0 days') IS on_date AND on_date BETWEEN '1900-01-01' AND '9999-12-31'),
    at         TEXT CHECK (at GLOB '[0-2][0-9]:[0-5][0-9]' AND at < '24:00'),
    room       TEXT CHECK (length(trim(room)) > 0),
    panel      TEXT CHECK (length(trim(panel)) > 0),
    -- held: how the parties attended
    applicant  TEXT CHECK ((applicant = 'present' OR applicant = 'absent' OR applicant = 'represented')),
    respondent TEXT CHECK ((respondent = 'present' OR respondent = 'absent' OR respondent = 'represented')),
    -- the act of the event it belongs to, repeated so that an act's rows are found by it
    act_id     INTEGER NOT NULL REFERENCES acts (id),
    PRIMARY KEY (case_id, seq),
    FOREIGN KEY (case_id, seq) REFERENCES events (case_id, seq),
    CHECK ((step = 'hearing_schedule') = (kind IS NOT NULL)),
    CHECK ((step = 'hearing_schedule' OR step = 'hearing_postpone') = (on_date IS NOT NULL)),
    CHECK (step = 'hearing_schedule' OR (at IS NULL AND room IS NULL AND panel IS NULL)),
    CHECK ((step = 'hearing_held') = (applicant IS NOT NULL)
           AND (applicant IS NULL) = (respondent IS NULL))
) STRICT, WITHOUT ROWID;
CREATE INDEX hearing_steps_by_act ON hearing_steps (act_id);
-- a hearing step's payload belongs to an event of the same kind, and of the same act
CREATE TRIGGER hearing_steps_of_their_event BEFORE INSERT ON hearing_steps
WHEN NEW.step IS NOT (SELECT kind FROM events WHERE case_id = NEW.case_id AND seq = NEW.seq)
  OR NEW.act_id IS NOT (SELECT act_id FROM events WHERE case_id = NEW.case_id AND seq = NEW.seq)
BEGIN SELECT RAISE(ABORT, 'a hearing step belongs to an event of its kind and act'); END;
CREATE TRIGGER hearing_steps_append_only_update BEFORE UPDATE ON hearing_steps
BEGIN SELECT RAISE(ABORT, 'the history is append-only: hearing steps cannot be changed'); END;
CREATE TRIGGER hearing_steps_append_only_delete BEFORE DELETE ON hearing_steps
BEGIN SELECT RAISE(ABORT, 'the history is append-only: hearing steps cannot be deleted'); END;

-- The hearings of each case as their history leaves them (kept equal to the replay of the
-- hearing steps not undone, in the same transaction; `verify` checks it).
CREATE TABLE hearings (
    case_id       INTEGER NOT NULL REFERENCES cases (id),
    no            INTEGER NOT NULL CHECK (no >= 1),
    kind          TEXT NOT NULL CHECK ((kind = 'preliminary' OR kind = 'mediation' OR kind = 'adjudication' OR kind = 'evidence' OR kind = 'verdict')),
    on_date       TEXT NOT NULL CHECK (date(on_date, '+0 days') IS on_date AND on_date BETWEEN '1900-01-01' AND '9999-12-31'),
    at            TEXT CHECK (at GLOB '[0-2][0-9]:[0-5][0-9]' AND at < '24:00'),
    room          TEXT,
    panel         TEXT,
    status        TEXT NOT NULL CHECK ((status = 'scheduled' OR status = 'held' OR status = 'cancelled')),
    first_on      TEXT NOT NULL CHECK (date(first_on, '+0 days') IS first_on AND first_on BETWEEN '1900-01-01' AND '9999-12-31'),
    postponements INTEGER NOT NULL CHECK (postponements >= 0),
    applicant     TEXT CHECK ((applicant = 'present' OR applicant = 'absent' OR applicant = 'represented')),
    respondent    TEXT CHECK ((respondent = 'present' OR respondent = 'absent' OR respondent = 'represented')),
    reason        TEXT,
    PRIMARY KEY (case_id, no),
    -- the attendance is recorded exactly when the hearing is held
    CHECK ((status = 'held') = (applicant IS NOT NULL) AND (applicant IS NULL) = (respondent IS NULL)),
    CHECK (status <> 'cancelled' OR reason IS NOT NULL),
    CHECK (postponements > 0 OR first_on = on_date)
) STRICT, WITHOUT ROWID;
-- the agenda reads the hearings of a span of days straight off this index
CREATE INDEX hearings_by_date ON hearings (on_date);
-- ... and, in calendar files, the hearings first set in it and postponed out of it
CREATE INDEX hearings_by_first_date ON hearings (first_on);
-- a hearing moves only as the hearing steps allow (HEARING_MOVES), or back by an undo
CREATE TRIGGER hearings_move BEFORE UPDATE OF status ON hearings
WHEN NOT ((OLD.status = 'scheduled' AND NEW.status = 'scheduled') OR (OLD.status = 'scheduled' AND NEW.status = 'cancelled') OR (OLD.status = 'cancelled' AND NEW.status = 'scheduled') OR (OLD.status = 'scheduled' AND NEW.status = 'held') OR (OLD.status = 'held' AND NEW.status = 'scheduled'))
BEGIN SELECT RAISE(ABORT, 'a hearing moves only as its steps allow: held or cancelled once, from scheduled'); END;
-- What each step of a case's appeals records (src/domain/appeal.rs): the filing (the
-- level, the court, who filed, the court's number) and the court's decision (the level,
-- the outcome, the court's number). The event says when and by whom; a service of the
-- decision records its date only, in the event. Append-only, like the events.
CREATE TABLE appeal_steps (
    case_id  INTEGER NOT NULL,
    seq      INTEGER NOT NULL,
    step     TEXT NOT NULL CHECK ((step = 'appeal_file' OR step = 'appeal_decide')),
    level    TEXT NOT NULL CHECK ((level = 'first_instance' OR level = 'cassation')),
    court    TEXT CHECK ((court = 'ptun' OR court = 'pn' OR court = 'ma')),
    party    TEXT CHECK ((party = 'applicant' OR party = 'respondent')),
    outcome  TEXT CHECK ((outcome = 'upheld' OR outcome = 'overturned' OR outcome = 'partly_overturned' OR outcome = 'inadmissible' OR outcome = 'withdrawn')),
    court_no TEXT CHECK (length(trim(court_no)) > 0),
    PRIMARY KEY (case_id, seq),
    FOREIGN KEY (case_id, seq) REFERENCES events (case_id, seq),
    CHECK ((step = 'appeal_file') = (court IS NOT NULL) AND (court IS NULL) = (party IS NULL)),
    CHECK ((step = 'appeal_decide') = (outcome IS NOT NULL)),
    -- each level before its courts (LEVELS)
    CHECK (court IS NULL OR ((level = 'first_instance' AND (court = 'ptun' OR court = 'pn')) OR (level = 'cassation' AND (court = 'ma'))))
) STRICT, WITHOUT ROWID;
CREATE TRIGGER appeal_steps_of_their_event BEFORE INSERT ON appeal_steps
WHEN NEW.step IS NOT (SELECT kind FROM events WHERE case_id = NEW.case_id AND seq = NEW.seq)
BEGIN SELECT RAISE(ABORT, 'an appeal step belongs to an event of its kind'); END;
CREATE TRIGGER appeal_steps_append_only_update BEFORE UPDATE ON appeal_steps
BEGIN SELECT RAISE(ABORT, 'the history is append-only: appeal steps cannot be changed'); END;
CREATE TRIGGER appeal_steps_append_only_delete BEFORE DELETE ON appeal_steps
BEGIN SELECT RAISE(ABORT, 'the history is append-only: appeal steps cannot be deleted'); END;
-- only a decision by a route that can be contested (APPEALABLE) is appealed
CREATE TRIGGER appeal_steps_of_appealable_decisions BEFORE INSERT ON appeal_steps
WHEN NEW.step = 'appeal_file'
 AND NOT (SELECT (decision_via = 'interim' OR decision_via = 'adjudication') FROM cases WHERE id = NEW.case_id)
BEGIN SELECT RAISE(ABORT, 'only an adjudication decision or an interim ruling can be appealed'); END;
-- no court decision before the appeal is filed (written before the appeal's row moves)
CREATE TRIGGER appeal_steps_decided_after_filing BEFORE INSERT ON appeal_steps
WHEN NEW.step = 'appeal_decide'
 AND NOT EXISTS (SELECT 1 FROM appeals WHERE case_id = NEW.case_id AND level = NEW.level
                 AND decided_on IS NULL)
BEGIN SELECT RAISE(ABORT, 'a court decides only an appeal filed and pending'); END;

-- What each void records: why, and the case it duplicates. Append-only.
CREATE TABLE void_steps (
    case_id INTEGER NOT NULL,
    seq     INTEGER NOT NULL,
    reason  TEXT NOT NULL CHECK ((reason = 'duplicate' OR reason = 'mistake' OR reason = 'other')),
    of_case INTEGER REFERENCES cases (id) CHECK (of_case IS NOT case_id),
    PRIMARY KEY (case_id, seq),
    FOREIGN KEY (case_id, seq) REFERENCES events (case_id, seq)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER void_steps_of_their_event BEFORE INSERT ON void_steps
WHEN (SELECT kind FROM events WHERE case_id = NEW.case_id AND seq = NEW.seq) IS NOT 'void'
BEGIN SELECT RAISE(ABORT, 'a void''s payload belongs to a void event'); END;
CREATE TRIGGER void_steps_append_only_update BEFORE UPDATE ON void_steps
BEGIN SELECT RAISE(ABORT, 'the history is append-only: voids cannot be changed'); END;
CREATE TRIGGER void_steps_append_only_delete BEFORE DELETE ON void_steps
BEGIN SELECT RAISE(ABORT, 'the history is append-only: voids cannot be deleted'); END;

-- The number each registration gave, where numbers are given at registration (the
-- setting register-number-at): the year of the akta registrasi and its serial in that
-- year's registrations. Append-only; a registration undone keeps its row, and its number
-- is given again only if no later number of its year stands (the next serial follows the
-- highest standing one).
CREATE TABLE register_numbers (
    case_id     INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    year        INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    serial      INTEGER NOT NULL CHECK (serial >= 1),
    register_no TEXT NOT NULL CHECK (length(trim(register_no)) > 0),
    PRIMARY KEY (case_id, seq),
    FOREIGN KEY (case_id, seq) REFERENCES events (case_id, seq)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER register_numbers_of_their_event BEFORE INSERT ON register_numbers
WHEN NOT EXISTS (SELECT 1 FROM events e WHERE e.case_id = NEW.case_id AND e.seq = NEW.seq
                 AND e.kind = 'register'
                 AND NEW.year = CAST(substr(e.on_date, 1, 4) AS INTEGER))
BEGIN SELECT RAISE(ABORT, 'a register number belongs to a registration, in its year'); END;
CREATE TRIGGER register_numbers_in_order BEFORE INSERT ON register_numbers
WHEN NEW.serial <= (SELECT coalesce(max(n.serial), 0) FROM register_numbers n
                    WHERE n.year = NEW.year
                    AND NOT EXISTS (SELECT 1 FROM events u WHERE u.case_id = n.case_id
                                    AND u.reverts = n.seq))
BEGIN SELECT RAISE(ABORT, 'a registration takes a serial after every number of its year that stands'); END;
CREATE TRIGGER register_numbers_append_only_update BEFORE UPDATE ON register_numbers
BEGIN SELECT RAISE(ABORT, 'the history is append-only: register numbers cannot be changed'); END;
CREATE TRIGGER register_numbers_append_only_delete BEFORE DELETE ON register_numbers
BEGIN SELECT RAISE(ABORT, 'the history is append-only: register numbers cannot be deleted'); END;

-- The appeals of each case as their history leaves them, one row per level (kept equal
-- to the replay of the appeal steps not undone, in the same transaction; `verify`).
CREATE TABLE appeals (
    case_id    INTEGER NOT NULL REFERENCES cases (id),
    level      TEXT NOT NULL CHECK ((level = 'first_instance' OR level = 'cassation')),
    court      TEXT NOT NULL CHECK ((court = 'ptun' OR court = 'pn' OR court = 'ma')),
    party      TEXT NOT NULL CHECK ((party = 'applicant' OR party = 'respondent')),
    filed_on   TEXT NOT NULL CHECK (date(filed_on, '+0 days') IS filed_on AND filed_on BETWEEN '1900-01-01' AND '9999-12-31'),
    court_no   TEXT CHECK (length(trim(court_no)) > 0),
    decided_on TEXT CHECK (date(decided_on, '+0 days') IS decided_on AND decided_on BETWEEN '1900-01-01' AND '9999-12-31'),
    outcome    TEXT CHECK ((outcome = 'upheld' OR outcome = 'overturned' OR outcome = 'partly_overturned' OR outcome = 'inadmissible' OR outcome = 'withdrawn')),
    PRIMARY KEY (case_id, level),
    -- a court decision has its outcome, and comes after the filing
    CHECK ((decided_on IS NULL) = (outcome IS NULL)),
    CHECK (decided_on IS NULL OR decided_on >= filed_on),
    -- each level before its courts (LEVELS)
    CHECK (((level = 'first_instance' AND (court = 'ptun' OR court = 'pn')) OR (level = 'cassation' AND (court = 'ma'))))
) STRICT, WITHOUT ROWID;
-- an appeal row changes only with the appeal step that leads there (the case's latest
-- event), or its undo
CREATE TRIGGER appeals_insert_follows_history BEFORE INSERT ON appeals
WHEN (SELECT kind FROM events WHERE case_id = NEW.case_id ORDER BY seq DESC LIMIT 1) IS NOT 'appeal_file'
BEGIN SELECT RAISE(ABORT, 'an appeal enters the register only with its filing in the history'); END;
CREATE TRIGGER appeals_update_follows_history BEFORE UPDATE ON appeals
WHEN (SELECT kind FROM events WHERE case_id = NEW.case_id ORDER BY seq DESC LIMIT 1)
     NOT IN ('appeal_decide', 'undo')
  OR NEW.case_id IS NOT OLD.case_id OR NEW.level IS NOT OLD.level
  OR NEW.court IS NOT OLD.court OR NEW.party IS NOT OLD.party OR NEW.filed_on IS NOT OLD.filed_on
BEGIN SELECT RAISE(ABORT, 'an appeal changes only with its court''s decision in the history'); END;
CREATE TRIGGER appeals_delete_follows_history BEFORE DELETE ON appeals
WHEN (SELECT kind FROM events WHERE case_id = OLD.case_id ORDER BY seq DESC LIMIT 1) IS NOT 'undo'
BEGIN SELECT RAISE(ABORT, 'an appeal leaves the register only by the undo of its filing'); END;
-- only a decision by a route that can be contested (APPEALABLE), on or after its date
CREATE TRIGGER appeals_of_appealable_decisions BEFORE INSERT ON appeals
WHEN NOT (SELECT (decision_via = 'interim' OR decision_via = 'adjudication') AND decided_on <= NEW.filed_on
          FROM cases WHERE id = NEW.case_id)
BEGIN SELECT RAISE(ABORT, 'an appeal contests an adjudication decision or an interim ruling, filed after it'); END;
-- the levels in order (LEVELS): a level only after the one before it decided, not by a
-- withdrawal (ENDS_TRACK), and not before that decision
CREATE TRIGGER appeals_levels_in_order BEFORE INSERT ON appeals
WHEN (NEW.level = 'cassation' AND NOT EXISTS (SELECT 1 FROM appeals p WHERE p.case_id = NEW.case_id
       AND p.level = 'first_instance' AND p.decided_on <= NEW.filed_on AND NOT (p.outcome = 'withdrawn')))
BEGIN SELECT RAISE(ABORT, 'appeal levels come in order: cassation after a first-instance decision'); END;

-- The commission's non-working days besides weekends: national public holidays,
-- collective leave (cuti bersama), its own closures; deadlines count working days with
-- them. A new register is seeded from data/holidays-id.csv. The current state of the
-- calendar: always the replay of `calendar_changes` in act order (`sengketa verify`).
CREATE TABLE calendar (
    date    TEXT PRIMARY KEY CHECK (date(date, '+0 days') IS date AND date BETWEEN '1900-01-01' AND '9999-12-31'),
    kind    TEXT NOT NULL CHECK ((kind = 'public_holiday' OR kind = 'collective_leave' OR kind = 'office_closure')),
    name_id TEXT NOT NULL CHECK (length(trim(name_id)) > 0),
    name_en TEXT NOT NULL CHECK (length(trim(name_en)) > 0),
    source  TEXT NOT NULL CHECK (length(trim(source)) > 0)
) STRICT, WITHOUT ROWID;

-- The history of the calendar: append-only. One row per day an act adds, updates or
-- removes, with the day's new values (for a removal: the values removed, and why).
CREATE TABLE calendar_changes (
    act_id  INTEGER NOT NULL REFERENCES acts (id),
    date    TEXT NOT NULL CHECK (date(date, '+0 days') IS date AND date BETWEEN '1900-01-01' AND '9999-12-31'),
    change  TEXT NOT NULL CHECK ((change = 'add' OR change = 'update' OR change = 'remove')),
    kind    TEXT NOT NULL CHECK ((kind = 'public_holiday' OR kind = 'collective_leave' OR kind = 'office_closure')),
    name_id TEXT NOT NULL CHECK (length(trim(name_id)) > 0),
    name_en TEXT NOT NULL CHECK (length(trim(name_en)) > 0),
    source  TEXT NOT NULL CHECK (length(trim(source)) > 0),
    reason  TEXT CHECK (length(trim(reason)) > 0),
    PRIMARY KEY (act_id, date),
    CHECK ((change = 'remove') = (reason IS NOT NULL))
) STRICT, WITHOUT ROWID;
CREATE TRIGGER calendar_changes_append_only_update BEFORE UPDATE ON calendar_changes
BEGIN SELECT RAISE(ABORT, 'the history is append-only: calendar changes cannot be changed'); END;
CREATE TRIGGER calendar_changes_append_only_delete BEFORE DELETE ON calendar_changes
BEGIN SELECT RAISE(ABORT, 'the history is append-only: calendar changes cannot be deleted'); END;
-- a day of the calendar changes only together with the change of its history that leads
-- there, recorded (first) by the latest act: so the sqlite3 shell cannot change the
-- calendar behind the history's back
CREATE TRIGGER calendar_insert_follows_history BEFORE INSERT ON calendar
WHEN NOT EXISTS (SELECT 1 FROM calendar_changes h
                 WHERE h.act_id = (SELECT max(id) FROM acts) AND h.date = NEW.date
                   AND h.change = 'add' AND h.kind = NEW.kind AND h.name_id = NEW.name_id
                   AND h.name_en = NEW.name_en AND h.source = NEW.source)
BEGIN SELECT RAISE(ABORT, 'a day enters the calendar only with its change in calendar_changes'); END;
CREATE TRIGGER calendar_update_follows_history BEFORE UPDATE ON calendar
WHEN NEW.date IS NOT OLD.date
  OR NOT EXISTS (SELECT 1 FROM calendar_changes h
                 WHERE h.act_id = (SELECT max(id) FROM acts) AND h.date = NEW.date
                   AND h.change = 'update' AND h.kind = NEW.kind AND h.name_id = NEW.name_id
                   AND h.name_en = NEW.name_en AND h.source = NEW.source)
BEGIN SELECT RAISE(ABORT, 'a day of the calendar changes only with its change in calendar_changes'); END;
CREATE TRIGGER calendar_delete_follows_history BEFORE DELETE ON calendar
WHEN NOT EXISTS (SELECT 1 FROM calendar_changes h
                 WHERE h.act_id = (SELECT max(id) FROM acts) AND h.date = OLD.date
                   AND h.change = 'remove')
BEGIN SELECT RAISE(ABORT, 'a day leaves the calendar only with its change in calendar_changes'); END;
-- a hearing is held on its own date: the event of a hearing held bears the date the
-- hearing's row has when the step is written (before the row moves to held)
CREATE TRIGGER hearing_held_on_its_date BEFORE INSERT ON hearing_steps
WHEN NEW.step = 'hearing_held'
     AND (SELECT on_date FROM events WHERE case_id = NEW.case_id AND seq = NEW.seq)
         IS NOT (SELECT on_date FROM hearings WHERE case_id = NEW.case_id AND no = NEW.hearing_no)
BEGIN SELECT RAISE(ABORT, 'a hearing is held on its own date'); END;

-- The history of the settings: append-only. One row per `config set`, with the value
-- it gave; the settings are always the latest value per key (`sengketa verify`).
CREATE TABLE setting_changes (
    act_id INTEGER PRIMARY KEY REFERENCES acts (id),
    key    TEXT NOT NULL CHECK ((key = 'commission-code' OR key = 'register-template' OR key = 'collective-leave' OR key = 'commission-name' OR key = 'commission-address' OR key = 'commission-phone' OR key = 'commission-email' OR key = 'commission-city' OR key = 'commission-logo' OR key = 'chair-name' OR key = 'head-clerk-name' OR key = 'timezone' OR key = 'hearing-minutes' OR key = 'letter-number-format' OR key = 'publish-applicant' OR key = 'deadline-basis' OR key = 'register-number-at' OR key = 'publish-decisions-dir')),
    value  TEXT NOT NULL CHECK (length(value) > 0)
) STRICT;
CREATE TRIGGER setting_changes_append_only_update BEFORE UPDATE ON setting_changes
BEGIN SELECT RAISE(ABORT, 'the history is append-only: setting changes cannot be changed'); END;
CREATE TRIGGER setting_changes_append_only_delete BEFORE DELETE ON setting_changes
BEGIN SELECT RAISE(ABORT, 'the history is append-only: setting changes cannot be deleted'); END;
-- a setting takes a value only with its change recorded by the latest act, and is never
-- unset: so the sqlite3 shell cannot change a setting behind the history's back
CREATE TRIGGER settings_insert_follows_history BEFORE INSERT ON settings
WHEN NOT EXISTS (SELECT 1 FROM setting_changes h
                 WHERE h.act_id = (SELECT max(id) FROM acts) AND h.key = NEW.key AND h.value = NEW.value)
BEGIN SELECT RAISE(ABORT, 'a setting changes only with its change in setting_changes'); END;
CREATE TRIGGER settings_update_follows_history BEFORE UPDATE ON settings
WHEN NEW.key IS NOT OLD.key
  OR NOT EXISTS (SELECT 1 FROM setting_changes h
                 WHERE h.act_id = (SELECT max(id) FROM acts) AND h.key = NEW.key AND h.value = NEW.value)
BEGIN SELECT RAISE(ABORT, 'a setting changes only with its change in setting_changes'); END;
CREATE TRIGGER settings_never_deleted BEFORE DELETE ON settings
BEGIN SELECT RAISE(ABORT, 'a setting cannot be unset; set another value'); END;

-- The hash chain of the history (src/storage/chain.rs): one row per act, written in the
-- act's own transaction: SHA-256 over the previous act's hash and the act's canonical
-- content (the act, and every row it wrote). `sengketa verify` recomputes it from the
-- first act; `verify --head` prints the last. Append-only.
CREATE TABLE act_hashes (
    act_id INTEGER PRIMARY KEY REFERENCES acts (id),
    hash   TEXT NOT NULL CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*')
) STRICT;
CREATE TRIGGER act_hashes_append_only_update BEFORE UPDATE ON act_hashes
BEGIN SELECT RAISE(ABORT, 'the history is append-only: hashes cannot be changed'); END;
CREATE TRIGGER act_hashes_append_only_delete BEFORE DELETE ON act_hashes
BEGIN SELECT RAISE(ABORT, 'the history is append-only: hashes cannot be deleted'); END;

-- The case file (src/domain/case_file.rs): how to reach the parties, the road to the
-- dispute, the commission's people and each case's panel, notes, and the service of each
-- summons. Every table is append-only and written by the latest act (its `act_id`), so
-- the hash chain covers it; where a table holds states, each act writes the whole new
-- state and the latest row is the current one.

-- The parties of a case beyond its applicant's name and body (personal data: never in a
-- recap, the report or a redacted export): the applicant's contacts, the representative
-- (kuasa), and the case's own overrides of its body's PPID and superior.
CREATE TABLE case_parties (
    case_id           INTEGER NOT NULL REFERENCES cases (id),
    act_id            INTEGER NOT NULL REFERENCES acts (id),
    applicant_address TEXT CHECK (length(trim(applicant_address)) > 0),
    applicant_phone   TEXT CHECK (length(trim(applicant_phone)) > 0),
    applicant_email   TEXT CHECK (length(trim(applicant_email)) > 0),
    rep_name          TEXT CHECK (length(trim(rep_name)) > 0),
    rep_address       TEXT CHECK (length(trim(rep_address)) > 0),
    rep_authorised_on TEXT CHECK (date(rep_authorised_on, '+0 days') IS rep_authorised_on AND rep_authorised_on BETWEEN '1900-01-01' AND '9999-12-31'),
    ppid_address      TEXT CHECK (length(trim(ppid_address)) > 0),
    superior_name     TEXT CHECK (length(trim(superior_name)) > 0),
    superior_title    TEXT CHECK (length(trim(superior_title)) > 0),
    superior_address  TEXT CHECK (length(trim(superior_address)) > 0),
    PRIMARY KEY (case_id, act_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_parties_by_act ON case_parties (act_id);

-- A public body's PPID and the PPID's superior (atasan PPID), for the papers.
CREATE TABLE body_parties (
    body_id          INTEGER NOT NULL REFERENCES bodies (id),
    act_id           INTEGER NOT NULL REFERENCES acts (id),
    ppid_address     TEXT CHECK (length(trim(ppid_address)) > 0),
    superior_name    TEXT CHECK (length(trim(superior_name)) > 0),
    superior_title   TEXT CHECK (length(trim(superior_title)) > 0),
    superior_address TEXT CHECK (length(trim(superior_address)) > 0),
    PRIMARY KEY (body_id, act_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX body_parties_by_act ON body_parties (act_id);

-- The road to the dispute (Law 14/2008 Art. 21-22, 35-37): the request, the PPID's
-- answer, the objection and the superior's answer, each answer after what it answers.
CREATE TABLE case_road (
    case_id              INTEGER NOT NULL REFERENCES cases (id),
    act_id               INTEGER NOT NULL REFERENCES acts (id),
    requested_on         TEXT CHECK (date(requested_on, '+0 days') IS requested_on AND requested_on BETWEEN '1900-01-01' AND '9999-12-31'),
    ppid_answered_on     TEXT CHECK (date(ppid_answered_on, '+0 days') IS ppid_answered_on AND ppid_answered_on BETWEEN '1900-01-01' AND '9999-12-31'),
    objected_on          TEXT CHECK (date(objected_on, '+0 days') IS objected_on AND objected_on BETWEEN '1900-01-01' AND '9999-12-31'),
    superior_answered_on TEXT CHECK (date(superior_answered_on, '+0 days') IS superior_answered_on AND superior_answered_on BETWEEN '1900-01-01' AND '9999-12-31'),
    PRIMARY KEY (case_id, act_id),
    CHECK (ppid_answered_on IS NULL OR requested_on IS NULL OR ppid_answered_on >= requested_on),
    CHECK (objected_on IS NULL OR requested_on IS NULL OR objected_on >= requested_on),
    CHECK (superior_answered_on IS NULL OR objected_on IS NULL OR superior_answered_on >= objected_on)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_road_by_act ON case_road (act_id);

-- The grounds of the objection (Art. 35(1) (a)-(g)) of a state of the road.
CREATE TABLE case_grounds (
    case_id INTEGER NOT NULL,
    act_id  INTEGER NOT NULL REFERENCES acts (id),
    ground  TEXT NOT NULL CHECK ((ground = 'a' OR ground = 'b' OR ground = 'c' OR ground = 'd' OR ground = 'e' OR ground = 'f' OR ground = 'g')),
    PRIMARY KEY (case_id, act_id, ground),
    FOREIGN KEY (case_id, act_id) REFERENCES case_road (case_id, act_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_grounds_by_act ON case_grounds (act_id);

-- The commission's people: commissioners, mediators, substitute clerks. One row per
-- person (the act that added it); `person_changes` holds each state of it.
CREATE TABLE people (
    id     INTEGER PRIMARY KEY,
    act_id INTEGER NOT NULL REFERENCES acts (id)
) STRICT;
CREATE INDEX people_by_act ON people (act_id);
CREATE TABLE person_changes (
    person_id  INTEGER NOT NULL REFERENCES people (id),
    act_id     INTEGER NOT NULL REFERENCES acts (id),
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role       TEXT NOT NULL CHECK ((role = 'commissioner' OR role = 'mediator' OR role = 'clerk')),
    phone      TEXT CHECK (length(trim(phone)) > 0),
    retired_on TEXT CHECK (date(retired_on, '+0 days') IS retired_on AND retired_on BETWEEN '1900-01-01' AND '9999-12-31'),
    PRIMARY KEY (person_id, act_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX person_changes_by_act ON person_changes (act_id);

-- A case's panel (majelis komisioner) as an act assigned it, and why it changed.
CREATE TABLE panels (
    case_id INTEGER NOT NULL REFERENCES cases (id),
    act_id  INTEGER NOT NULL REFERENCES acts (id),
    reason  TEXT CHECK (length(trim(reason)) > 0),
    PRIMARY KEY (case_id, act_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX panels_by_act ON panels (act_id);
CREATE TABLE panel_seats (
    case_id   INTEGER NOT NULL,
    act_id    INTEGER NOT NULL REFERENCES acts (id),
    seat      TEXT NOT NULL CHECK ((seat = 'chair' OR seat = 'member' OR seat = 'mediator' OR seat = 'clerk')),
    person_id INTEGER NOT NULL REFERENCES people (id),
    PRIMARY KEY (case_id, act_id, seat, person_id),
    FOREIGN KEY (case_id, act_id) REFERENCES panels (case_id, act_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX panel_seats_by_act ON panel_seats (act_id);

-- Free notes on a case (a phone call, a document handed in); the act says who and when.
CREATE TABLE case_notes (
    case_id INTEGER NOT NULL REFERENCES cases (id),
    act_id  INTEGER NOT NULL REFERENCES acts (id),
    text    TEXT NOT NULL CHECK (length(trim(text)) > 0),
    PRIMARY KEY (case_id, act_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_notes_by_act ON case_notes (act_id);

-- The service of a hearing's summons to a party (relaas): when, how, and what became of it.
CREATE TABLE summons_service (
    case_id    INTEGER NOT NULL REFERENCES cases (id),
    act_id     INTEGER NOT NULL REFERENCES acts (id),
    hearing_no INTEGER NOT NULL CHECK (hearing_no >= 1),
    party      TEXT NOT NULL CHECK ((party = 'applicant' OR party = 'respondent')),
    on_date    TEXT NOT NULL CHECK (date(on_date, '+0 days') IS on_date AND on_date BETWEEN '1900-01-01' AND '9999-12-31'),
    how        TEXT NOT NULL CHECK ((how = 'hand' OR how = 'post' OR how = 'email' OR how = 'courier')),
    result     TEXT NOT NULL CHECK ((result = 'delivered' OR result = 'refused' OR result = 'returned')),
    PRIMARY KEY (case_id, act_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX summons_service_by_act ON summons_service (act_id);

-- The case file's changes reverted by `case undo` (a note, a service, an assignment, a
-- change of the parties or the road): the undo's act strikes the rows act `undone` wrote
-- to the case's file, which then read as if never written (the state before comes back,
-- exactly). Both stay in the history.
CREATE TABLE case_file_undos (
    case_id INTEGER NOT NULL REFERENCES cases (id),
    act_id  INTEGER NOT NULL REFERENCES acts (id),
    undone  INTEGER NOT NULL REFERENCES acts (id) CHECK (undone < act_id),
    on_date TEXT NOT NULL CHECK (date(on_date, '+0 days') IS on_date AND on_date BETWEEN '1900-01-01' AND '9999-12-31'),
    reason  TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    PRIMARY KEY (case_id, act_id),
    UNIQUE (case_id, undone)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_file_undos_by_act ON case_file_undos (act_id);
CREATE TRIGGER case_file_undos_by_an_undo BEFORE INSERT ON case_file_undos
WHEN (SELECT command FROM acts WHERE id = NEW.act_id) IS NOT 'undo'
BEGIN SELECT RAISE(ABORT, 'a change of the case file is struck only by an undo'); END;

CREATE TRIGGER case_parties_append_only_update BEFORE UPDATE ON case_parties
BEGIN SELECT RAISE(ABORT, 'the history is append-only: the case file cannot be changed'); END;
CREATE TRIGGER case_parties_append_only_delete BEFORE DELETE ON case_parties
BEGIN SELECT RAISE(ABORT, 'the history is append-only: the case file cannot be deleted'); END;
CREATE TRIGGER case_parties_by_the_latest_act BEFORE INSERT ON case_parties
WHEN NEW.act_id IS NOT (SELECT max(id) FROM acts)
BEGIN SELECT RAISE(ABORT, 'the case file is written only by the latest act'); END;
CREATE TRIGGER body_parties_append_only_update BEFORE UPDATE ON body_parties
BEGIN SELECT RAISE(ABORT, 'the history is append-only: the case file cannot be changed'); END;
CREATE TRIGGER body_parties_append_only_delete BEFORE DELETE ON body_parties
BEGIN SELECT RAISE(ABORT, 'the history is append-only: the case file cannot be deleted'); END;
CREATE TRIGGER body_parties_by_the_latest_act BEFORE INSERT ON body_parties
WHEN NEW.act_id IS NOT (SELECT max(id) FROM acts)
BEGIN SELECT RAISE(ABORT, 'the case file is written only by the latest act'); END;
CREATE TRIGGER case_road_append_only_update BEFORE UPDATE ON case_road
BEGIN SELECT RAISE(ABORT, 'the history is append-only: the case file cannot be changed'); END;
CREATE TRIGGER case_road_append_only_delete BEFORE DELETE ON case_road
BEGIN SELECT RAISE(ABORT, 'the history is append-only: the case file cannot be deleted'); END;
CREATE TRIGGER case_road_by_the_latest_act BEFORE INSERT ON case_road
WHEN NEW.act_id IS NOT (SELECT max(id) FROM acts)
BEGIN SELECT RAISE(ABORT, 'the case file is written only by the latest act'); END;
CREATE TRIGGER case_grounds_append_only_update BEFORE UPDATE ON case_grounds
BEGIN SELECT RAISE(ABORT, 'the history is append-only: the case file cannot be changed'); END;
CREATE TRIGGER case_grounds_append_only_delete BEFORE DELETE ON case_grounds
BEGIN SELECT RAISE(ABORT, 'the history is append-only: the case file cannot be deleted'); END;
CREATE TRIGGER case_grounds_by_the_latest_act BEFORE INSERT ON case_grounds
WHEN NEW.act_id IS NOT (SELECT max(id) FROM acts)
BEGIN SELECT RAISE(ABORT, 'the case file is written only by the latest act'); END;
CREATE TRIGGER people_append_only_update BEFORE UPDATE ON people
BEGIN SELECT RAISE(ABORT, 'the history is append-only: the case file cannot be changed'); END;
CREATE TRIGGER people_append_only_delete BEFORE DELETE ON people
BEGIN SELECT RAISE(ABORT, 'the history is append-only: the case file cannot be deleted'); END;
CREATE TRIGGER people_by_the_latest_act BEFORE INSERT ON people
WHEN NEW.act_id IS NOT (SELECT max(id) FROM acts)
BEGIN SELECT RAISE(ABORT, 'the case file is written only by the latest act'); END;
CREATE TRIGGER person_changes_append_only_update BEFORE UPDATE ON person_changes
BEGIN SELECT RAISE(ABORT, 'the history is append-only: the case file cannot be changed'); END;
CREATE TRIGGER person_changes_append_only_delete BEFORE DELETE ON person_changes
BEGIN SELECT RAISE(ABORT, 'the history is append-only: the case file cannot be deleted'); END;
CREATE TRIGGER person_changes_by_the_latest_act BEFORE INSERT ON person_changes
WHEN NEW.act_id IS NOT (SELECT max(id) FROM acts)
BEGIN SELECT RAISE(ABORT, 'the case file is written only by the latest act'); END;
CREATE TRIGGER panels_append_only_update BEFORE UPDATE ON panels
BEGIN SELECT RAISE(ABORT, 'the history is append-only: the case file cannot be changed'); END;
CREATE TRIGGER panels_append_only_delete BEFORE DELETE ON panels
BEGIN SELECT RAISE(ABORT, 'the history is append-only: the case file cannot be deleted'); END;
CREATE TRIGGER panels_by_the_latest_act BEFORE INSERT ON panels
WHEN NEW.act_id IS NOT (SELECT max(id) FROM acts)
BEGIN SELECT RAISE(ABORT, 'the case file is written only by the latest act'); END;
CREATE TRIGGER panel_seats_append_only_update BEFORE UPDATE ON panel_seats
BEGIN SELECT RAISE(ABORT, 'the history is append-only: the case file cannot be changed'); END;
CREATE TRIGGER panel_seats_append_only_delete BEFORE DELETE ON panel_seats
BEGIN SELECT RAISE(ABORT, 'the history is append-only: the case file cannot be deleted'); END;
CREATE TRIGGER panel_seats_by_the_latest_act BEFORE INSERT ON panel_seats
WHEN NEW.act_id IS NOT (SELECT max(id) FROM acts)
BEGIN SELECT RAISE(ABORT, 'the case file is written only by the latest act'); END;
CREATE TRIGGER case_notes_append_only_update BEFORE UPDATE ON case_notes
BEGIN SELECT RAISE(ABORT, 'the history is append-only: the case file cannot be changed'); END;
CREATE TRIGGER case_notes_append_only_delete BEFORE DELETE ON case_notes
BEGIN SELECT RAISE(ABORT, 'the history is append-only: the case file cannot be deleted'); END;
CREATE TRIGGER case_notes_by_the_latest_act BEFORE INSERT ON case_notes
WHEN NEW.act_id IS NOT (SELECT max(id) FROM acts)
BEGIN SELECT RAISE(ABORT, 'the case file is written only by the latest act'); END;
CREATE TRIGGER summons_service_append_only_update BEFORE UPDATE ON summons_service
BEGIN SELECT RAISE(ABORT, 'the history is append-only: the case file cannot be changed'); END;
CREATE TRIGGER summons_service_append_only_delete BEFORE DELETE ON summons_service
BEGIN SELECT RAISE(ABORT, 'the history is append-only: the case file cannot be deleted'); END;
CREATE TRIGGER summons_service_by_the_latest_act BEFORE INSERT ON summons_service
WHEN NEW.act_id IS NOT (SELECT max(id) FROM acts)
BEGIN SELECT RAISE(ABORT, 'the case file is written only by the latest act'); END;
CREATE TRIGGER case_file_undos_append_only_update BEFORE UPDATE ON case_file_undos
BEGIN SELECT RAISE(ABORT, 'the history is append-only: the case file cannot be changed'); END;
CREATE TRIGGER case_file_undos_append_only_delete BEFORE DELETE ON case_file_undos
BEGIN SELECT RAISE(ABORT, 'the history is append-only: the case file cannot be deleted'); END;
CREATE TRIGGER case_file_undos_by_the_latest_act BEFORE INSERT ON case_file_undos
WHEN NEW.act_id IS NOT (SELECT max(id) FROM acts)
BEGIN SELECT RAISE(ABORT, 'the case file is written only by the latest act'); END;
-- Signed checkpoints of the chain (`verify --head --sign`, src/storage/checkpoint.rs): the
-- head of `acts` acts as the chair's key signed it. Each is written by an act of its own,
-- after the head it signs (so that signing never changes what is signed), and hashed with
-- that act: a row deleted or changed breaks the chain there. Append-only.
CREATE TABLE checkpoints (
    act_id     INTEGER PRIMARY KEY REFERENCES acts (id),
    acts       INTEGER NOT NULL CHECK (acts >= 1 AND acts < act_id),
    head       TEXT NOT NULL CHECK (length(head) = 64 AND head NOT GLOB '*[^0-9a-f]*'),
    signed_at  TEXT NOT NULL CHECK (length(signed_at) = 20 AND signed_at GLOB '????-??-??T??:??:??Z'),
    commission TEXT NOT NULL CHECK (length(commission) > 0),
    -- minisign's signature of the checkpoint's text, as `minisign -V` reads it
    signature  TEXT NOT NULL CHECK (signature GLOB 'untrusted comment: *')
) STRICT;
CREATE TRIGGER checkpoints_insert_by_its_act BEFORE INSERT ON checkpoints
WHEN NEW.act_id IS NOT (SELECT max(id) FROM acts)
  OR (SELECT command FROM acts WHERE id = NEW.act_id) IS NOT 'checkpoint'
BEGIN SELECT RAISE(ABORT, 'a checkpoint is written only by the latest act, a checkpoint'); END;
CREATE TRIGGER checkpoints_append_only_update BEFORE UPDATE ON checkpoints
BEGIN SELECT RAISE(ABORT, 'the history is append-only: checkpoints cannot be changed'); END;
CREATE TRIGGER checkpoints_append_only_delete BEFORE DELETE ON checkpoints
BEGIN SELECT RAISE(ABORT, 'the history is append-only: checkpoints cannot be deleted'); END;

-- Per-year counts of the paper's recap over the current facts (src/domain/recap.rs,
-- `paper_counts`), kept by triggers so that the recap of "everything so far" reads a
-- handful of rows instead of the whole case table (2.5 ms instead of 151 ms at a million
-- cases). `max_date` is the latest date ever stored on a case of that year (it never goes
-- down): a recap as of that date or later may use these counts. Derived: a migration
-- counts them afresh.
CREATE TABLE year_stats (
    year INTEGER PRIMARY KEY,
    entered INTEGER NOT NULL,
    not_qualified INTEGER NOT NULL,
    qualified INTEGER NOT NULL,
    withdrawn INTEGER NOT NULL,
    interim_ruling INTEGER NOT NULL,
    done INTEGER NOT NULL,
    max_date TEXT NOT NULL
) STRICT;
CREATE TRIGGER year_stats_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO year_stats (year, entered, not_qualified, qualified, withdrawn, interim_ruling, done, max_date)
    VALUES (NEW.year,
        (NOT (NEW.voided_on IS NOT NULL OR NEW.not_registered_on IS NOT NULL) AND 1),
        (NOT (NEW.voided_on IS NOT NULL OR NEW.not_registered_on IS NOT NULL) AND NEW.not_qualified_on IS NOT NULL),
        (NOT (NEW.voided_on IS NOT NULL OR NEW.not_registered_on IS NOT NULL) AND NEW.qualified_on IS NOT NULL),
        (NOT (NEW.voided_on IS NOT NULL OR NEW.not_registered_on IS NOT NULL) AND NEW.withdrawn_on IS NOT NULL),
        (NOT (NEW.voided_on IS NOT NULL OR NEW.not_registered_on IS NOT NULL) AND (NEW.decided_on IS NOT NULL AND NEW.decision_via IS 'interim')),
        (NOT (NEW.voided_on IS NOT NULL OR NEW.not_registered_on IS NOT NULL) AND (NEW.qualified_on IS NOT NULL AND NEW.closed_on IS NOT NULL AND NOT NEW.decision_via IS 'interim')),
        max(NEW.received_on, coalesce(NEW.qualified_on, ''), coalesce(NEW.not_qualified_on, ''), coalesce(NEW.withdrawn_on, ''), coalesce(NEW.decided_on, ''), coalesce(NEW.closed_on, '')))
    ON CONFLICT (year) DO UPDATE SET
        entered = entered + excluded.entered,
        not_qualified = not_qualified + excluded.not_qualified,
        qualified = qualified + excluded.qualified,
        withdrawn = withdrawn + excluded.withdrawn,
        interim_ruling = interim_ruling + excluded.interim_ruling,
        done = done + excluded.done,
        max_date = max(max_date, excluded.max_date);
END;
CREATE TRIGGER year_stats_update AFTER UPDATE OF qualified_on, not_qualified_on, not_qualified_reason, withdrawn_on, decided_on, decision_via, decision_outcome, decision_no, closed_on, voided_on, not_registered_on ON cases
BEGIN
    UPDATE year_stats SET
        entered = entered - ((NOT (OLD.voided_on IS NOT NULL OR OLD.not_registered_on IS NOT NULL) AND 1)) + ((NOT (NEW.voided_on IS NOT NULL OR NEW.not_registered_on IS NOT NULL) AND 1)),
        not_qualified = not_qualified - ((NOT (OLD.voided_on IS NOT NULL OR OLD.not_registered_on IS NOT NULL) AND OLD.not_qualified_on IS NOT NULL)) + ((NOT (NEW.voided_on IS NOT NULL OR NEW.not_registered_on IS NOT NULL) AND NEW.not_qualified_on IS NOT NULL)),
        qualified = qualified - ((NOT (OLD.voided_on IS NOT NULL OR OLD.not_registered_on IS NOT NULL) AND OLD.qualified_on IS NOT NULL)) + ((NOT (NEW.voided_on IS NOT NULL OR NEW.not_registered_on IS NOT NULL) AND NEW.qualified_on IS NOT NULL)),
        withdrawn = withdrawn - ((NOT (OLD.voided_on IS NOT NULL OR OLD.not_registered_on IS NOT NULL) AND OLD.withdrawn_on IS NOT NULL)) + ((NOT (NEW.voided_on IS NOT NULL OR NEW.not_registered_on IS NOT NULL) AND NEW.withdrawn_on IS NOT NULL)),
        interim_ruling = interim_ruling - ((NOT (OLD.voided_on IS NOT NULL OR OLD.not_registered_on IS NOT NULL) AND (OLD.decided_on IS NOT NULL AND OLD.decision_via IS 'interim'))) + ((NOT (NEW.voided_on IS NOT NULL OR NEW.not_registered_on IS NOT NULL) AND (NEW.decided_on IS NOT NULL AND NEW.decision_via IS 'interim'))),
        done = done - ((NOT (OLD.voided_on IS NOT NULL OR OLD.not_registered_on IS NOT NULL) AND (OLD.qualified_on IS NOT NULL AND OLD.closed_on IS NOT NULL AND NOT OLD.decision_via IS 'interim'))) + ((NOT (NEW.voided_on IS NOT NULL OR NEW.not_registered_on IS NOT NULL) AND (NEW.qualified_on IS NOT NULL AND NEW.closed_on IS NOT NULL AND NOT NEW.decision_via IS 'interim'))),
        max_date = max(max_date, max(NEW.received_on, coalesce(NEW.qualified_on, ''), coalesce(NEW.not_qualified_on, ''), coalesce(NEW.withdrawn_on, ''), coalesce(NEW.decided_on, ''), coalesce(NEW.closed_on, '')))
    WHERE year = NEW.year;
END;


-- Per-day counts of the same columns (src/storage/schema/days.rs): for each year of
-- receipt and day, how many of its cases began to count under each column that day, so
-- that a recap as of any past date sums a few thousand rows instead of counting the
-- cases. Derived: a migration counts them afresh, `verify` recounts them.
CREATE TABLE day_stats (
    year INTEGER NOT NULL,
    date TEXT NOT NULL,
    entered INTEGER NOT NULL DEFAULT 0,
    not_qualified INTEGER NOT NULL DEFAULT 0,
    qualified INTEGER NOT NULL DEFAULT 0,
    withdrawn INTEGER NOT NULL DEFAULT 0,
    interim_ruling INTEGER NOT NULL DEFAULT 0,
    done INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (year, date)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER day_stats_insert AFTER INSERT ON cases WHEN NOT (NEW.voided_on IS NOT NULL OR NEW.not_registered_on IS NOT NULL)
BEGIN
    INSERT INTO day_stats (year, date, entered, not_qualified, qualified, withdrawn, interim_ruling, done)
    SELECT NEW.year, d, n * (k = 0), n * (k = 1), n * (k = 2), n * (k = 3), n * (k = 4), n * (k = 5) FROM (
        SELECT NEW.received_on AS d, 0 AS k, 1 AS n
        UNION ALL SELECT max(NEW.received_on, NEW.not_qualified_on), 1, 1
        UNION ALL SELECT max(NEW.received_on, NEW.qualified_on), 2, 1
        UNION ALL SELECT max(NEW.received_on, NEW.withdrawn_on), 3, 1
        UNION ALL SELECT max(NEW.received_on, NEW.decided_on, CASE WHEN NEW.decision_via IS 'interim' THEN NEW.received_on END), 4, 1
        UNION ALL SELECT max(NEW.received_on, NEW.qualified_on, NEW.closed_on, CASE WHEN NOT NEW.decision_via IS 'interim' THEN NEW.received_on END), 5, 1
    ) WHERE d IS NOT NULL
    ON CONFLICT (year, date) DO UPDATE SET entered = entered + excluded.entered, not_qualified = not_qualified + excluded.not_qualified, qualified = qualified + excluded.qualified, withdrawn = withdrawn + excluded.withdrawn, interim_ruling = interim_ruling + excluded.interim_ruling, done = done + excluded.done;
END;
CREATE TRIGGER day_stats_update AFTER UPDATE OF qualified_on, not_qualified_on, not_qualified_reason, withdrawn_on, decided_on, decision_via, decision_outcome, decision_no, closed_on, voided_on, not_registered_on ON cases
BEGIN
    INSERT INTO day_stats (year, date, entered, not_qualified, qualified, withdrawn, interim_ruling, done)
    SELECT NEW.year, d, n * (k = 0), n * (k = 1), n * (k = 2), n * (k = 3), n * (k = 4), n * (k = 5) FROM (
        SELECT OLD.received_on AS d, 0 AS k, -1 AS n
        UNION ALL SELECT max(OLD.received_on, OLD.not_qualified_on), 1, -1
        UNION ALL SELECT max(OLD.received_on, OLD.qualified_on), 2, -1
        UNION ALL SELECT max(OLD.received_on, OLD.withdrawn_on), 3, -1
        UNION ALL SELECT max(OLD.received_on, OLD.decided_on, CASE WHEN OLD.decision_via IS 'interim' THEN OLD.received_on END), 4, -1
        UNION ALL SELECT max(OLD.received_on, OLD.qualified_on, OLD.closed_on, CASE WHEN NOT OLD.decision_via IS 'interim' THEN OLD.received_on END), 5, -1
        UNION ALL SELECT NEW.received_on AS d, 0 AS k, 1 AS n
        UNION ALL SELECT max(NEW.received_on, NEW.not_qualified_on), 1, 1
        UNION ALL SELECT max(NEW.received_on, NEW.qualified_on), 2, 1
        UNION ALL SELECT max(NEW.received_on, NEW.withdrawn_on), 3, 1
        UNION ALL SELECT max(NEW.received_on, NEW.decided_on, CASE WHEN NEW.decision_via IS 'interim' THEN NEW.received_on END), 4, 1
        UNION ALL SELECT max(NEW.received_on, NEW.qualified_on, NEW.closed_on, CASE WHEN NOT NEW.decision_via IS 'interim' THEN NEW.received_on END), 5, 1
    ) WHERE d IS NOT NULL AND CASE n WHEN 1 THEN NOT (NEW.voided_on IS NOT NULL OR NEW.not_registered_on IS NOT NULL) ELSE NOT (OLD.voided_on IS NOT NULL OR OLD.not_registered_on IS NOT NULL) END
    ON CONFLICT (year, date) DO UPDATE SET entered = entered + excluded.entered, not_qualified = not_qualified + excluded.not_qualified, qualified = qualified + excluded.qualified, withdrawn = withdrawn + excluded.withdrawn, interim_ruling = interim_ruling + excluded.interim_ruling, done = done + excluded.done;
END;


-- The last letter serial handed out per year (outgoing letters' own number series, the
-- `letter-number-format` setting): taken inside the act that issues the paper, so the
-- numbers are gapless and never reused; it only ever goes up by one.
CREATE TABLE letter_serials (
    year INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 9999),
    last INTEGER NOT NULL CHECK (last >= 1)
) STRICT;
CREATE TRIGGER letter_serials_start_at_one BEFORE INSERT ON letter_serials
WHEN NEW.last IS NOT 1
BEGIN SELECT RAISE(ABORT, 'a year''s letter numbers start at 1'); END;
CREATE TRIGGER letter_serials_up_by_one BEFORE UPDATE ON letter_serials
WHEN NEW.year IS NOT OLD.year OR NEW.last IS NOT OLD.last + 1
BEGIN SELECT RAISE(ABORT, 'letter numbers go up by one, never back'); END;
CREATE TRIGGER letter_serials_never_deleted BEFORE DELETE ON letter_serials
BEGIN SELECT RAISE(ABORT, 'letter numbers are never reused'); END;

-- The papers issued (`sengketa doc`): one per act, with its letter number, what it is
-- about, the hashes of the template it was rendered from and of the file written, and
-- the file itself (base64), so that `doc reissue` writes the same bytes whatever version
-- of sengketa runs it. Append-only.
CREATE TABLE papers (
    act_id     INTEGER PRIMARY KEY REFERENCES acts (id),
    letter_no  TEXT NOT NULL UNIQUE CHECK (length(trim(letter_no)) > 0),
    year       INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    serial     INTEGER NOT NULL CHECK (serial >= 1),
    kind       TEXT NOT NULL CHECK ((kind = 'registration' OR kind = 'incomplete' OR kind = 'summons' OR kind = 'service' OR kind = 'minutes' OR kind = 'withdrawal' OR kind = 'lapse' OR kind = 'decision_copy')),
    case_id    INTEGER NOT NULL REFERENCES cases (id),
    hearing_no INTEGER CHECK (hearing_no >= 1),
    party      TEXT CHECK ((party = 'applicant' OR party = 'respondent')),
    format     TEXT NOT NULL CHECK (format IN ('html', 'docx')),
    template_sha256 TEXT NOT NULL CHECK (length(template_sha256) = 64 AND template_sha256 NOT GLOB '*[^0-9a-f]*'),
    output_sha256   TEXT NOT NULL CHECK (length(output_sha256) = 64 AND output_sha256 NOT GLOB '*[^0-9a-f]*'),
    output     TEXT NOT NULL CHECK (length(output) > 0),
    UNIQUE (year, serial)
) STRICT;
CREATE INDEX papers_by_case ON papers (case_id);
CREATE INDEX papers_by_output ON papers (output_sha256);
-- a paper takes the year's next number, counted in the same act
CREATE TRIGGER papers_take_the_next_number BEFORE INSERT ON papers
WHEN NEW.serial IS NOT (SELECT last FROM letter_serials WHERE year = NEW.year)
  OR NEW.act_id IS NOT (SELECT max(id) FROM acts)
BEGIN SELECT RAISE(ABORT, 'a paper takes its year''s next letter number, in its own act'); END;
CREATE TRIGGER papers_append_only_update BEFORE UPDATE ON papers
BEGIN SELECT RAISE(ABORT, 'the history is append-only: papers cannot be changed'); END;
CREATE TRIGGER papers_append_only_delete BEFORE DELETE ON papers
BEGIN SELECT RAISE(ABORT, 'the history is append-only: papers cannot be deleted'); END;

-- The history of the paper templates a commission set: append-only. One row per
-- `doc template set` (its text) or `doc template reset` (NULL: the shipped one again);
-- the template in force for a kind is its latest row's.
CREATE TABLE template_changes (
    act_id INTEGER PRIMARY KEY REFERENCES acts (id),
    kind   TEXT NOT NULL CHECK ((kind = 'registration' OR kind = 'incomplete' OR kind = 'summons' OR kind = 'service' OR kind = 'minutes' OR kind = 'withdrawal' OR kind = 'lapse' OR kind = 'decision_copy')),
    text   TEXT CHECK (length(text) > 0)
) STRICT;
CREATE INDEX template_changes_by_kind ON template_changes (kind, act_id);
CREATE TRIGGER template_changes_append_only_update BEFORE UPDATE ON template_changes
BEGIN SELECT RAISE(ABORT, 'the history is append-only: template changes cannot be changed'); END;
CREATE TRIGGER template_changes_append_only_delete BEFORE DELETE ON template_changes
BEGIN SELECT RAISE(ABORT, 'the history is append-only: template changes cannot be deleted'); END;

-- The refusals a clerk overrode in a step, each with its reason (src/domain/overrides.rs):
-- a hearing on a non-working day or despite a clash, an appeal at a court other than the
-- body's kind goes to, a close while an appeal may come. Beside the step's event, of its
-- act. Append-only.
CREATE TABLE overrides (
    case_id INTEGER NOT NULL,
    seq     INTEGER NOT NULL,
    what    TEXT NOT NULL CHECK ((what = 'on-non-working-day' OR what = 'despite-clash' OR what = 'court-despite-kind' OR what = 'force')),
    reason  TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    act_id  INTEGER NOT NULL REFERENCES acts (id),
    PRIMARY KEY (case_id, seq, what),
    FOREIGN KEY (case_id, seq) REFERENCES events (case_id, seq)
) STRICT, WITHOUT ROWID;
CREATE INDEX overrides_by_act ON overrides (act_id);
CREATE TRIGGER overrides_of_their_event BEFORE INSERT ON overrides
WHEN NEW.act_id IS NOT (SELECT act_id FROM events WHERE case_id = NEW.case_id AND seq = NEW.seq)
BEGIN SELECT RAISE(ABORT, 'an override belongs to an event of its act'); END;
CREATE TRIGGER overrides_append_only_update BEFORE UPDATE ON overrides
BEGIN SELECT RAISE(ABORT, 'the history is append-only: overrides cannot be changed'); END;
CREATE TRIGGER overrides_append_only_delete BEFORE DELETE ON overrides
BEGIN SELECT RAISE(ABORT, 'the history is append-only: overrides cannot be deleted'); END;
