//! The domain's rule tables and conditions as SQL: vocabularies as CHECKs, path rules as
//! CHECKs, the state the facts imply, and [`Pred`] conditions as `WHERE` expressions.
//! Every rule the schema holds is written here from the domain's tables, never by hand.

use crate::domain::EventKind;
use crate::domain::rules;
use crate::domain::rules::{Field, PATH_RULES, Pred, ROUTES, STATE_BY_FACT, Shape};

/// `(col = 'a' OR col = 'b' ...)`: a closed vocabulary. An `IN` list of three or more
/// values makes SQLite build a temporary b-tree for every row checked (an import ran 2.6
/// times slower), so the values are spelled out.
pub fn one_of(col: &str, words: &[&str]) -> String {
    let alts: Vec<String> = words.iter().map(|w| format!("{col} = '{w}'")).collect();
    format!("({})", alts.join(" OR "))
}

/// Where the columns of a condition are read from, and against which date.
#[derive(Debug, Clone, Copy)]
pub struct Scope<'a> {
    /// Prefix of every column (`c.`, `NEW.`, or nothing).
    pub prefix: &'a str,
    /// The as-of date's SQL (a parameter such as `?1`); `None`: every fact counts.
    pub as_of: Option<&'a str>,
}

impl<'a> Scope<'a> {
    pub fn new(prefix: &'a str, as_of: Option<&'a str>) -> Scope<'a> {
        Scope { prefix, as_of }
    }
}

/// A condition as a two-valued SQL expression (never NULL, so `NOT` means not).
pub fn pred(p: &Pred, s: Scope) -> String {
    let c = |f: Field| format!("{}{}", s.prefix, f.column());
    match p {
        Pred::Set(f) => match (f.is_date(), s.as_of) {
            (true, Some(a)) => format!("({} IS NOT NULL AND {} <= {a})", c(*f), c(*f)),
            _ => format!("{} IS NOT NULL", c(*f)),
        },
        Pred::Is(f, w) => format!("{} IS '{w}'", c(*f)),
        Pred::Not(p) => format!("NOT {}", pred(p, s)),
        Pred::All(ps) if ps.is_empty() => "1".into(),
        Pred::Any(ps) if ps.is_empty() => "0".into(),
        Pred::All(ps) => join(ps, " AND ", s),
        Pred::Any(ps) => join(ps, " OR ", s),
        Pred::Void => format!("{}voided_on IS NOT NULL", s.prefix),
        Pred::NotRegistered => format!("{}not_registered_on IS NOT NULL", s.prefix),
    }
}

/// The cases every count and listing reads ([`crate::domain::pred::counted`]: not void),
/// as SQL over the case table named by `prefix` (`c.`): every recap, count, listing,
/// deadline and agenda query adds it, through this one function.
pub fn cohort(prefix: &str) -> String {
    pred(&crate::domain::pred::counted(), Scope::new(prefix, None))
}

/// `p` counted over the cohort only: what the per-year counters keep.
pub fn in_cohort(p: &Pred) -> Pred {
    Pred::All(vec![crate::domain::pred::counted(), p.clone()])
}

/// The day from which `p` holds for good, as SQL over `prefix`ed columns: NULL when it
/// never holds. A recap as of D counts a case under `p` exactly when this day is on or
/// before D, which is what lets the per-day counts (`day_stats`) stand for every as-of
/// date. It exists for conditions that, once true, stay true as the as-of date moves on:
/// a `Not` may only wrap facts that no date changes (a route, a void), and any other
/// panics, so a definition the per-day counts cannot keep fails every schema test.
pub fn since(p: &Pred, prefix: &str) -> String {
    let received = format!("{prefix}{}", Field::Received.column());
    // No count of a case starts before the day it was received (NULL stays NULL); the
    // parts of a top `All` go into the same `max`.
    let days = match p {
        Pred::All(ps) => latest(ps, prefix),
        _ => vec![first(p, prefix)],
    };
    match days.as_slice() {
        [] => received,
        [day] if *day == received => received,
        _ => format!("max({received}, {})", days.join(", ")),
    }
}

/// The first days of the parts of an `All` that do not hold from the day of receipt:
/// the `All` holds from the latest of them.
fn latest(ps: &[Pred], prefix: &str) -> Vec<String> {
    let received = format!("{prefix}{}", Field::Received.column());
    each(ps, prefix)
        .into_iter()
        .filter(|d| *d != received)
        .collect()
}

