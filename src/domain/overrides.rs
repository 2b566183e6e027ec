//! The refusals a clerk may override with a reason the history keeps: a hearing on a day
//! the commission does not work, a hearing that clashes with another, an appeal filed at
//! a court other than the one the body's kind goes to, and a close while an appeal may
//! still come (a court's letter the register does not hold). The database's CHECK on the
//! `overrides` table is generated from [`Override::ALL`].

/// One overridable refusal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Override {
    NonWorkingDay,
    Clash,
    CourtDespiteKind,
    CloseDespiteAppeal,
}

impl Override {
    pub const ALL: &'static [Override] = &[
        Override::NonWorkingDay,
        Override::Clash,
        Override::CourtDespiteKind,
        Override::CloseDespiteAppeal,
    ];

    /// Its stored spelling: the flag that overrides it, without the dashes.
    pub const fn as_str(self) -> &'static str {
        match self {
            Override::NonWorkingDay => "on-non-working-day",
            Override::Clash => "despite-clash",
            Override::CourtDespiteKind => "court-despite-kind",
            Override::CloseDespiteAppeal => "force",
        }
    }

    pub fn parse(s: &str) -> Option<Override> {
        Override::ALL.iter().copied().find(|o| o.as_str() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_override_reads_back() {
        for o in Override::ALL {
            assert_eq!(Override::parse(o.as_str()), Some(*o));
        }
        assert_eq!(Override::parse("nope"), None);
    }
}
