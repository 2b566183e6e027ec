//! After the decision: the day the parties received it, the appeals to the courts level by
//! level (the tables [`super::rules::LEVELS`], [`super::rules::APPEALABLE`],
//! [`super::rules::ENDS_APPEALS`]), each level's window in working days, and the day the
//! decision became final (inkracht). Beside the case's lifecycle: its five states do not move
//! with an appeal step.

use super::error::DomainError;
use super::lifecycle::Facts;
use super::rules::{self, APPEALABLE, ENDS_APPEALS, LEVELS};
use super::workdays::Calendar;
use super::{Court, CourtOutcome, Date, EventKind, Level, Party, Via};

pub mod recap;
pub mod row;

/// A court's decision on an appeal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CourtDecision {
    pub on: Date,
    pub outcome: CourtOutcome,
}

/// One level of appeal, as the history leaves it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appeal {
    pub level: Level,
    pub court: Court,
    /// Who filed it.
    pub by: Party,
    pub filed_on: Date,
    /// The court's own case number, when known (from the filing or the decision).
    pub court_no: Option<String>,
    pub decided: Option<CourtDecision>,
}

/// The appeals of a case after its decision: when the parties received it, and its appeals
/// in level order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Appeals {
    pub served_on: Option<Date>,
    pub filed: Vec<Appeal>,
}

/// An appeal step, with what it records besides its date (the event's date: the
/// service, the filing, the court's decision).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppealStep {
    Serve,
    File {
        level: Level,
        court: Court,
        by: Party,
        court_no: Option<String>,
    },
    Decide {
        level: Level,
        outcome: CourtOutcome,
        court_no: Option<String>,
    },
}

impl AppealStep {
    pub fn kind(&self) -> EventKind {
        match self {
            AppealStep::Serve => EventKind::Serve,
            AppealStep::File { .. } => EventKind::AppealFile,
            AppealStep::Decide { .. } => EventKind::AppealDecide,
        }
    }
}

/// The dates an appeal step's date may follow: the dates a step's date may not precede.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppealDate {
    /// The commission's decision.
    Decision,
    /// The filing at a level.
    Filing(Level),
    /// A court's decision at a level.
    CourtDecision(Level),
}

impl Appeals {
    pub fn appeal(&self, level: Level) -> Option<&Appeal> {
        self.filed.iter().find(|a| a.level == level)
    }

    /// The appeal filed and not decided yet, if any.
    pub fn pending(&self) -> Option<&Appeal> {
        self.filed.iter().find(|a| a.decided.is_none())
    }

    /// The appeals as they stood at the end of `as_of`: what is dated after it not yet there.
    pub fn as_of(&self, as_of: Date) -> Appeals {
        Appeals {
            served_on: self.served_on.filter(|d| *d <= as_of),
            filed: self
                .filed
                .iter()
                .filter(|a| a.filed_on <= as_of)
                .map(|a| Appeal {
                    decided: a.decided.filter(|d| d.on <= as_of),
                    ..a.clone()
                })
                .collect(),
        }
    }
}

/// The decision's date and route, or why an appeal step cannot be recorded.
fn decision(case: &str, facts: &Facts) -> Result<(Date, Via), DomainError> {
    match (facts.decided_on, facts.decision) {
        (Some(on), Some((via, _))) => Ok((on, via)),
        _ => Err(DomainError::NoDecision {
            case: case.to_string(),
            state: facts.state(),
        }),
    }
}