/// The day from which `p` holds, facts no date changes taken to hold from the day the
/// case was received.
fn first(p: &Pred, prefix: &str) -> String {
    let received = format!("{prefix}{}", Field::Received.column());
    let c = |f: Field| format!("{prefix}{}", f.column());
    // Any fact no date changes holds from the day the case was received (no count of a
    // case starts before it), or never.
    let undated = |p: &Pred| {
        format!(
            "CASE WHEN {} THEN {received} END",
            pred(p, Scope::new(prefix, None))
        )
    };
    match p {
        Pred::Set(f) if f.is_date() => c(*f),
        // All of them: from the latest (NULL when one never holds). A part that holds
        // from the day of receipt adds nothing: `since` never goes below that day.
        Pred::All(ps) => {
            let days = latest(ps, prefix);
            match days.len() {
                0 => received.clone(),
                1 => days[0].clone(),
                _ => format!("max({})", days.join(", ")),
            }
        }
        Pred::Any(ps) if ps.is_empty() => "NULL".into(),
        Pred::Any(ps) if ps.len() == 1 => first(&ps[0], prefix),
        // Any of them: from the earliest that holds.
        Pred::Any(ps) => {
            let far: Vec<String> = each(ps, prefix)
                .into_iter()
                .map(|s| format!("coalesce({s}, '~')"))
                .collect();
            format!("nullif(min({}), '~')", far.join(", "))
        }
        Pred::Not(q) if !q.dated() => undated(p),
        Pred::Not(q) => panic!("{q:?} changes with the as-of date: its negation has no first day"),
        Pred::Set(_) | Pred::Is(..) | Pred::Void | Pred::NotRegistered => undated(p),
    }
}

/// The first days of `ps`.
fn each(ps: &[Pred], prefix: &str) -> Vec<String> {
    ps.iter().map(|q| first(q, prefix)).collect()
}

fn join(ps: &[Pred], sep: &str, s: Scope) -> String {
    let parts: Vec<String> = ps.iter().map(|p| pred(p, s)).collect();
    format!("({})", parts.join(sep))
}

/// The state a case's facts imply, as a `CASE` expression over the columns.
pub fn state_of_facts(prefix: &str) -> String {
    let mut s = String::from("CASE");
    for (f, state) in STATE_BY_FACT {
        s += &format!(" WHEN {prefix}{} IS NOT NULL THEN '{state}'", f.column());
    }
    s + &format!(" ELSE '{}' END", rules::FIRST_STATE)
}

/// Every path rule as a `CHECK` of the case table, one per line.
pub fn path_checks() -> Vec<String> {
    let col = |f: &Field| f.column();
    PATH_RULES
        .iter()
        .map(|r| {
            let body = match r.shape {
                Shape::Excludes(a, b) => format!("{} IS NULL OR {} IS NULL", col(&a), col(&b)),
                Shape::Together(fs) => {
                    let first = col(&fs[0]);
                    let eqs: Vec<String> = fs[1..]
                        .iter()
                        .map(|f| format!("({first} IS NULL) = ({} IS NULL)", col(f)))
                        .collect();
                    eqs.join(" AND ")
                }
                Shape::Requires(a, b) => format!("{} IS NULL OR {} IS NOT NULL", col(&a), col(&b)),
                Shape::RequiresAny(a, bs) => {
                    let any: Vec<String> = bs
                        .iter()
                        .map(|b| format!("{} IS NOT NULL", col(b)))
                        .collect();
                    format!("{} IS NULL OR {}", col(&a), any.join(" OR "))
                }
                Shape::SameDate(a, b) => {
                    format!("{} IS NULL OR {} IS {}", col(&b), col(&a), col(&b))
                }
                Shape::NotBefore(a, chain) => {
                    let chain: Vec<&str> = chain.iter().map(col).collect();
                    if chain.len() == 1 {
                        format!("{} >= {}", col(&a), chain[0])
                    } else {
                        format!("{} >= coalesce({})", col(&a), chain.join(", "))
                    }
                }
                Shape::Route => {
                    let (v, o) = (Field::DecisionVia.column(), Field::DecisionOutcome.column());
                    let mut alts = vec![format!("{v} IS NULL")];
                    for (via, outcomes) in ROUTES {
                        let words: Vec<&str> = outcomes.iter().map(|(o, _)| o.as_str()).collect();
                        alts.push(format!("({v} = '{via}' AND {})", one_of(o, &words)));
                    }
                    alts.join("\n           OR ")
                }
            };
            format!("-- {}\nCHECK ({body})", r.id)
        })
        .collect()
}

