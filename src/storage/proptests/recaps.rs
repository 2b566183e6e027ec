//! What the property test checks of the recap at the end of a run: a recap as of any
//! date equals a count of the case table as of that date, and `verify`'s recount of the
//! per-day and per-year counters agrees with the triggers.

use super::{date, plus_days, snapshot};
use crate::domain::register_no::CaseRef;
use crate::storage::Register;
use chrono::NaiveDate;
use proptest::prelude::*;

/// `verify` counts the per-day and the per-year counters in Rust, beside its replay of
/// the cases: it agrees with the triggers (the counts, and each year's latest date).
pub(super) fn verify_counts_days_alike(reg: &Register) -> Result<(), TestCaseError> {
    use crate::storage::verify::Problem;
    let mut counts = Vec::new();
    reg.verify(None, |p| {
        if matches!(
            p,
            Problem::DayCount { .. } | Problem::Count { .. } | Problem::StatsDate { .. }
        ) {
            counts.push(p)
        }
    })
    .expect("a verify");
    prop_assert!(counts.is_empty(), "{:?}", counts);
    Ok(())
}

/// A recap as of any date (the per-year counts for the years whose dates all lie on or
/// before it, the per-day counts summed for the others) is the count of every case as of
/// that date; and so is the sum of the per-day counts of every year: as of each day a
/// step happened (an undone one too), the day before it, and each year's last day.
pub(super) fn past_recaps_read_alike(
    reg: &Register,
    refs: &[CaseRef],
) -> Result<(), TestCaseError> {
    let mut days = std::collections::BTreeSet::new();
    for (c, events) in snapshot(reg, refs) {
        for on in std::iter::once(c.facts.received_on).chain(events.iter().map(|e| e.on)) {
            days.insert(on);
            days.insert(plus_days(on, -1));
            if let Some(end) = NaiveDate::from_ymd_opt(on.year(), 12, 31) {
                days.insert(date(end));
            }
        }
    }
    for as_of in days {
        let all = rusqlite::params![0, 9999, as_of];
        let read = reg.paper_recap(as_of, None).expect("a recap");
        let counted = reg
            .paper_rows(&crate::storage::recap::recap_scan(), all)
            .expect("a count of the cases");
        let by_day = reg
            .paper_rows(&crate::storage::schema::recap_from_days(), all)
            .expect("the per-day counts");
        prop_assert_eq!(&read, &counted, "as of {}", as_of);
        prop_assert_eq!(&by_day, &counted, "the per-day counts as of {}", as_of);
    }
    Ok(())
}
