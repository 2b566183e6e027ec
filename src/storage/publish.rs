//! What the public docket (`sengketa publish`) reads besides the cases: the acts its feed
//! announces (decisions and changes of the hearing schedule, newest first) and the
//! register's identity, which names those acts for good.

use super::{Register, db};
use crate::error::Result;
use rusqlite::{OptionalExtension, params};

/// An act the feed announces: a decision or a hearing's scheduling, postponement or
/// cancellation, as the event of a case it wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedAct {
    pub act_id: i64,
    /// When it was recorded (RFC 3339, UTC).
    pub recorded_at: String,
    pub case_id: i64,
    /// The event's number in its case's history.
    pub seq: i64,
}

/// What names a register for good: the hash of its first act (no other register has the
/// same) and the year it was recorded, for `tag:` URIs (RFC 4151).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub first_hash: String,
    pub year: String,
}

/// The event kinds the feed announces.
const ANNOUNCED: &str = "'decide', 'hearing_schedule', 'hearing_postpone', 'hearing_cancel'";

impl Register {
    /// The latest `limit` acts the feed announces, newest first (void cases' included:
    /// the caller leaves out what it does not publish).
    pub fn published_acts(&self, limit: u32) -> Result<Vec<PublishedAct>> {
        let mut st = self
            .conn
            .prepare(&format!(
                "SELECT e.act_id, a.recorded_at, e.case_id, e.seq
                 FROM events e JOIN acts a ON a.id = e.act_id
                 WHERE e.kind IN ({ANNOUNCED})
                 ORDER BY e.act_id DESC, e.case_id, e.seq LIMIT ?1"
            ))
            .map_err(db)?;
        let rows = st
            .query_map(params![limit], |r| {
                Ok(PublishedAct {
                    act_id: r.get(0)?,
                    recorded_at: r.get(1)?,
                    case_id: r.get(2)?,
                    seq: r.get(3)?,
                })
            })
            .map_err(db)?;
        rows.collect::<rusqlite::Result<_>>().map_err(db)
    }

    /// The register's identity: `None` for a register without a sealed act yet.
    pub fn identity(&self) -> Result<Option<Identity>> {
        self.conn
            .query_row(
                "SELECT h.hash, substr(a.recorded_at, 1, 4) FROM act_hashes h
                 JOIN acts a ON a.id = h.act_id ORDER BY h.act_id LIMIT 1",
                [],
                |r| {
                    Ok(Identity {
                        first_hash: r.get(0)?,
                        year: r.get(1)?,
                    })
                },
            )
            .optional()
            .map_err(db)
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{fresh, stamp};
    use crate::domain::case::NewCase;
    use crate::domain::lifecycle::Action;
    use crate::domain::register_no::CaseRef;
    use crate::domain::{ApplicantKind, Date, Outcome, Via};

    #[test]
    fn the_feed_announces_decisions_only_and_the_identity_stays() {
        let (_dir, mut reg) = fresh();
        let id = reg.identity().unwrap().expect("init's acts are sealed");
        assert_eq!((id.first_hash.len(), id.year.as_str()), (64, "2026"));
        let d = |s| Date::parse(s).unwrap();
        let new = NewCase {
            received_on: d("2026-03-02"),
            applicant: "Budi Santoso".into(),
            applicant_kind: ApplicantKind::Individual,
            body: "Dinas Pendidikan".into(),
            subject: "RKA".into(),
            register_no: None,
        };
        let case = reg.add_case(&new, &stamp()).unwrap();
        let r = CaseRef::parse("2026/1").unwrap();
        reg.apply(&r, &Action::Qualify, d("2026-03-09"), &stamp())
            .unwrap();
        assert!(reg.published_acts(10).unwrap().is_empty());
        let decide = Action::Decide {
            via: Via::Adjudication,
            outcome: Outcome::Granted,
            decision_no: None,
        };
        reg.apply(&r, &decide, d("2026-06-20"), &stamp()).unwrap();
        let acts = reg.published_acts(10).unwrap();
        assert_eq!(acts.len(), 1);
        assert_eq!((acts[0].case_id, acts[0].seq), (case.id, 3));
        assert_eq!(reg.identity().unwrap(), Some(id));
    }
}