/// The events CHECK of allowed moves: each step from each state it may start from, the
/// entry, every undo (the reverse of a step), a correction (no move), and the hearing
/// steps and their undoing (no move, not on a finished case).
pub fn transitions() -> String {
    let mut alts = vec![format!(
        "(kind = '{}' AND from_state IS NULL AND to_state = '{}')",
        EventKind::Add,
        rules::FIRST_STATE
    )];
    for s in rules::STEPS {
        let from: Vec<&str> = s.from.iter().map(|f| f.as_str()).collect();
        alts.push(format!(
            "(kind = '{}' AND {} AND to_state = '{}')",
            s.kind,
            one_of("from_state", &from),
            s.to
        ));
    }
    let undo: Vec<String> = rules::undo_moves()
        .iter()
        .map(|(f, t)| format!("(from_state = '{f}' AND to_state = '{t}')"))
        .collect();
    alts.push(format!(
        "(kind = '{}' AND ({}))",
        EventKind::Undo,
        undo.join(" OR ")
    ));
    alts.push(format!(
        "(kind = '{}' AND from_state = to_state)",
        EventKind::Edit
    ));
    // The side steps (the appeal steps after the decision, the void) move no state either,
    // each on a case in the states the table names.
    for (kind, states) in rules::SIDE_STEPS {
        let states: Vec<&str> = states.iter().map(|s| s.as_str()).collect();
        alts.push(format!(
            "(kind = '{kind}' AND {} AND to_state = from_state)",
            one_of("from_state", &states)
        ));
    }
    let hearing: Vec<&str> = rules::HEARING_MOVES
        .iter()
        .map(|(k, _, _)| k.as_str())
        .collect();
    // A hearing step moves no state, nor does its undo (on which cases: see
    // `closed_case_hearings`).
    alts.push(format!(
        "(({} OR kind = '{}') AND from_state = to_state)",
        one_of("kind", &hearing),
        EventKind::Undo
    ));
    alts.join("\n        OR ")
}

/// The condition under which an event is refused because it is a hearing step on a
/// finished case, written by an act other than those that may
/// (`HEARINGS_ON_CLOSED_CASES_BY`): for a trigger on `events`. (Undoing such a step stays
/// possible, as undoing any step is.)
pub fn closed_case_hearings() -> String {
    let hearing: Vec<&str> = rules::HEARING_MOVES
        .iter()
        .map(|(k, _, _)| k.as_str())
        .collect();
    let closed: Vec<&str> = rules::NO_HEARINGS_IN.iter().map(|s| s.as_str()).collect();
    let by: Vec<&str> = rules::HEARINGS_ON_CLOSED_CASES_BY
        .iter()
        .map(|a| a.as_str())
        .collect();
    format!(
        "{} AND {}\n     AND NOT (SELECT {} FROM acts WHERE id = NEW.act_id)",
        one_of("NEW.kind", &hearing),
        one_of("NEW.from_state", &closed),
        one_of("command", &by)
    )
}

/// The events CHECKs of what each kind of step carries: a column required exactly on
/// the kinds that record its fact (optional facts: allowed only on them).
pub fn payload_checks() -> Vec<String> {
    let mut checks = Vec::new();
    for f in Field::ALL {
        let Some(column) = f.event_column() else {
            continue;
        };
        let kinds: Vec<&str> = rules::STEPS
            .iter()
            .filter(|s| s.also.contains(f))
            .map(|s| s.kind.as_str())
            .collect();
        let on_kinds = one_of("kind", &kinds);
        checks.push(if f.is_optional() {
            format!("CHECK ({column} IS NULL OR {on_kinds})")
        } else {
            format!("CHECK ({on_kinds} = ({column} IS NOT NULL))")
        });
    }
    checks
}

/// The event kinds that carry a `detail`: a correction, an undo (its reason), and the
/// hearing steps with a reason.
pub fn detail_kinds() -> String {
    let mut kinds = vec![EventKind::Edit.as_str(), EventKind::Undo.as_str()];
    kinds.extend(rules::HEARING_REASONS.iter().map(|k| k.as_str()));
    kinds.extend(rules::DETAIL_SIDE_STEPS.iter().map(|k| k.as_str()));
    one_of("kind", &kinds)
}

