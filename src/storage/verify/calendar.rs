//! `verify`'s check of the calendar: the days stored are the replay of their history. Both
//! are read as streams, in the order their primary keys keep them (the history by act, the
//! days by date), and a day's values are held as a digest while the history is replayed:
//! a calendar of a million days is checked in tens of megabytes, not the whole calendar
//! twice over as strings (635 MB).

use super::Problem;
use super::rows::or_report;
use crate::domain::calendar::{self, CalendarDay};
use crate::domain::{CalendarChange, Date};
use crate::error::Result;
use crate::storage::calendar::{DAY_COLUMNS, day_from_row};
use crate::storage::rows::word;
use crate::storage::{Register, db};
use rusqlite::{Connection, OptionalExtension};
use sha2::{Digest as _, Sha256};

/// A day's values as the replay holds them: a digest of them (which is what is compared),
/// and the act that gave them (to read them back for a day that differs).
#[derive(Debug, Clone, Copy)]
struct Held {
    digest: [u8; 16],
    act: i64,
}

impl PartialEq for Held {
    fn eq(&self, other: &Held) -> bool {
        self.digest == other.digest
    }
}

/// The digest of a day's values (its date is the key it is held under). Each value is
/// ended by a NUL, which no value holds, so that no two days' values run together alike.
fn digest(day: &CalendarDay) -> [u8; 16] {
    let mut h = Sha256::new();
    for v in [
        day.kind.as_str(),
        day.name_id.as_str(),
        day.name_en.as_str(),
        day.source.as_str(),
    ] {
        h.update(v.as_bytes());
        h.update([0]);
    }
    let full = h.finalize();
    let mut d = [0; 16];
    d.copy_from_slice(&full[..16]);
    d
}

/// The values an act gave a day (the day as its change of the history has it).
fn given(c: &Connection, act: i64, date: Date) -> Result<Option<CalendarDay>> {
    c.prepare_cached(&format!(
        "SELECT {DAY_COLUMNS} FROM calendar_changes WHERE act_id = ?1 AND date = ?2"
    ))
    .and_then(|mut st| {
        st.query_row(rusqlite::params![act, date.to_string()], |r| {
            day_from_row(r, 0)
        })
        .optional()
    })
    .map_err(db)
}

impl Register {
    /// The calendar against the replay of its history: each change that does not follow
    /// from the calendar before it, and each day that differs from where its history leads.
    pub(super) fn verify_calendar(&self, problem: &mut impl FnMut(Problem)) -> Result<()> {
        let c = &self.conn;
        let replayed = or_report(self.replay_calendar(), problem)?;
        let Some((mut replayed, faults)) = replayed else {
            return Ok(());
        };
        for f in faults {
            problem(Problem::CalendarHistory(f));
        }
        // The stored days, by date, against the replay; then the days only the replay has.
        let mut differs: Vec<(Date, Option<CalendarDay>, Option<Held>)> = Vec::new();
        let mut st = c
            .prepare(&format!("SELECT {DAY_COLUMNS} FROM calendar ORDER BY date"))
            .map_err(db)?;
        let mut rows = st.query([]).map_err(db)?;
        loop {
            let stored = match rows.next() {
                Ok(Some(r)) => day_from_row(r, 0),
                Ok(None) => break,
                Err(e) => Err(e),
            };
            let Some(stored) = or_report(stored.map_err(db), problem)? else {
                return Ok(());
            };
            match replayed.remove(&stored.date) {
                Some(held) if held.digest == digest(&stored) => {}
                held => differs.push((stored.date, Some(stored), held)),
            }
        }
        differs.extend(
            replayed
                .into_iter()
                .map(|(date, held)| (date, None, Some(held))),
        );
        differs.sort_by_key(|(date, _, _)| *date);
        for (date, stored, held) in differs {
            let replayed = match held {
                Some(h) => given(c, h.act, date)?,
                None => None,
            };
            problem(Problem::CalendarDiffers {
                date,
                stored,
                replayed,
            });
        }
        Ok(())
    }

    /// The calendar's history replayed in act order, read one change at a time.
    fn replay_calendar(
        &self,
    ) -> Result<(
        std::collections::BTreeMap<Date, Held>,
        Vec<calendar::ReplayFault>,
    )> {
        let mut st = self
            .conn
            .prepare(&format!(
                "SELECT act_id, change, {DAY_COLUMNS} FROM calendar_changes ORDER BY act_id, date"
            ))
            .map_err(db)?;
        let mut rows = st.query([]).map_err(db)?;
        let mut failed = None;
        let changes = std::iter::from_fn(|| {
            let read = |r: &rusqlite::Row| -> rusqlite::Result<_> {
                let act: i64 = r.get(0)?;
                let change = word(r, 1, CalendarChange::parse)?;
                let day = day_from_row(r, 2)?;
                let held = Held {
                    digest: digest(&day),
                    act,
                };
                Ok((act, day.date, change, held))
            };
            match rows.next().and_then(|r| r.map(read).transpose()) {
                Ok(change) => change,
                Err(e) => {
                    failed = Some(e);
                    None
                }
            }
        });
        let replayed = calendar::replay_as(changes);
        match failed {
            Some(e) => Err(db(e)),
            None => Ok(replayed),
        }
    }
}
