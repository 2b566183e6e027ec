//! What the public docket holds, read from the register: every case not void (with its
//! applicant named as `publish-applicant` says, never a contact), the hearings of the
//! coming weeks, the decisions and their files, the figures of the year, the open data
//! and the feed. Free text a clerk wrote (the subject, notes, a postponement's reason)
//! is left out: it may name people.

use super::parts::{
    Pick, announced, case_list, decision_files, fact, figure_row, package_name, sitting,
};
use super::words::{date, day_date, words};
use crate::commands::Ctx;
use crate::commands::recap::{By, Sources, What, compute};
use crate::domain::case::{CaseRecord, EventRecord};
use crate::domain::paper::words::Zone;
use crate::domain::publish::{Naming, Shown, decision_file_stem, short_ref, shown};
use crate::domain::{Date, Lang};
use crate::error::Result;
use crate::render::appeal::{AfterDecision, finality_words_dated};
use crate::render::publish::data::{About, Table};
use crate::render::publish::{
    AppealRow, CaseLink, CasePage, DecisionRow, Docket, Entry, Feed, Figures, Schedule, Site,
};
use crate::storage::{CaseFilter, PUBLISH_APPLICANT, PUBLISH_DECISIONS_DIR, Register};
use crate::t;
use std::collections::{HashMap, HashSet};
use std::ops::ControlFlow;
use std::path::PathBuf;

/// The docket and what goes beside it in the folder.
pub struct Built {
    pub docket: Docket,
    pub tables: Vec<Table>,
    pub about: About,
    /// Decision files to copy: the name under `putusan/`, and the clerk's file.
    pub copies: Vec<(String, PathBuf)>,
    /// Decisions listed without their file, said on stderr.
    pub missing: Vec<String>,
}

/// A table of the index's figures: a row of a recap view, a figure a line, as `recap
/// --format json` gives it: with `--year Y` the year's row, else the total row (or the
/// one row of the waiting time).
struct FigureSource {
    key: &'static str,
    what: What,
    /// Which row: the year's (the view limited to the year), or the total of every year.
    pick: Pick,
    title: fn(i32) -> String,
    about: fn() -> String,
}

const FIGURES: [FigureSource; 5] = [
    FigureSource {
        key: "recap",
        what: What::Paper,
        pick: Pick::Year,
        title: |year| t!("publish-figures-paper-title", year = year),
        about: || t!("publish-figures-paper-about"),
    },
    FigureSource {
        key: "flow",
        what: What::Flow,
        pick: Pick::Year,
        title: |year| t!("publish-figures-flow-title", year = year),
        about: || t!("publish-figures-flow-about"),
    },
    FigureSource {
        key: "clearance",
        what: What::Clearance,
        pick: Pick::Year,
        title: |year| t!("publish-figures-clearance-title", year = year),
        about: || t!("publish-figures-clearance-about"),
    },
    FigureSource {
        key: "ages",
        what: What::Ages,
        pick: Pick::Total,
        title: |_| t!("publish-figures-ages-title"),
        about: || t!("publish-figures-ages-about"),
    },
    FigureSource {
        key: "waiting",
        what: What::Waiting,
        pick: Pick::Total,
        title: |_| t!("publish-figures-waiting-title"),
        about: || t!("publish-figures-waiting-about"),
    },
];

/// The open data's tables: a recap view of every year each (the case list is added
/// beside them).
/// A table's title or description, in the run's language.
type Words = fn() -> String;

const DATA: [(&str, What, Words, Words); 5] = [
    (
        "rekap",
        What::Paper,
        || t!("publish-data-paper-title"),
        || t!("publish-data-paper-about"),
    ),
    (
        "arus",
        What::Flow,
        || t!("publish-data-flow-title"),
        || t!("publish-data-flow-about"),
    ),
    (
        "hasil",
        What::By(By::Outcome),
        || t!("publish-data-outcomes-title"),
        || t!("publish-data-outcomes-about"),
    ),
    (
        "waktu",
        What::Times,
        || t!("publish-data-times-title"),
        || t!("publish-data-times-about"),
    ),
    (
        "upaya-hukum",
        What::Appeals,
        || t!("publish-data-appeals-title"),
        || t!("publish-data-appeals-about"),
    ),
];

/// How many acts the feed announces (the newest).
const FEED_ENTRIES: u32 = 100;

