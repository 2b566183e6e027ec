//! The recap's views computed from one register or several (`--registers`): a row group
//! per register and their total, each view with its total rows; and a chart's words.

use super::{By, kind_column, oldest_view};
use crate::commands::Ctx;
use crate::domain::chain::Head;
use crate::domain::deadlines::Timing;
use crate::domain::mediation::Mediation;
use crate::domain::recap::backlog::{self, Span};
use crate::domain::recap::several::{group_names, grouped, sum_paper, sum_rows, sum_years};
use crate::domain::recap::{
    self, BY_BODY_KIND_LEAD, BY_BODY_LEAD, BY_GROUND_LEAD, BY_OUTCOME_LEAD, View, by_body,
    by_body_view, by_outcome, columns, flow_view, grouped_view, paper_view, with_total,
};
use crate::domain::times::Tally;
use crate::domain::{BodyKind, Date};
use crate::error::{Error, Result};
use crate::render::chart::{self, Kind};
use crate::storage::Register;
use crate::t;
use std::path::{Path, PathBuf};

/// The registers a recap reads: the one of `--db`, or those of `--registers`.
pub(crate) struct Sources {
    /// Each register with the name of its row group (its commission's code).
    pub regs: Vec<(String, Register)>,
    /// `--registers`: every view has a row group per register, then their total.
    pub several: bool,
}

impl Sources {
    /// The register of `--db` as every command opens it, or each of `registers`
    /// read-only (a file named twice is refused: its cases would count twice).
    pub fn open(ctx: &Ctx, registers: &[PathBuf]) -> Result<Sources> {
        let several = !registers.is_empty();
        let mut opened = Vec::new();
        if several {
            // A register is known by its file (device and inode, so a hard link or
            // another spelling of the path is caught) and by its history (the head of
            // its chain, so a copy is caught): either way its cases would count twice.
            let mut seen: Vec<(&PathBuf, same_file::Handle, Head)> = Vec::new();
            // The file is compared before it is opened: SQLite shares what it knows of an
            // inode between the connections of a process, and a second name of a file
            // whose WAL is kept under the first name cannot be read through it.
            for path in registers {
                let file = same_file::Handle::from_path(path).ok();
                let (path_s, hint) = (path.display().to_string(), t!("registers-twice-hint"));
                for (other, other_file, _) in &seen {
                    let other = other.display().to_string();
                    if file.as_ref() == Some(other_file) {
                        let message = if other == path_s {
                            t!("registers-twice", path = path_s)
                        } else {
                            t!("registers-same-file", path = path_s, other = other)
                        };
                        return Err(Error::usage(message).with_hint(hint));
                    }
                }
                let reg = ctx.open_read_only(path)?;
                let file = same_file::Handle::from_path(path)?;
                let head = reg.head()?;
                for (other, _, other_head) in &seen {
                    let other = other.display().to_string();
                    let message = if head.acts > 0 && *other_head == head {
                        t!("registers-same-history", path = path_s, other = other)
                    } else {
                        continue;
                    };
                    return Err(Error::usage(message).with_hint(hint));
                }
                seen.push((path, file, head));
                opened.push(reg);
            }
        } else {
            opened.push(ctx.open()?);
        }
        let mut about = Vec::new();
        for reg in &opened {
            let code = reg
                .setting("commission-code")?
                .filter(|c| !c.trim().is_empty());
            about.push((file_name(reg.path()), code));
        }
        let names = group_names(&about);
        Ok(Sources {
            regs: names.into_iter().zip(opened).collect(),
            several,
        })
    }
}

/// A register's file name (its folders are nobody's business in a published recap).
fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Which view of the recap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum What {
    Paper,
    Flow,
    By(By),
    Times,
    Appeals,
    Mediation,
    Oldest(usize),
    Ages,
    Clearance,
    Waiting,
    Stages,
    Hearings,
}

impl What {
    /// The chart it is drawn as, if it has one.
    pub fn chart(self) -> Option<Kind> {
        match self {
            What::Paper => Some(Kind::Paper),
            What::Flow => Some(Kind::Flow),
            What::By(By::Outcome) => Some(Kind::Outcomes),
            What::Times => Some(Kind::Times),
            What::Ages => Some(Kind::Ages),
            What::Clearance | What::By(By::Month) => Some(Kind::Clearance),
            What::Hearings => Some(Kind::Hearings),
            What::By(By::Body | By::BodyKind | By::Ground | By::Person)
            | What::Appeals
            | What::Mediation
            | What::Waiting
            | What::Stages
            | What::Oldest(_) => None,
        }
    }
}

