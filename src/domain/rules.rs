//! The lifecycle's rules as data, stated once: the facts of a case's path, the steps
//! (from, to, what each records), the routes of a decision and their outcomes, the rules
//! that make a case row a path, and the state its facts imply. The Rust checks interpret
//! these tables, and the database's CHECKs and triggers are generated from them
//! (`storage::schema`), so adding an outcome, a reason or a step is one edit here.

use super::{Court, CourtOutcome, EventKind, HearingStatus, Level, Outcome, State, Via};

/// A fact of a case's path: a column of the case row and of the register CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Received,
    Qualified,
    NotQualified,
    NotQualifiedReason,
    Withdrawn,
    Decided,
    DecisionVia,
    DecisionOutcome,
    DecisionNo,
    Closed,
}

impl Field {
    pub const ALL: &'static [Field] = &[
        Field::Received,
        Field::Qualified,
        Field::NotQualified,
        Field::NotQualifiedReason,
        Field::Withdrawn,
        Field::Decided,
        Field::DecisionVia,
        Field::DecisionOutcome,
        Field::DecisionNo,
        Field::Closed,
    ];

    /// Its column in the case table and in the register CSV.
    pub const fn column(self) -> &'static str {
        match self {
            Field::Received => "received_on",
            Field::Qualified => "qualified_on",
            Field::NotQualified => "not_qualified_on",
            Field::NotQualifiedReason => "not_qualified_reason",
            Field::Withdrawn => "withdrawn_on",
            Field::Decided => "decided_on",
            Field::DecisionVia => "decision_via",
            Field::DecisionOutcome => "decision_outcome",
            Field::DecisionNo => "decision_no",
            Field::Closed => "closed_on",
        }
    }

    /// The column of an event that carries this fact, for the facts a step records
    /// besides its date.
    pub const fn event_column(self) -> Option<&'static str> {
        match self {
            Field::NotQualifiedReason => Some("reason"),
            Field::DecisionVia => Some("via"),
            Field::DecisionOutcome => Some("outcome"),
            Field::DecisionNo => Some("decision_no"),
            _ => None,
        }
    }

    pub const fn is_date(self) -> bool {
        matches!(
            self,
            Field::Received
                | Field::Qualified
                | Field::NotQualified
                | Field::Withdrawn
                | Field::Decided
                | Field::Closed
        )
    }

    /// A fact a step may leave out (the decision's own number).
    pub const fn is_optional(self) -> bool {
        matches!(self, Field::DecisionNo)
    }

    /// The date fields, in path order.
    pub fn dates() -> impl Iterator<Item = Field> {
        Field::ALL.iter().copied().filter(|f| f.is_date())
    }
}

/// A step a clerk records: where it may start, where it leads, the date it records and
/// the other facts it sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepRule {
    pub kind: EventKind,
    pub from: &'static [State],
    pub to: State,
    /// The fact whose date the step records.
    pub date: Field,
    /// The facts it records besides its date (carried by its event where they have a column).
    pub also: &'static [Field],
}

/// The lifecycle: every step, in the order a path takes them.
pub const STEPS: &[StepRule] = &[
    StepRule {
        kind: EventKind::Qualify,
        from: &[State::Entered],
        to: State::Qualified,
        date: Field::Qualified,
        also: &[],
    },
    StepRule {
        kind: EventKind::Reject,
        from: &[State::Entered],
        to: State::Done,
        date: Field::NotQualified,
        also: &[Field::NotQualifiedReason, Field::Closed],
    },
    StepRule {
        kind: EventKind::Withdraw,
        from: &[State::Entered, State::Qualified],
        to: State::Withdrawn,
        date: Field::Withdrawn,
        also: &[],
    },
    StepRule {
        kind: EventKind::Decide,
        from: &[State::Qualified],
        to: State::Decided,
        date: Field::Decided,
        also: &[
            Field::DecisionVia,
            Field::DecisionOutcome,
            Field::DecisionNo,
        ],
    },
    StepRule {
        kind: EventKind::Close,
        from: &[State::Withdrawn, State::Decided],
        to: State::Done,
        date: Field::Closed,
        also: &[],
    },
];

/// The state a new case starts in.
pub const FIRST_STATE: State = State::Entered;

/// The rule of a step kind, if it is a step of the lifecycle.
pub fn step(kind: EventKind) -> Option<&'static StepRule> {
    STEPS.iter().find(|s| s.kind == kind)
}

/// The steps allowed from a state.
pub fn allowed_from(state: State) -> Vec<EventKind> {
    STEPS
        .iter()
        .filter(|s| s.from.contains(&state))
        .map(|s| s.kind)
        .collect()
}

/// The moves an undo may make: the reverse of every step, (from, to).
pub fn undo_moves() -> Vec<(State, State)> {
    let mut moves = Vec::new();
    for s in STEPS {
        for &from in s.from {
            if !moves.contains(&(s.to, from)) {
                moves.push((s.to, from));
            }
        }
    }
    moves
}

