//! What the agenda reads besides the case listings: the hearings of a span of days (with
//! how often each has changed, for calendar files), and the cases whose applicant may
//! have lapsed.

use super::hearings::hearing_columns;
use super::rows::{CASE_COLUMNS, case_from_row};
use super::{Register, db};
use crate::domain::agenda::Listed;
use crate::domain::case::CaseRecord;
use crate::domain::hearing::Hearing;
use crate::domain::{Attendance, Date, HearingStatus};
use crate::error::Result;
use rusqlite::params;

impl Register {
    /// The hearings dated from `from` to `to`, or first scheduled then (a hearing
    /// postponed out of the span still shows, so that a calendar moves its event), by
    /// date, time and register order.
    pub fn agenda_hearings(&self, from: Date, to: Date) -> Result<Vec<Listed>> {
        let n = CASE_COLUMNS.split(',').count();
        let sql = format!(
            "SELECT {CASE_COLUMNS}, {hearing},
                (SELECT count(*) FROM hearing_steps s WHERE s.case_id = h.case_id
                    AND s.hearing_no = h.no)
                + (SELECT count(*) FROM events u JOIN hearing_steps s
                    ON s.case_id = u.case_id AND s.seq = u.reverts
                    WHERE u.case_id = h.case_id AND s.hearing_no = h.no) - 1,
                CASE WHEN h.status <> ?3 THEN (SELECT count(*) FROM hearings o
                    WHERE o.case_id = h.case_id AND o.status <> ?3 AND o.no <= h.no) END
             FROM hearings h JOIN cases c ON c.id = h.case_id JOIN bodies b ON b.id = c.body_id
             WHERE (h.case_id, h.no) IN (
                 SELECT case_id, no FROM hearings WHERE on_date BETWEEN ?1 AND ?2
                 UNION SELECT case_id, no FROM hearings WHERE first_on BETWEEN ?1 AND ?2)
               AND {cohort}
             ORDER BY h.on_date, h.at IS NOT NULL, h.at, c.year, c.serial, h.no",
            hearing = hearing_columns("h."),
            cohort = super::sql::cohort("c."),
        );
        let mut st = self.conn.prepare(&sql).map_err(db)?;
        let rows = st
            .query_map(params![from, to, HearingStatus::Cancelled.as_str()], |r| {
                Ok(Listed {
                    case: case_from_row(r)?,
                    hearing: super::hearings::hearing_from_row(r, n)?,
                    changes: r.get(n + 12)?,
                    nth: r.get(n + 13)?,
                    clash: None,
                })
            })
            .map_err(db)?;
        let mut listed: Vec<Listed> = rows.collect::<rusqlite::Result<_>>().map_err(db)?;
        self.mark_clashes(&mut listed)?;
        Ok(listed)
    }

    /// Marks each hearing that stands with the case of another listed hearing it clashes
    /// with (the same day, times that overlap, the same room or a person of both panels).
    fn mark_clashes(&self, listed: &mut [Listed]) -> Result<()> {
        use crate::domain::hearing::{Slot, clash, stands};
        let minutes = super::hearings::hearing_minutes(&self.conn)?;
        let mut slots = Vec::with_capacity(listed.len());
        for l in listed.iter() {
            slots.push(Slot {
                case: l.case.register_no.clone(),
                nth: l.nth.unwrap_or(0),
                on: l.hearing.on,
                at: l.hearing.at.clone(),
                room: l.hearing.room.clone(),
                people: super::hearings::panel_people(&self.conn, l.case.id)?,
            });
        }
        for (i, l) in listed.iter_mut().enumerate() {
            if !stands(&l.hearing) {
                continue;
            }
            let others: Vec<Slot> = slots
                .iter()
                .enumerate()
                .filter(|(j, s)| *j != i && s.nth > 0 && s.on == slots[i].on)
                .map(|(_, s)| s.clone())
                .collect();
            l.clash = clash(&slots[i], &others, minutes).map(|(o, _)| o.case.clone());
        }
        Ok(())
    }

    /// The cases with at least two hearings held at which the applicant was absent, with
    /// their hearings (the lapse rule itself is the domain's: this only narrows the
    /// cases to ask it of).
    pub fn absent_twice(&self) -> Result<Vec<(CaseRecord, Vec<Hearing>)>> {
        let mut st = self
            .conn
            .prepare(&format!(
                "SELECT {CASE_COLUMNS} FROM cases c JOIN bodies b ON b.id = c.body_id
                 WHERE c.id IN (SELECT case_id FROM hearings WHERE status = ?1
                                AND applicant = ?2 GROUP BY case_id HAVING count(*) >= 2)
                   AND {}
                 ORDER BY c.year, c.serial",
                super::sql::cohort("c.")
            ))
            .map_err(db)?;
        let cases = st
            .query_map(
                params![HearingStatus::Held.as_str(), Attendance::Absent.as_str()],
                case_from_row,
            )
            .map_err(db)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(db)?;
        cases
            .into_iter()
            .map(|c| {
                let h = self.hearings(&c)?;
                Ok((c, h))
            })
            .collect()
    }
}