/// A computed recap: the view to print (a row group per register and the total, when
/// several; total rows over the years) and the view of all of them together without
/// total rows (what a chart draws).
pub(crate) struct Recap {
    pub view: View,
    pub total: View,
    /// Several registers: each one's view without total rows (what its own chart draws),
    /// in the order of `Sources::regs`; empty for one register.
    pub each: Vec<View>,
}

/// The recap `what` of the registers, as of a date.
pub(crate) fn compute(
    src: &Sources,
    what: What,
    as_of: Date,
    years: Option<(i32, i32)>,
    today: Date,
) -> Result<Recap> {
    let regs = || src.regs.iter().map(|(_, r)| r);
    // Each register's view and the view of all of them, both without total rows, and
    // how a view gets its totals.
    let views: Vec<View>;
    let total: View;
    let totals: fn(View) -> View;
    match what {
        What::Paper => {
            let rows = regs()
                .map(|r| r.paper_recap(as_of, years))
                .collect::<Result<Vec<_>>>()?;
            let each: Vec<View> = rows.iter().map(|r| paper_view(r, years)).collect();
            let all = paper_view(&sum_paper(rows.iter().map(Vec::as_slice)), years);
            totals = with_total;
            // Filings not registered: their own column, where a register records intake.
            if regs()
                .map(|r| r.uses_intake())
                .collect::<Result<Vec<_>>>()?
                .contains(&true)
            {
                let counts = regs()
                    .map(|r| r.not_registered_by_year(as_of))
                    .collect::<Result<Vec<_>>>()?;
                let with = crate::domain::recap::intake::with_not_registered;
                views = each
                    .into_iter()
                    .zip(&counts)
                    .map(|(v, c)| with(v, c))
                    .collect();
                total = with(all, &counts.concat());
            } else {
                views = each;
                total = all;
            }
        }
        What::Flow => {
            let counts = regs()
                .map(|r| r.flow_counts(as_of))
                .collect::<Result<Vec<_>>>()?;
            // A stock and its flows: flow_view gives its own total row.
            views = counts.iter().map(|(r, f)| flow_view(r, f, years)).collect();
            total = flow_view(
                &sum_years(counts.iter().map(|(r, _)| r)),
                &sum_years(counts.iter().map(|(_, f)| f)),
                years,
            );
            totals = |v| v;
        }
        What::By(By::Outcome) => {
            let counts = by_outcome();
            let rows = regs()
                .map(|r| r.recap_by_year(&counts, as_of, years))
                .collect::<Result<Vec<_>>>()?;
            let view = |rows: &[Vec<recap::Cell>]| outcome_view(&counts, rows, years);
            views = rows.iter().map(|r| view(r)).collect();
            total = view(&sum_rows(rows.iter().map(Vec::as_slice), 1));
            totals = with_total;
        }
        What::By(By::Body) => {
            let counts = by_body();
            let rows = regs()
                .map(|r| r.recap_by_body(&counts, as_of, years))
                .collect::<Result<Vec<_>>>()?;
            let columns = columns(BY_BODY_LEAD, &counts);
            total = View::new(
                columns.clone(),
                sum_rows(rows.iter().map(Vec::as_slice), BY_BODY_LEAD.len()),
            );
            views = rows
                .into_iter()
                .map(|rows| View::new(columns.clone(), rows))
                .collect();
            // A total per year, then over the years.
            totals = |v| by_body_view(&by_body(), v.rows);
        }
        What::By(By::BodyKind) => {
            let counts = by_body();
            let rows = regs()
                .map(|r| r.recap_by_body_kind(&counts, as_of, years))
                .collect::<Result<Vec<_>>>()?;
            let columns = columns(BY_BODY_KIND_LEAD, &counts);
            total = kinds_labelled(View::new(
                columns.clone(),
                sum_rows(rows.iter().map(Vec::as_slice), BY_BODY_KIND_LEAD.len()),
            ));
            views = rows
                .into_iter()
                .map(|rows| kinds_labelled(View::new(columns.clone(), rows)))
                .collect();
            totals = |v| grouped_view(BY_BODY_KIND_LEAD, &by_body(), v.rows);
        }
        What::By(By::Ground) => {
            let counts = by_body();
            let rows = regs()
                .map(|r| r.recap_by_ground(&counts, as_of, years))
                .collect::<Result<Vec<_>>>()?;
            let columns = columns(BY_GROUND_LEAD, &counts);
            total = grounds_labelled(View::new(
                columns.clone(),
                sum_rows(rows.iter().map(Vec::as_slice), BY_GROUND_LEAD.len()),
            ));
            views = rows
                .into_iter()
                .map(|rows| grounds_labelled(View::new(columns.clone(), rows)))
                .collect();
            totals = |v| grouped_view(BY_GROUND_LEAD, &by_body(), v.rows);
        }
        What::By(By::Person) => {
            // The people of one commission: a list, with no total row.
            if src.several {
                return Err(Error::usage(t!("recap-person-one-register"))
                    .with_hint(t!("recap-person-one-register-hint")));
            }
            total = super::person_view(&src.regs[0].1, as_of, years)?;
            views = vec![total.clone()];
            totals = |v| v;
        }
        What::Times => {
            // The total is timed from every case of every register (each by its own
            // calendar), not from the registers' statistics: a median of medians is not
            // the median. Its view has its own total row.
            let mut all = Tally::default();
            let mut each = Vec::new();
            for reg in regs() {
                let cal = reg.calendar()?;
                let mut tally = Tally::default();
                reg.cohorts(as_of, years, |facts| {
                    // The times read when a case ended, not when it started.
                    let timing = Timing::of(&cal, facts, None, as_of);
                    tally.add(facts, &timing);
                    if src.several {
                        all.add(facts, &timing);
                    }
                })?;
                each.push(tally.view(years));
            }
            total = if src.several {
                all.view(years)
            } else {
                each[0].clone()
            };
            views = each;
            totals = |v| v;
        }
        What::Appeals => {
            // As the times: every decision of every register together, the share from
            // the sums. Its view has its own total row.
            let mut all = crate::domain::appeal::recap::Tally::default();
            let mut each = Vec::new();
            for reg in regs() {
                let cal = reg.calendar()?;
                let mut tally = crate::domain::appeal::recap::Tally::default();
                let flagged = reg.appeals_despite_kind()?;
                reg.decided_cases(as_of, |case, appeals| {
                    let year = case.facts.decided_on.map(|d| d.year());
                    if years.is_none_or(|(a, b)| year.is_some_and(|y| (a..=b).contains(&y))) {
                        tally.add(&case.facts, appeals, &cal, as_of);
                        let flag = flagged.contains(&case.id);
                        if flag {
                            tally.despite_kind(&case.facts, appeals, as_of);
                        }
                        if src.several {
                            all.add(&case.facts, appeals, &cal, as_of);
                            if flag {
                                all.despite_kind(&case.facts, appeals, as_of);
                            }
                        }
                    }
                    Ok(())
                })?;
                each.push(tally);
            }
            // The flag's column in every view once any register records the override,
            // so the registers' tables keep one set of columns.
            let flag = each.iter().any(|t| t.any_despite_kind());
            let each: Vec<_> = each.iter().map(|t| t.view(years, flag)).collect();
            total = if src.several {
                all.view(years, flag)
            } else {
                each[0].clone()
            };
            views = each;
            totals = |v| v;
        }
        What::Mediation => {
            // Each register's mediations with its own calendar; the total over all of
            // them. Its view has its own total row.
            let mut read = Vec::new();
            for reg in regs() {
                read.push((reg.calendar()?, reg.mediations()?));
            }
            type Read = (
                crate::domain::workdays::Calendar,
                Vec<(String, i32, Mediation)>,
            );
            fn cases(r: &[Read]) -> Vec<(i32, &Mediation, &crate::domain::workdays::Calendar)> {
                r.iter()
                    .flat_map(|(cal, ms)| ms.iter().map(move |(_, y, m)| (*y, m, cal)))
                    .collect()
            }
            let view = crate::domain::recap::mediation::mediation_view;
            views = read
                .iter()
                .map(|one| view(&cases(std::slice::from_ref(one)), as_of, years))
                .collect();
            total = view(&cases(&read), as_of, years);
            totals = |v| v;
        }
        What::Ages | What::Clearance | What::Waiting | What::Stages | What::By(By::Month) => {
            // Every case of every register pooled (each counted by its own calendar): a
            // total's rates and medians come from the pooled cases, never from the
            // registers' figures. Each view has its own total row.
            let spans = regs()
                .map(|r| r.backlog_spans(as_of))
                .collect::<Result<Vec<_>>>()?;
            let view = |s: &[Span]| match what {
                What::Ages => backlog::ages_view(s, years),
                What::Clearance => backlog::clearance_view(s, years),
                What::Waiting => backlog::waiting_view(&backlog::waiting(s, as_of)),
                What::Stages => backlog::stages_view(s, years),
                _ => backlog::months_view(s, years, as_of),
            };
            views = spans.iter().map(|s| view(s)).collect();
            total = view(&spans.concat());
            totals = |v| v;
        }
        What::Hearings => {
            let sittings = regs().map(|r| r.sittings()).collect::<Result<Vec<_>>>()?;
            let view = |s: &[backlog::Sitting]| backlog::hearings_view(s, years, as_of);
            views = sittings.iter().map(|s| view(s)).collect();
            total = view(&sittings.concat());
            totals = |v| v;
        }
        What::Oldest(n) => {
            // A list of cases, not counts per year: no total row.
            total = oldest_view(&src.regs[0].1, as_of, years, n, today)?;
            views = vec![total.clone()];
            totals = |v| v;
        }
    }
    let bare = |v: View| View {
        rows: v.rows.into_iter().filter(|r| !recap::is_total(r)).collect(),
        ..v
    };
    Ok(if src.several {
        let names = src.regs.iter().map(|(n, _)| n.clone());
        let each = views.iter().cloned().map(bare).collect();
        let groups = names.zip(views.into_iter().map(totals)).collect();
        Recap {
            view: grouped(groups, totals(total.clone())),
            total: bare(total),
            each,
        }
    } else {
        // One register: its own view, with its totals.
        let view = views.into_iter().next().expect("one register");
        Recap {
            total: bare(view.clone()),
            view: totals(view),
            each: Vec::new(),
        }
    })
}