/// The state a case's facts put it in: the first of these whose fact is set, else
/// [`FIRST_STATE`].
pub const STATE_BY_FACT: &[(Field, State)] = &[
    (Field::Closed, State::Done),
    (Field::Decided, State::Decided),
    (Field::Withdrawn, State::Withdrawn),
    (Field::Qualified, State::Qualified),
];

/// The routes of a decision, the outcomes each can have, and the column each (route,
/// outcome) pair is counted under in `recap --by outcome` and `--by body` (pairs sharing
/// a column are counted together).
pub const ROUTES: &[(Via, &[(Outcome, &str)])] = &[
    (
        Via::Interim,
        &[
            (Outcome::Dismissed, "interim_ruling"),
            (Outcome::Lapsed, "interim_ruling"),
        ],
    ),
    (
        Via::Mediation,
        &[(Outcome::Agreement, "mediation_agreement")],
    ),
    (
        Via::Adjudication,
        &[
            (Outcome::Granted, "granted"),
            (Outcome::PartlyGranted, "partly_granted"),
            (Outcome::Rejected, "rejected"),
            (Outcome::Dismissed, "dismissed"),
            (Outcome::Lapsed, "lapsed"),
        ],
    ),
];

impl Via {
    /// The outcomes a decision by this route can have.
    pub fn outcomes(self) -> Vec<Outcome> {
        ROUTES
            .iter()
            .filter(|(v, _)| *v == self)
            .flat_map(|(_, os)| os.iter().map(|(o, _)| *o))
            .collect()
    }

    /// Whether a decision by this route can have `outcome`.
    pub fn allows(self, outcome: Outcome) -> bool {
        self.outcomes().contains(&outcome)
    }
}

/// The hearing steps: the status a hearing must have (none: a new hearing) and the status
/// it takes. An undo of a hearing step takes the hearing back.
pub const HEARING_MOVES: &[(EventKind, Option<HearingStatus>, HearingStatus)] = &[
    (EventKind::HearingSchedule, None, HearingStatus::Scheduled),
    (
        EventKind::HearingPostpone,
        Some(HearingStatus::Scheduled),
        HearingStatus::Scheduled,
    ),
    (
        EventKind::HearingCancel,
        Some(HearingStatus::Scheduled),
        HearingStatus::Cancelled,
    ),
    (
        EventKind::HearingHeld,
        Some(HearingStatus::Scheduled),
        HearingStatus::Held,
    ),
];

/// The case states in which no hearing step may be recorded...
pub const NO_HEARINGS_IN: &[State] = &[State::Done];
/// ... but by these acts: bringing a commission's past hearing records, whose cases are
/// mostly finished.
pub const HEARINGS_ON_CLOSED_CASES_BY: &[super::ActKind] = &[super::ActKind::HearingsImport];

/// The steps that end a case's sitting (a withdrawal, a not-qualified ruling, a decision,
/// a lapse ruling among them): in the same act they cancel the case's hearings still
/// scheduled after the step's date, and their undo restores them.
pub const ENDS_HEARINGS: &[EventKind] =
    &[EventKind::Withdraw, EventKind::Reject, EventKind::Decide];

/// Event kinds that carry a reason in the history's `detail` besides undo and edit.
pub const HEARING_REASONS: &[EventKind] = &[EventKind::HearingPostpone, EventKind::HearingCancel];

/// The routes whose decisions a party may contest in court (Law 14/2008 Art. 47-48): an
/// adjudication decision, and an interim ruling that ends the case. A mediation decision
/// is final and binding (Art. 39).
pub const APPEALABLE: &[Via] = &[Via::Interim, Via::Adjudication];

/// A level of the courts: the courts that hear it, the level whose decision it contests
/// (none: the commission's), and the working days its window lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LevelRule {
    pub level: Level,
    pub courts: &'static [Court],
    /// The level that must have decided first (none: the commission's decision).
    pub after: Option<Level>,
    /// Working days after the service of the decision contested (at first instance) or
    /// after the court's decision (the next level) within which a filing is in time.
    pub within: u32,
}

/// The levels, in the order a case climbs them (Art. 47-50; PERMA 2/2011): the
/// administrative court (PTUN, against a state body) or the district court (PN, against
/// any other), then cassation at the Supreme Court.
pub const LEVELS: &[LevelRule] = &[
    LevelRule {
        level: Level::FirstInstance,
        courts: &[Court::Ptun, Court::Pn],
        after: None,
        within: 14,
    },
    LevelRule {
        level: Level::Cassation,
        courts: &[Court::Ma],
        after: Some(Level::FirstInstance),
        within: 14,
    },
];

/// The rule of a level.
pub fn level(level: Level) -> &'static LevelRule {
    LEVELS
        .iter()
        .find(|l| l.level == level)
        .expect("every level is in the table")
}

/// Court outcomes after which no further level can be filed (every outcome decides its
/// level; a withdrawal also ends the appeals: nothing is left to contest).
pub const ENDS_APPEALS: &[CourtOutcome] = &[CourtOutcome::Withdrawn];

