-- The whole current schema of a sengketa register (schema version 1).
--
-- A fresh register is created from this file as it stands; an older register is brought
-- up to date by the numbered steps in `migrations/`, one transaction each, tracked by
-- `PRAGMA user_version`. The rules the database can hold itself live here, so that a
-- direct edit with the sqlite3 shell cannot break them either.

-- Register-wide settings (commission code, register-number template, ...).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY CHECK (key IN ('commission-code', 'register-template')),
    value TEXT NOT NULL CHECK (length(value) > 0)
) STRICT;

-- Respondent public bodies. Two spellings that differ only in case and spacing are the
-- same body: `name_key` is the name lower-cased with runs of white space folded.
CREATE TABLE bodies (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key TEXT NOT NULL UNIQUE
        CHECK (length(name_key) > 0 AND name_key = trim(name_key)
               AND name_key NOT GLOB '*  *' AND name_key = lower(name_key))
) STRICT;

-- The last serial handed out per year: serials are assigned from here inside the writing
-- transaction, so they are gapless and never scanned for.
CREATE TABLE serials (
    year INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 9999),
    last INTEGER NOT NULL CHECK (last >= 0)
) STRICT;

-- The allowed transitions. Every event but a case's first (`add`, checked on `events`)
-- must name one of these (foreign key below), so the history can only ever record steps
-- the lifecycle allows. `undo` rows are the reverse of every other transition; `edit`
-- corrects a field and keeps the state.
CREATE TABLE transitions (
    kind       TEXT NOT NULL,
    from_state TEXT NOT NULL,
    to_state   TEXT NOT NULL,
    PRIMARY KEY (kind, from_state, to_state)
) STRICT;
INSERT INTO transitions (kind, from_state, to_state) VALUES
    ('qualify',  'entered',   'qualified'),
    ('reject',   'entered',   'done'),
    ('withdraw', 'entered',   'withdrawn'),
    ('withdraw', 'qualified', 'withdrawn'),
    ('decide',   'qualified', 'decided'),
    ('close',    'withdrawn', 'done'),
    ('close',    'decided',   'done'),
    ('undo',     'qualified', 'entered'),
    ('undo',     'done',      'entered'),
    ('undo',     'withdrawn', 'entered'),
    ('undo',     'withdrawn', 'qualified'),
    ('undo',     'decided',   'qualified'),
    ('undo',     'done',      'withdrawn'),
    ('undo',     'done',      'decided'),
    ('edit',     'entered',   'entered'),
    ('edit',     'qualified', 'qualified'),
    ('edit',     'withdrawn', 'withdrawn'),
    ('edit',     'decided',   'decided'),
    ('edit',     'done',      'done');
CREATE TRIGGER transitions_fixed_update BEFORE UPDATE ON transitions
BEGIN SELECT RAISE(ABORT, 'the transition table is fixed'); END;
CREATE TRIGGER transitions_fixed_delete BEFORE DELETE ON transitions
BEGIN SELECT RAISE(ABORT, 'the transition table is fixed'); END;
CREATE TRIGGER transitions_fixed_insert BEFORE INSERT ON transitions
BEGIN SELECT RAISE(ABORT, 'the transition table is fixed'); END;