/// Records an appeal step dated `on` on a case with these facts and these appeals; `case`
/// names the case in errors. The rules: a decision to begin with, dated on or before the
/// step; the service once; a filing only on a decision that can be contested, at the
/// next level (the level before it decided, and not by a withdrawal), before one of the
/// level's courts, once; a court decision only on the appeal pending, not before its
/// filing. A late filing is recorded (the court decides whether it is admissible).
pub fn apply(
    case: &str,
    facts: &Facts,
    appeals: &Appeals,
    step: &AppealStep,
    on: Date,
) -> Result<Appeals, DomainError> {
    let (decided_on, via) = decision(case, facts)?;
    let kind = step.kind();
    let not_before = |before: AppealDate, before_date: Date| {
        if on < before_date {
            Err(DomainError::AppealDateOrder {
                what: kind,
                date: on,
                before,
                before_date,
            })
        } else {
            Ok(())
        }
    };
    not_before(AppealDate::Decision, decided_on)?;
    let mut next = appeals.clone();
    match step {
        AppealStep::Serve => {
            if let Some(served) = appeals.served_on {
                return Err(DomainError::AlreadyServed {
                    case: case.to_string(),
                    on: served,
                });
            }
            next.served_on = Some(on);
        }
        AppealStep::File {
            level,
            court,
            by,
            court_no,
        } => {
            if !APPEALABLE.contains(&via) {
                return Err(DomainError::NotAppealable {
                    case: case.to_string(),
                    via,
                });
            }
            let rule = rules::level(*level);
            if let Some(a) = appeals.appeal(*level) {
                return Err(DomainError::AlreadyAppealed {
                    case: case.to_string(),
                    level: *level,
                    court: a.court,
                    filed_on: a.filed_on,
                });
            }
            if let Some(prev) = rule.after {
                let decided = appeals.appeal(prev).and_then(|a| a.decided);
                let Some(d) = decided else {
                    return Err(DomainError::LevelOutOfOrder {
                        case: case.to_string(),
                        level: *level,
                        needs: prev,
                    });
                };
                if ENDS_APPEALS.contains(&d.outcome) {
                    return Err(DomainError::AppealsEnded {
                        case: case.to_string(),
                        level: prev,
                        outcome: d.outcome,
                    });
                }
                not_before(AppealDate::CourtDecision(prev), d.on)?;
            }
            if !rule.courts.contains(court) {
                return Err(DomainError::WrongCourt {
                    level: *level,
                    court: *court,
                    allowed: rule.courts.to_vec(),
                });
            }
            next.filed.push(Appeal {
                level: *level,
                court: *court,
                by: *by,
                filed_on: on,
                court_no: court_no.clone(),
                decided: None,
            });
        }
        AppealStep::Decide {
            level,
            outcome,
            court_no,
        } => {
            let Some(i) = next
                .filed
                .iter()
                .position(|a| a.level == *level && a.decided.is_none())
            else {
                return Err(DomainError::NoPendingAppeal {
                    case: case.to_string(),
                });
            };
            let a = &mut next.filed[i];
            not_before(AppealDate::Filing(*level), a.filed_on)?;
            a.decided = Some(CourtDecision {
                on,
                outcome: *outcome,
            });
            if court_no.is_some() {
                a.court_no = court_no.clone();
            }
        }
    }
    Ok(next)
}

#[cfg(test)]
/// The level a filing goes to next on these appeals: the first level not filed yet (when
/// the level before it has decided). `None`: nothing left to file.
pub fn next_level(appeals: &Appeals) -> Option<Level> {
    LEVELS
        .iter()
        .find(|l| appeals.appeal(l.level).is_none())
        .map(|l| l.level)
}

/// The last day of the year 9999: where a deadline past it is taken to fall.
fn last_day() -> Date {
    Date::from_ymd(9999, 12, 31).expect("a date")
}

/// The first-instance court that hears an appeal against a body of this kind (UU 14/2008
/// Art. 47; PERMA 2/2011 Art. 1): the administrative court (PTUN) for a state public body
/// (ministries and agencies, provincial, regency/city and village governments, the
/// legislature, the judiciary, state universities and schools), the district court (PN)
/// for the others (state- and region-owned enterprises, political parties, NGOs). `None`
/// for a body of no recorded kind: the register cannot tell, and does not judge.
pub fn court_for(kind: crate::domain::BodyKind) -> Option<Court> {
    use crate::domain::BodyKind as K;
    match kind {
        K::MinistryAgency
        | K::ProvincialGovernment
        | K::RegencyCityGovernment
        | K::Village
        | K::Legislature
        | K::Judiciary
        | K::Education => Some(Court::Ptun),
        K::StateEnterprise | K::PoliticalParty | K::Ngo => Some(Court::Pn),
        K::Other => None,
    }
}

/// A level's window: the day it opens from (the service of the decision, or the decision
/// itself while no service is recorded; for a later level the decision of the level
/// before) and its last day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub level: Level,
    pub from: Date,
    pub closes: Date,
}