/// The side steps of a case (the appeal steps after the decision; a void): they move no
/// state, and each is recorded only on a case in one of these states.
pub const SIDE_STEPS: &[(EventKind, &[State])] = &[
    (EventKind::Serve, &[State::Decided, State::Done]),
    (EventKind::AppealFile, &[State::Decided, State::Done]),
    (EventKind::AppealDecide, &[State::Decided, State::Done]),
    (EventKind::Void, &[FIRST_STATE]),
    (EventKind::Incomplete, super::intake::INTAKE_STATES),
    (EventKind::Register, super::intake::INTAKE_STATES),
    (EventKind::NotRegister, super::intake::INTAKE_STATES),
    (
        EventKind::MediationStart,
        super::mediation::MEDIATION_STATES,
    ),
    (
        EventKind::MediationExtend,
        super::mediation::MEDIATION_STATES,
    ),
    (EventKind::MediationFail, super::mediation::MEDIATION_STATES),
    (
        EventKind::MediationAgree,
        super::mediation::MEDIATION_STATES,
    ),
];

/// The side steps that keep a text in their event's detail: what an incomplete filing
/// misses, why it is not registered, why mediation was extended or failed.
pub const DETAIL_SIDE_STEPS: &[EventKind] = &[
    EventKind::Incomplete,
    EventKind::NotRegister,
    EventKind::MediationExtend,
    EventKind::MediationFail,
];

/// What a void entry still takes: the undo of its void, and the correction a rename or a
/// merge of its body writes on each of its cases (`case edit` itself refuses a void
/// entry). The replay refuses anything else on it, and so does the database's trigger.
pub const ON_VOID_CASES: &[EventKind] = &[EventKind::Undo, EventKind::Edit];

/// The shape of a rule that every case row (and every register-CSV row) must keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Not both.
    Excludes(Field, Field),
    /// All given or none.
    Together(&'static [Field]),
    /// The first needs the second.
    Requires(Field, Field),
    /// The first needs one of the others.
    RequiresAny(Field, &'static [Field]),
    /// When the second is given, the first is the same date.
    SameDate(Field, Field),
    /// The date is not before the first given date of the chain.
    NotBefore(Field, &'static [Field]),
    /// The decision's (route, outcome) pair is one of [`ROUTES`].
    Route,
}

/// A path rule: its shape, the column blamed when it breaks (for `Together`, the first
/// column of the list that is missing), and a short fixed id to count faults by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PathRule {
    pub id: &'static str,
    pub shape: Shape,
}

impl PathRule {
    const fn new(id: &'static str, shape: Shape) -> PathRule {
        PathRule { id, shape }
    }
}

/// Every rule of a case's path, in the order faults are reported.
pub const PATH_RULES: &[PathRule] = &[
    PathRule::new(
        "qualified and not",
        Shape::Excludes(Field::Qualified, Field::NotQualified),
    ),
    PathRule::new(
        "reason without date",
        Shape::Together(&[Field::NotQualified, Field::NotQualifiedReason]),
    ),
    PathRule::new(
        "not qualified then withdrawn",
        Shape::Excludes(Field::NotQualified, Field::Withdrawn),
    ),
    PathRule::new(
        "not qualified then decided",
        Shape::Excludes(Field::NotQualified, Field::Decided),
    ),
    PathRule::new(
        "not qualified closed later",
        Shape::SameDate(Field::Closed, Field::NotQualified),
    ),
    PathRule::new(
        "decision without qualification",
        Shape::Requires(Field::Decided, Field::Qualified),
    ),
    PathRule::new(
        "withdrawn and decided",
        Shape::Excludes(Field::Withdrawn, Field::Decided),
    ),
    PathRule::new(
        "partial decision",
        Shape::Together(&[Field::DecisionVia, Field::DecisionOutcome, Field::Decided]),
    ),
    PathRule::new("decision pair", Shape::Route),
    PathRule::new(
        "number without decision",
        Shape::Requires(Field::DecisionNo, Field::Decided),
    ),
    PathRule::new(
        "closed without end",
        Shape::RequiresAny(
            Field::Closed,
            &[Field::Withdrawn, Field::Decided, Field::NotQualified],
        ),
    ),
    PathRule::new(
        "date order",
        Shape::NotBefore(Field::Qualified, &[Field::Received]),
    ),
    PathRule::new(
        "date order",
        Shape::NotBefore(Field::NotQualified, &[Field::Received]),
    ),
    PathRule::new(
        "date order",
        Shape::NotBefore(Field::Withdrawn, &[Field::Qualified, Field::Received]),
    ),
    PathRule::new(
        "date order",
        Shape::NotBefore(Field::Decided, &[Field::Qualified, Field::Received]),
    ),
    PathRule::new(
        "date order",
        Shape::NotBefore(
            Field::Closed,
            &[
                Field::Decided,
                Field::Withdrawn,
                Field::NotQualified,
                Field::Qualified,
                Field::Received,
            ],
        ),
    ),
];

mod path;
pub use path::{PathView, broken_rules};

pub use super::pred::{FactsAsOf, Pred, decided, decided_via, decision_columns};

#[cfg(test)]
mod tests;