-- One row per dispute: its identity, its parties, and the current facts of its path
-- (kept equal to what the history in `events` implies, in the same transaction).
-- The CHECKs make every row a path the lifecycle allows, in date order.
CREATE TABLE cases (
    id             INTEGER PRIMARY KEY,
    year           INTEGER NOT NULL CHECK (year = CAST(substr(received_on, 1, 4) AS INTEGER)),
    serial         INTEGER NOT NULL CHECK (serial >= 1),
    register_no    TEXT NOT NULL UNIQUE CHECK (length(trim(register_no)) > 0),
    received_on    TEXT NOT NULL CHECK (date(received_on) IS received_on),
    applicant      TEXT NOT NULL CHECK (length(trim(applicant)) > 0),
    applicant_kind TEXT NOT NULL CHECK (applicant_kind IN ('individual', 'group', 'legal_entity')),
    body_id        INTEGER NOT NULL REFERENCES bodies (id),
    subject        TEXT NOT NULL CHECK (length(trim(subject)) > 0),
    state          TEXT NOT NULL CHECK (state IN ('entered', 'qualified', 'withdrawn', 'decided', 'done')),
    qualified_on         TEXT CHECK (date(qualified_on) IS qualified_on),
    not_qualified_on     TEXT CHECK (date(not_qualified_on) IS not_qualified_on),
    not_qualified_reason TEXT CHECK (not_qualified_reason IN
        ('incomplete', 'late', 'no_standing', 'no_authority', 'no_objection', 'other')),
    withdrawn_on     TEXT CHECK (date(withdrawn_on) IS withdrawn_on),
    decided_on       TEXT CHECK (date(decided_on) IS decided_on),
    decision_via     TEXT CHECK (decision_via IN ('interim', 'mediation', 'adjudication')),
    decision_outcome TEXT CHECK (decision_outcome IN
        ('dismissed', 'lapsed', 'agreement', 'granted', 'partly_granted', 'rejected')),
    decision_no      TEXT CHECK (length(trim(decision_no)) > 0),
    closed_on        TEXT CHECK (date(closed_on) IS closed_on),
    UNIQUE (year, serial),
    -- qualified and not qualified exclude each other; a reason goes with not qualified
    CHECK (qualified_on IS NULL OR not_qualified_on IS NULL),
    CHECK ((not_qualified_on IS NULL) = (not_qualified_reason IS NULL)),
    -- not qualified closes the case on the same day and excludes every later step
    CHECK (not_qualified_on IS NULL OR (closed_on IS not_qualified_on
           AND withdrawn_on IS NULL AND decided_on IS NULL)),
    -- a decision needs qualification, a via + outcome pair from the table, and no withdrawal
    CHECK ((decided_on IS NULL) = (decision_via IS NULL)
           AND (decided_on IS NULL) = (decision_outcome IS NULL)),
    CHECK (decision_no IS NULL OR decided_on IS NOT NULL),
    CHECK (decided_on IS NULL OR (qualified_on IS NOT NULL AND withdrawn_on IS NULL)),
    CHECK (decision_via IS NULL
           OR (decision_via = 'interim' AND decision_outcome IN ('dismissed', 'lapsed'))
           OR (decision_via = 'mediation' AND decision_outcome = 'agreement')
           OR (decision_via = 'adjudication' AND decision_outcome IN
               ('granted', 'partly_granted', 'rejected', 'dismissed', 'lapsed'))),
    -- closing needs a withdrawal, a decision or a not-qualified
    CHECK (closed_on IS NULL OR withdrawn_on IS NOT NULL OR decided_on IS NOT NULL
           OR not_qualified_on IS NOT NULL),
    -- dates in path order
    CHECK (qualified_on >= received_on AND not_qualified_on >= received_on),
    CHECK (withdrawn_on >= coalesce(qualified_on, received_on)),
    CHECK (decided_on >= qualified_on),
    CHECK (closed_on >= coalesce(decided_on, withdrawn_on, not_qualified_on)),
    -- the state is the one the facts imply
    CHECK (state = CASE
        WHEN closed_on IS NOT NULL THEN 'done'
        WHEN decided_on IS NOT NULL THEN 'decided'
        WHEN withdrawn_on IS NOT NULL THEN 'withdrawn'
        WHEN qualified_on IS NOT NULL THEN 'qualified'
        ELSE 'entered' END)
) STRICT;
CREATE INDEX cases_by_body ON cases (body_id);
-- `case list --year Y --state S` reads a page in register order straight off this index
CREATE INDEX cases_by_state ON cases (year, state, serial);

-- The history: append-only. One row per recorded act; an undo is a new row naming the
-- row it reverts. `(kind, from_state, to_state)` must be an allowed transition.
CREATE TABLE events (
    case_id     INTEGER NOT NULL REFERENCES cases (id),
    seq         INTEGER NOT NULL CHECK (seq >= 1),
    kind        TEXT NOT NULL,
    from_state  TEXT,
    to_state    TEXT NOT NULL,
    on_date     TEXT NOT NULL CHECK (date(on_date) IS on_date),
    reason      TEXT CHECK (reason IN
        ('incomplete', 'late', 'no_standing', 'no_authority', 'no_objection', 'other')),
    via         TEXT CHECK (via IN ('interim', 'mediation', 'adjudication')),
    outcome     TEXT CHECK (outcome IN
        ('dismissed', 'lapsed', 'agreement', 'granted', 'partly_granted', 'rejected')),
    decision_no TEXT,
    reverts     INTEGER CHECK (reverts >= 1 AND reverts < seq),
    detail      TEXT,
    actor       TEXT NOT NULL CHECK (length(actor) > 0),
    recorded_at TEXT NOT NULL CHECK (length(recorded_at) = 20 AND recorded_at GLOB '????-??-??T??:??:??Z'),
    note        TEXT,
    PRIMARY KEY (case_id, seq),
    FOREIGN KEY (kind, from_state, to_state) REFERENCES transitions (kind, from_state, to_state),
    CHECK ((kind = 'add') = (seq = 1)),
    CHECK ((kind = 'add') = (from_state IS NULL) AND (kind <> 'add' OR to_state = 'entered')),
    CHECK ((kind = 'undo') = (reverts IS NOT NULL)),
    CHECK ((kind = 'reject') = (reason IS NOT NULL)),
    CHECK ((kind = 'decide') = (via IS NOT NULL) AND (via IS NULL) = (outcome IS NULL)),
    CHECK ((kind IN ('edit', 'undo')) = (detail IS NOT NULL))
) STRICT, WITHOUT ROWID;
CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'the history is append-only: events cannot be changed'); END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'the history is append-only: events cannot be deleted'); END;
-- an event continues the case's history: the next number, from the state it is in now
CREATE TRIGGER events_in_sequence BEFORE INSERT ON events
WHEN NEW.seq > 1 AND (
    NEW.seq <> 1 + (SELECT max(seq) FROM events WHERE case_id = NEW.case_id)
    OR NEW.from_state IS NOT (SELECT to_state FROM events
                              WHERE case_id = NEW.case_id AND seq = NEW.seq - 1))