pub fn docket(src: &Sources, ctx: &Ctx, lang: Lang, year: i32, weeks: u16) -> Result<Built> {
    let reg: &Register = &src.regs[0].1;
    let today = ctx.today;
    let naming = reg
        .setting(PUBLISH_APPLICANT)?
        .and_then(|v| Naming::parse(&v))
        .unwrap_or_default();
    let zone = reg
        .setting("timezone")?
        .and_then(|z| Zone::parse(&z))
        .unwrap_or(Zone::Wib);
    let commission = reg
        .setting("commission-name")?
        .or(reg.setting("commission-code")?)
        .filter(|c| !c.trim().is_empty())
        .unwrap_or_else(|| t!("publish-commission-unnamed"));
    let head = reg
        .head_summary()?
        .head
        .map(|h| h.to_string())
        .unwrap_or_else(|| t!("publish-no-head"));
    let cal = reg.calendar()?;

    // Every case not void, in the register's order.
    let mut cases: Vec<CaseRecord> = Vec::new();
    reg.list(&CaseFilter::default(), |c, _| {
        if c.void.is_none() {
            cases.push(c);
        }
        Ok(ControlFlow::Continue(()))
    })?;
    let applicant = |c: &CaseRecord| match shown(naming, &c.applicant, &short_ref(c.year, c.serial))
    {
        Shown::Pseudonym(r) => t!("publish-pseudonym", reference = r),
        Shown::Text(s) => s,
    };

    let decisions_dir = reg
        .setting(PUBLISH_DECISIONS_DIR)?
        .filter(|d| !d.trim().is_empty())
        .map(PathBuf::from);
    let in_dir = decision_files(decisions_dir.as_deref())?;

    let mut links = Vec::new();
    let mut pages = Vec::new();
    let mut decisions = Vec::new();
    let mut copies = Vec::new();
    let mut missing = Vec::new();
    let mut events_of: HashMap<i64, (usize, Vec<EventRecord>)> = HashMap::new();
    for (i, c) in cases.iter().enumerate() {
        let reference = short_ref(c.year, c.serial);
        let stage = c.state.label(lang).to_string();
        links.push(CaseLink {
            reference: reference.clone(),
            register_no: c.register_no.clone(),
            received: date(c.facts.received_on, lang),
            body: c.body.clone(),
            stage: stage.clone(),
        });
        let hearings = reg.hearings(c)?;
        let appeals = reg.appeals(c)?;
        let file = reg.case_file(c)?;
        let after = AfterDecision::of(&c.facts, &appeals, &cal, today);
        let mut facts = vec![
            fact(t!("publish-fact-applicant"), applicant(c)),
            fact(
                t!("publish-fact-applicant-kind"),
                c.applicant_kind.label(lang).into(),
            ),
            fact(t!("publish-fact-body"), c.body.clone()),
            fact(t!("publish-fact-received"), date(c.facts.received_on, lang)),
            fact(t!("publish-fact-stage"), stage),
        ];
        let f = &c.facts;
        for (label, on) in [
            (t!("publish-fact-qualified"), f.qualified_on),
            (t!("publish-fact-not-qualified"), f.not_qualified_on),
            (t!("publish-fact-withdrawn"), f.withdrawn_on),
            (t!("publish-fact-closed"), f.closed_on),
        ] {
            if let Some(on) = on {
                facts.push(fact(label, date(on, lang)));
            }
        }
        let grounds: Vec<&str> = file.road.grounds.iter().map(|g| g.label(lang)).collect();
        if !grounds.is_empty() {
            facts.push(fact(t!("publish-fact-grounds"), grounds.join("; ")));
        }
        let mut decision = Vec::new();
        if let (Some(on), Some((via, outcome))) = (f.decided_on, f.decision) {
            decision.push(fact(t!("publish-fact-decided"), date(on, lang)));
            if let Some(no) = &f.decision_no {
                decision.push(fact(t!("publish-fact-decision-no"), no.clone()));
            }
            decision.push(fact(t!("publish-fact-route"), via.label(lang).into()));
            decision.push(fact(t!("publish-fact-outcome"), outcome.label(lang).into()));
            if let Some(served) = appeals.served_on {
                decision.push(fact(t!("publish-fact-served"), date(served, lang)));
            }
            if let Some(words) = finality_words_dated(&after.finality, |d| date(d, lang)) {
                decision.push(fact(t!("publish-fact-finality"), words));
            }
            let stem = decision_file_stem(&c.register_no);
            let file_name = in_dir.get(&stem).map(|(name, path)| {
                copies.push((name.clone(), path.clone()));
                name.clone()
            });
            if file_name.is_none() {
                missing.push(match &decisions_dir {
                    Some(dir) => t!(
                        "publish-decision-missing",
                        register_no = c.register_no.as_str(),
                        stem = stem.as_str(),
                        dir = dir.display().to_string()
                    ),
                    None => t!(
                        "publish-decision-no-dir",
                        register_no = c.register_no.as_str()
                    ),
                });
            }
            decisions.push(DecisionRow {
                number: f.decision_no.clone().unwrap_or_else(|| "-".into()),
                date: date(on, lang),
                reference: reference.clone(),
                register_no: c.register_no.clone(),
                body: c.body.clone(),
                grounds: if grounds.is_empty() {
                    "-".into()
                } else {
                    grounds.join("; ")
                },
                route: via.label(lang).into(),
                outcome: outcome.label(lang).into(),
                file: file_name,
            });
        }
        let appeal_rows = appeals
            .filed
            .iter()
            .map(|a| AppealRow {
                level: a.level.label(lang).into(),
                court: a.court.label(lang).into(),
                by: a.by.label(lang).into(),
                filed: date(a.filed_on, lang),
                court_no: a.court_no.clone().unwrap_or_else(|| "-".into()),
                outcome: a
                    .decided
                    .map(|d| format!("{} ({})", d.outcome.label(lang), date(d.on, lang)))
                    .unwrap_or_else(|| t!("publish-appeal-pending")),
            })
            .collect();
        let sittings = hearings
            .iter()
            .map(|h| sitting(c, h, &applicant(c), &reference, lang, zone))
            .collect();
        pages.push(CasePage {
            reference: reference.clone(),
            register_no: c.register_no.clone(),
            facts,
            hearings: sittings,
            decision,
            appeals: appeal_rows,
        });
        events_of.insert(c.id, (i, reg.events(c)?));
    }
    // A decision decided later is listed first: the newest is what a visitor looks for.
    decisions.reverse();

    // The hearings of the coming weeks (of published cases only).
    let to = Date::from_day_number(today.day_number() + 7 * i32::from(weeks) - 1).unwrap_or(today);
    let published: HashSet<i64> = cases.iter().map(|c| c.id).collect();
    let rows = reg
        .agenda_hearings(today, to)?
        .into_iter()
        .filter(|l| published.contains(&l.case.id))
        .map(|l| {
            let reference = short_ref(l.case.year, l.case.serial);
            sitting(
                &l.case,
                &l.hearing,
                &applicant(&l.case),
                &reference,
                lang,
                zone,
            )
        })
        .collect();
    let schedule = Schedule {
        about: t!(
            "publish-schedule-about",
            from = day_date(today, lang),
            to = day_date(to, lang),
            weeks = i64::from(weeks)
        ),
        rows,
    };

    // The feed: the newest decisions and changes of the schedule of published cases,
    // those undone left out.
    let identity = reg.identity()?;
    let tag = |rest: &str| match &identity {
        Some(id) => format!(
            "tag:sengketa,{}:register-{}{rest}",
            id.year,
            &id.first_hash[..16]
        ),
        None => format!("tag:sengketa,{}:register-new{rest}", today.year()),
    };
    let mut entries = Vec::new();
    for act in reg.published_acts(FEED_ENTRIES)? {
        let Some((i, events)) = events_of.get(&act.case_id) else {
            continue;
        };
        let Some(e) = events.iter().find(|e| e.seq == act.seq) else {
            continue;
        };
        if e.reverted_by.is_some() {
            continue;
        }
        let c = &cases[*i];
        let Some((title, summary)) = announced(c, e, lang) else {
            continue;
        };
        entries.push(Entry {
            id: tag(&format!(
                "/act/{}/case/{}/event/{}",
                act.act_id, c.id, e.seq
            )),
            title,
            updated: act.recorded_at.clone(),
            link: format!("perkara/{}.html", short_ref(c.year, c.serial)),
            summary,
        });
    }
    let feed = Feed {
        id: tag("/feed"),
        title: t!("publish-feed-title", commission = commission.as_str()),
        subtitle: t!("publish-feed-subtitle"),
        updated: entries
            .iter()
            .map(|e| e.updated.clone())
            .max()
            .unwrap_or_else(|| ctx.now().to_string()),
        entries,
    };

    // The figures of the year, and the open data.
    let mut figures = Vec::new();
    for f in &FIGURES {
        let years = (f.pick == Pick::Year).then_some((year, year));
        // One register: its view as `recap` prints it, total row included.
        let view = compute(src, f.what, today, years, today)?.view;
        figures.push(Figures {
            key: f.key,
            title: (f.title)(year),
            about: (f.about)(),
            rows: figure_row(&view, f.pick, year, lang),
        });
    }
    let mut tables = Vec::new();
    for (name, what, title, about) in DATA {
        let view = compute(src, what, today, None, today)?.total.as_of(today);
        tables.push(Table {
            name,
            title: title(),
            about: about(),
            view,
        });
    }
    tables.push(Table {
        name: "perkara",
        title: t!("publish-data-cases-title"),
        about: t!("publish-data-cases-about"),
        view: case_list(&cases, &pages, today),
    });
    let data_files = tables
        .iter()
        .flat_map(|t| [format!("{}.csv", t.name), format!("{}.json", t.name)])
        .chain(["README.md".to_string()])
        .collect();

    let code = reg.setting("commission-code")?.unwrap_or_default();
    let about = About {
        name: package_name(&code),
        title: t!("publish-data-title", commission = commission.as_str()),
        description: t!("publish-data-description", as_of = date(today, lang)),
        created: ctx.now().to_string(),
        head: head.clone(),
    };
    let site = Site {
        lang: match lang {
            Lang::Id => "id",
            Lang::En => "en",
        },
        commission,
        head: head.clone(),
        version: env!("CARGO_PKG_VERSION"),
        footer: vec![
            t!("publish-footer-as-of", as_of = date(today, lang)),
            t!("publish-footer-privacy"),
            t!("publish-footer-prove", head = head.as_str()),
        ],
        words: words(),
    };
    Ok(Built {
        docket: Docket {
            site,
            figures,
            cases: links,
            schedule,
            pages,
            decisions,
            feed,
            data_files,
        },
        tables,
        about,
        copies,
        missing,
    })
}