/// The window of `level` on a case with these facts and these appeals: `None` when the
/// decision cannot be contested, or the level before has not decided (or ended the
/// appeals).
pub fn window(facts: &Facts, appeals: &Appeals, level: Level, cal: &Calendar) -> Option<Window> {
    let decided_on = facts.decided_on?;
    let (via, _) = facts.decision?;
    if !APPEALABLE.contains(&via) {
        return None;
    }
    let rule = rules::level(level);
    let from = match rule.after {
        None => appeals.served_on.unwrap_or(decided_on),
        Some(prev) => {
            let d = appeals.appeal(prev)?.decided?;
            if ENDS_APPEALS.contains(&d.outcome) {
                return None;
            }
            d.on
        }
    };
    let closes = cal
        .add_working_days(from, rule.within)
        .unwrap_or_else(last_day);
    Some(Window {
        level,
        from,
        closes,
    })
}

/// Whether an appeal was filed after its level's window closed (it is recorded all the
/// same: the court decides whether it is admissible).
pub fn is_late(facts: &Facts, appeals: &Appeals, appeal: &Appeal, cal: &Calendar) -> bool {
    window(facts, appeals, appeal.level, cal).is_some_and(|w| appeal.filed_on > w.closes)
}

/// What made a decision final.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FinalBy {
    /// A decision no court hears (a mediation decision): final the day it was made.
    NotAppealable,
    /// No appeal at this level within its window: final the day the window closed.
    WindowClosed(Level),
    /// A court's decision not contested further (the last level, or a withdrawal).
    CourtDecision(Level),
}

/// Whether a case's decision is final (berkekuatan hukum tetap, inkracht) as of a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Finality {
    /// No decision as of the date.
    Undecided,
    /// Final on this day.
    Final { on: Date, by: FinalBy },
    /// Not final yet: the window of this level is open through `closes`.
    Open { level: Level, closes: Date },
    /// Not final yet: an appeal is pending.
    Pending {
        level: Level,
        court: Court,
        filed_on: Date,
    },
}

impl Finality {
    pub fn final_on(&self) -> Option<Date> {
        match self {
            Finality::Final { on, .. } => Some(*on),
            _ => None,
        }
    }

    /// Decided, and not final yet.
    pub fn is_open(&self) -> bool {
        matches!(self, Finality::Open { .. } | Finality::Pending { .. })
    }
}

/// Whether the decision is final as of `as_of`, and since when: final on the day its last
/// window closes with no appeal pending, or on the day of the last court decision not
/// contested further. A window is open through its last day (a filing that day is in
/// time), so a decision is final as of the day after it. What is dated after `as_of`
/// does not count.
pub fn finality(facts: &Facts, appeals: &Appeals, cal: &Calendar, as_of: Date) -> Finality {
    let (Some(decided_on), Some((via, _))) = (facts.decided_on, facts.decision) else {
        return Finality::Undecided;
    };
    if decided_on > as_of {
        return Finality::Undecided;
    }
    if !APPEALABLE.contains(&via) {
        return Finality::Final {
            on: decided_on,
            by: FinalBy::NotAppealable,
        };
    }
    let t = appeals.as_of(as_of);
    let mut from = t.served_on.unwrap_or(decided_on);
    for (i, rule) in LEVELS.iter().enumerate() {
        let last = i + 1 == LEVELS.len();
        match t.appeal(rule.level) {
            None => {
                let closes = cal
                    .add_working_days(from, rule.within)
                    .unwrap_or_else(last_day);
                return if as_of > closes {
                    Finality::Final {
                        on: closes,
                        by: FinalBy::WindowClosed(rule.level),
                    }
                } else {
                    Finality::Open {
                        level: rule.level,
                        closes,
                    }
                };
            }
            Some(a) => match a.decided {
                None => {
                    return Finality::Pending {
                        level: a.level,
                        court: a.court,
                        filed_on: a.filed_on,
                    };
                }
                Some(d) if last || ENDS_APPEALS.contains(&d.outcome) => {
                    return Finality::Final {
                        on: d.on,
                        by: FinalBy::CourtDecision(a.level),
                    };
                }
                Some(d) => from = d.on,
            },
        }
    }
    unreachable!("the last level ends the walk")
}

#[cfg(test)]
mod tests;