BEGIN SELECT RAISE(ABORT, 'an event must continue its case''s history from its current state'); END;
-- a case's state changes only together with an event that leads to it
CREATE TRIGGER cases_state_follows_history BEFORE UPDATE OF state ON cases
WHEN NEW.state IS NOT (SELECT to_state FROM events WHERE case_id = NEW.id
                       ORDER BY seq DESC LIMIT 1)
BEGIN SELECT RAISE(ABORT, 'a case''s state must equal the state its history leads to'); END;
-- a case is never deleted: its history would lose its subject
CREATE TRIGGER cases_never_deleted BEFORE DELETE ON cases
BEGIN SELECT RAISE(ABORT, 'cases cannot be deleted; record a withdrawal or an undo instead'); END;

-- Per-year counts of the paper's recap over the current facts, kept by triggers so that the
-- recap of "everything so far" reads a handful of rows instead of the whole case table.
-- `max_date` is the latest date ever stored: a recap as of that date or later may use them.
CREATE TABLE year_stats (
    year          INTEGER PRIMARY KEY,
    entered       INTEGER NOT NULL DEFAULT 0,
    not_qualified INTEGER NOT NULL DEFAULT 0,
    qualified     INTEGER NOT NULL DEFAULT 0,
    withdrawn     INTEGER NOT NULL DEFAULT 0,
    interim       INTEGER NOT NULL DEFAULT 0,
    done          INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE TABLE stats_meta (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    max_date TEXT NOT NULL
) STRICT;
INSERT INTO stats_meta (id, max_date) VALUES (1, '0000-00-00');
CREATE TRIGGER year_stats_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO year_stats (year, entered, not_qualified, qualified, withdrawn, interim, done)
    VALUES (NEW.year, 1, NEW.not_qualified_on IS NOT NULL, NEW.qualified_on IS NOT NULL,
            NEW.withdrawn_on IS NOT NULL, NEW.decision_via IS 'interim',
            NEW.qualified_on IS NOT NULL AND NEW.decision_via IS NOT 'interim'
                AND NEW.closed_on IS NOT NULL)
    ON CONFLICT (year) DO UPDATE SET
        entered = entered + 1,
        not_qualified = not_qualified + excluded.not_qualified,
        qualified = qualified + excluded.qualified,
        withdrawn = withdrawn + excluded.withdrawn,
        interim = interim + excluded.interim,
        done = done + excluded.done;
    UPDATE stats_meta SET max_date = max(max_date, NEW.received_on,
        coalesce(NEW.qualified_on, ''), coalesce(NEW.not_qualified_on, ''),
        coalesce(NEW.withdrawn_on, ''), coalesce(NEW.decided_on, ''),
        coalesce(NEW.closed_on, ''))
    WHERE id = 1;
END;
CREATE TRIGGER year_stats_update AFTER UPDATE ON cases
BEGIN
    UPDATE year_stats SET
        entered = entered - 1,
        not_qualified = not_qualified - (OLD.not_qualified_on IS NOT NULL),
        qualified = qualified - (OLD.qualified_on IS NOT NULL),
        withdrawn = withdrawn - (OLD.withdrawn_on IS NOT NULL),
        interim = interim - (OLD.decision_via IS 'interim'),
        done = done - (OLD.qualified_on IS NOT NULL AND OLD.decision_via IS NOT 'interim'
                       AND OLD.closed_on IS NOT NULL)
    WHERE year = OLD.year;
    INSERT INTO year_stats (year, entered, not_qualified, qualified, withdrawn, interim, done)
    VALUES (NEW.year, 1, NEW.not_qualified_on IS NOT NULL, NEW.qualified_on IS NOT NULL,
            NEW.withdrawn_on IS NOT NULL, NEW.decision_via IS 'interim',
            NEW.qualified_on IS NOT NULL AND NEW.decision_via IS NOT 'interim'
                AND NEW.closed_on IS NOT NULL)
    ON CONFLICT (year) DO UPDATE SET
        entered = entered + 1,
        not_qualified = not_qualified + excluded.not_qualified,
        qualified = qualified + excluded.qualified,
        withdrawn = withdrawn + excluded.withdrawn,
        interim = interim + excluded.interim,
        done = done + excluded.done;
    UPDATE stats_meta SET max_date = max(max_date, NEW.received_on,
        coalesce(NEW.qualified_on, ''), coalesce(NEW.not_qualified_on, ''),
        coalesce(NEW.withdrawn_on, ''), coalesce(NEW.decided_on, ''),
        coalesce(NEW.closed_on, ''))
    WHERE id = 1;
END;