/// The states a void entry is in (the void's row of `SIDE_STEPS`): a CHECK of the case
/// table.
pub fn void_states() -> String {
    let states: Vec<&str> = rules::SIDE_STEPS
        .iter()
        .filter(|(k, _)| *k == EventKind::Void)
        .flat_map(|(_, s)| s.iter().map(|s| s.as_str()))
        .collect();
    one_of("state", &states)
}

/// The events a void entry refuses: every kind but those it still takes
/// (`ON_VOID_CASES`), as a condition on `col`. (Two kinds: an `IN` list builds no b-tree.)
pub fn not_on_void_cases(col: &str) -> String {
    let kinds: Vec<String> = rules::ON_VOID_CASES
        .iter()
        .map(|k| format!("'{k}'"))
        .collect();
    format!("{col} NOT IN ({})", kinds.join(", "))
}

/// The routes whose decisions can be appealed (`APPEALABLE`), as a condition on `col`.
pub fn appealable(col: &str) -> String {
    let vias: Vec<&str> = rules::APPEALABLE.iter().map(|v| v.as_str()).collect();
    one_of(col, &vias)
}

/// Each level before its courts (`LEVELS`), as a condition on `level` and `court`.
pub fn level_courts() -> String {
    let alts: Vec<String> = rules::LEVELS
        .iter()
        .map(|l| {
            let courts: Vec<&str> = l.courts.iter().map(|c| c.as_str()).collect();
            format!("(level = '{}' AND {})", l.level, one_of("court", &courts))
        })
        .collect();
    format!("({})", alts.join(" OR "))
}

/// When a new appeal row breaks the order of the levels (`LEVELS`, `ENDS_APPEALS`): a level
/// filed before the level it follows has decided (not by a withdrawal), or before that
/// decision's date. For a trigger on `appeals`.
pub fn levels_in_order() -> String {
    let ends: Vec<&str> = rules::ENDS_APPEALS.iter().map(|o| o.as_str()).collect();
    let alts: Vec<String> = rules::LEVELS
        .iter()
        .filter_map(|l| {
            let prev = l.after?;
            Some(format!(
                "(NEW.level = '{}' AND NOT EXISTS (SELECT 1 FROM appeals p WHERE p.case_id = NEW.case_id\n       AND p.level = '{prev}' AND p.decided_on <= NEW.filed_on AND NOT {}))",
                l.level,
                one_of("p.outcome", &ends)
            ))
        })
        .collect();
    if alts.is_empty() {
        "0".into()
    } else {
        alts.join("\n  OR ")
    }
}

/// The status changes a hearing row may make: each hearing step's move, and its reverse
/// (an undo). As a condition on `OLD.status` and `NEW.status`.
pub fn hearing_moves() -> String {
    let mut alts = Vec::new();
    for (_, from, to) in rules::HEARING_MOVES {
        if let Some(from) = from {
            for (a, b) in [(from, to), (to, from)] {
                let alt = format!("(OLD.status = '{a}' AND NEW.status = '{b}')");
                if !alts.contains(&alt) {
                    alts.push(alt);
                }
            }
        }
    }
    alts.join(" OR ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Via;

    #[test]
    fn conditions_are_two_valued() {
        let p = !rules::decided_via(Via::Interim);
        assert_eq!(
            pred(&p, Scope::new("c.", Some("?1"))),
            "NOT ((c.decided_on IS NOT NULL AND c.decided_on <= ?1) AND c.decision_via IS 'interim')"
        );
        assert_eq!(
            pred(&Pred::Set(Field::Closed), Scope::new("NEW.", None)),
            "NEW.closed_on IS NOT NULL"
        );
    }

    /// SQLite reads the void rule's condition as the table says, kind by kind.
    #[test]
    fn a_void_case_refuses_what_the_table_refuses() {
        let mem = rusqlite::Connection::open_in_memory().unwrap();
        for kind in EventKind::ALL {
            let cond = not_on_void_cases(&format!("'{kind}'"));
            let refused: bool = mem
                .query_row(&format!("SELECT {cond}"), [], |r| r.get(0))
                .unwrap();
            assert_eq!(refused, !rules::ON_VOID_CASES.contains(kind), "{kind}");
        }
    }

    #[test]
    fn the_state_follows_the_table() {
        assert_eq!(
            state_of_facts(""),
            "CASE WHEN closed_on IS NOT NULL THEN 'done' WHEN decided_on IS NOT NULL THEN 'decided' \
             WHEN withdrawn_on IS NOT NULL THEN 'withdrawn' WHEN qualified_on IS NOT NULL THEN 'qualified' \
             ELSE 'entered' END"
        );
    }
}