/// The kinds of body of a `--by body-kind` view as labels in the run's language.
/// The grounds of a view by ground, labelled in both languages.
fn grounds_labelled(mut view: View) -> View {
    for row in &mut view.rows {
        if let Some(recap::Cell::Text(g)) = row.get(1)
            && let Ok(g) = crate::domain::Ground::parse(g)
        {
            row[1] = recap::Cell::Label(super::ground_column(g));
        }
    }
    view
}

fn kinds_labelled(mut view: View) -> View {
    for row in &mut view.rows {
        if let Some(recap::Cell::Text(k)) = row.get(1) {
            row[1] = match BodyKind::parse(k) {
                Ok(kind) => recap::Cell::Label(kind_column(kind)),
                Err(_) => recap::Cell::Text(k.clone()),
            };
        }
    }
    view
}

/// `recap --by outcome`'s view of rows of counts: every year of the range.
fn outcome_view(
    counts: &[recap::Counted],
    rows: &[Vec<recap::Cell>],
    years: Option<(i32, i32)>,
) -> View {
    let zero = |y: i32| {
        let mut r = vec![recap::Cell::Int(0); counts.len() + 1];
        r[0] = recap::Cell::Int(y as i64);
        r
    };
    let year_of = |r: &Vec<recap::Cell>| match r[0] {
        recap::Cell::Int(y) => y as i32,
        _ => 0,
    };
    View::new(
        columns(BY_OUTCOME_LEAD, counts),
        recap::fill_years(rows, years, year_of, zero),
    )
}

/// The words of a chart of the registers, in the run's language.
pub(crate) fn chart_words(kind: Kind, src: &Sources) -> chart::Words {
    let title = match kind {
        Kind::Paper => t!("chart-paper-title"),
        Kind::Flow => t!("chart-flow-title"),
        Kind::Outcomes => t!("chart-outcomes-title"),
        Kind::Times => t!("chart-times-title"),
        Kind::Ages => t!("chart-ages-title"),
        Kind::Clearance => t!("chart-clearance-title"),
        Kind::Hearings => t!("chart-hearings-title"),
    };
    let axis = match kind {
        Kind::Times => t!("chart-axis-working-days"),
        Kind::Hearings => t!("chart-axis-hearings"),
        _ => t!("chart-axis-cases"),
    };
    let note = src.several.then(|| {
        let names: Vec<&str> = src.regs.iter().map(|(n, _)| n.as_str()).collect();
        t!("chart-all-registers", names = names.join(", "))
    });
    chart::Words {
        title,
        note,
        axis,
        empty: t!("chart-empty"),
        unexamined: t!("chart-unexamined"),
        range: t!("chart-range"),
        median: t!("chart-median"),
        mean: t!("chart-mean"),
        deadline: t!("chart-deadline"),
    }
}
