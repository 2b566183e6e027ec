//! The closed vocabularies of the register: each word's stored spelling, the command line's
//! spellings, and its labels. The database's CHECKs are generated from these lists.

use super::{DomainError, Lang};

/// Defines a closed vocabulary: its stored spelling (snake_case: the one spelling of a value
/// everywhere the tool writes it — database, CSV, JSON, tables, help), its English and
/// Indonesian labels, and any other Indonesian words a clerk may type for it. A value is
/// read in its stored spelling, with hyphens or spaces for underscores, as its Indonesian
/// label, or as one of those words, in any case.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $what:ident { $($variant:ident => $stored:literal, $en:literal, $id:literal $(, $alias:literal)*;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        // Every vocabulary has every method, whether a command uses it yet or not.
        #[allow(dead_code)]
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stored spelling (database and CSV).
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $stored),+ }
            }

            /// The command line's spelling: the stored one.
            pub fn cli_name(self) -> String {
                self.as_str().to_string()
            }

            pub fn label(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $(($name::$variant, Lang::En) => $en, ($name::$variant, Lang::Id) => $id),+
                }
            }

            /// The other words read as this value (its Indonesian label and aliases),
            /// folded as [`fold`] folds input.
            pub fn indonesian(self) -> Vec<String> {
                let words: &[&str] = match self { $($name::$variant => &[$id $(, $alias)*]),+ };
                words.iter().map(|w| fold(w)).collect()
            }

            /// Reads any accepted spelling, in English or Indonesian, any case.
            pub fn parse(s: &str) -> Result<$name, DomainError> {
                // The stored spelling as stored: no copy to fold (every word read back).
                if let Some(v) = $name::ALL.iter().find(|v| v.as_str() == s) {
                    return Ok(*v);
                }
                let wanted = fold(s);
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == wanted)
                    .or_else(|| $name::ALL.iter().copied().find(|v| v.indonesian().contains(&wanted)))
                    .ok_or_else(|| DomainError::BadValue {
                        what: Vocab::$what,
                        value: s.to_string(),
                        allowed: $name::ALL.iter().map(|v| v.cli_name()).collect(),
                    })
            }

            /// Every stored spelling, in order.
            pub fn stored_names() -> Vec<&'static str> {
                $name::ALL.iter().map(|v| v.as_str()).collect()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl clap::ValueEnum for $name {
            fn value_variants<'a>() -> &'a [Self] {
                $name::ALL
            }
            fn from_str(input: &str, _ignore_case: bool) -> Result<Self, String> {
                $name::parse(input).map_err(|e| e.to_string())
            }
            fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
                let lang = crate::i18n::lang();
                let mut pv = clap::builder::PossibleValue::new(self.as_str()).help(self.label(lang));
                if self.as_str().contains('_') {
                    pv = pv.alias(self.as_str().replace('_', "-"));
                }
                for w in self.indonesian() {
                    pv = pv.alias(w.replace('_', "-")).alias(w);
                }
                Some(pv)
            }
        }
    };
}

/// Input folded for comparison with a stored spelling: trimmed, lower case, hyphens and
/// runs of spaces as one underscore.
pub fn fold(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join("_")
        .to_lowercase()
        .replace('-', "_")
}

/// Which vocabulary a word belongs to (messages name it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(dead_code)] // a variant per vocabulary, read or not
pub enum Vocab {
    State,
    ApplicantKind,
    Reason,
    Via,
    Outcome,
    EventKind,
    ActKind,
    DayKind,
    HearingKind,
    Attendance,
    HearingStatus,
    CalendarChange,
    Pinned,
}

vocabulary! {
    /// Where a case stands.
    State, State {
        Entered => "entered", "entered", "masuk", "terdaftar";
        Qualified => "qualified", "qualified", "memenuhi syarat";
        Withdrawn => "withdrawn", "withdrawn", "dicabut";
        Decided => "decided", "decided", "diputus", "putus";
        Done => "done", "done", "selesai";
    }
}

vocabulary! {
    /// Who brings the dispute.
    ApplicantKind, ApplicantKind {
        Individual => "individual", "individual", "perorangan";
        Group => "group", "group of people", "kelompok orang";
        LegalEntity => "legal_entity", "legal entity", "badan hukum";
    }
}

vocabulary! {
    /// Why an application does not qualify.
    Reason, Reason {
        Incomplete => "incomplete", "incomplete application", "permohonan tidak lengkap", "tidak lengkap";
        Late => "late", "filed too late", "melewati tenggat", "lewat waktu", "terlambat";
        NoStanding => "no_standing", "no legal standing", "tidak memiliki kedudukan hukum", "tanpa kedudukan hukum", "tidak berkedudukan hukum";
        NoAuthority => "no_authority", "outside the commission's authority", "bukan kewenangan komisi", "bukan kewenangan";
        NoObjection => "no_objection", "no prior objection", "tanpa keberatan", "tidak ada keberatan";
        Other => "other", "other", "lainnya";
    }
}

vocabulary! {
    /// The route by which a decision was reached.
    Via, Via {
        Interim => "interim", "interim ruling", "putusan sela", "sela";
        Mediation => "mediation", "mediation", "mediasi";
        Adjudication => "adjudication", "adjudication", "ajudikasi";
    }
}

vocabulary! {
    /// The normalised outcome of a decision.
    Outcome, Outcome {
        Dismissed => "dismissed", "dismissed", "tidak dapat diterima", "tidak diterima";
        Lapsed => "lapsed", "lapsed", "gugur";
        Agreement => "agreement", "mediation agreement", "putusan mediasi";
        Granted => "granted", "granted", "dikabulkan seluruhnya", "dikabulkan";
        PartlyGranted => "partly_granted", "partly granted", "dikabulkan sebagian";
        Rejected => "rejected", "rejected", "ditolak seluruhnya", "ditolak";
    }
}

vocabulary! {
    /// What an event of a case's history records.
    EventKind, EventKind {
        Add => "add", "entered", "didaftarkan";
        Qualify => "qualify", "qualified", "memenuhi syarat";
        Reject => "reject", "rejected", "tidak memenuhi syarat";
        Withdraw => "withdraw", "withdrawn", "dicabut";
        Decide => "decide", "decided", "diputus";
        Close => "close", "closed", "selesai";
        Undo => "undo", "undone", "dibatalkan";
        Edit => "edit", "corrected", "dikoreksi";
        HearingSchedule => "hearing_schedule", "hearing scheduled", "sidang dijadwalkan";
        HearingHeld => "hearing_held", "hearing held", "sidang dilaksanakan";
        HearingPostpone => "hearing_postpone", "hearing postponed", "sidang ditunda";
        HearingCancel => "hearing_cancel", "hearing cancelled", "sidang dibatalkan";
    }
}

vocabulary! {
    /// The command an act of the history was recorded by.
    ActKind, ActKind {
        Add => "add", "add a case", "tambah perkara";
        Qualify => "qualify", "qualify", "memenuhi syarat";
        Reject => "reject", "reject", "tidak memenuhi syarat";
        Withdraw => "withdraw", "withdraw", "pencabutan";
        Decide => "decide", "decide", "putusan";
        Close => "close", "close", "penutupan";
        Undo => "undo", "undo", "pembatalan langkah";
        Edit => "edit", "correct", "koreksi";
        Import => "import", "import", "impor";
        HearingSchedule => "hearing_schedule", "schedule a hearing", "jadwalkan sidang";
        HearingHeld => "hearing_held", "record a hearing held", "catat sidang";
        HearingPostpone => "hearing_postpone", "postpone a hearing", "tunda sidang";
        HearingCancel => "hearing_cancel", "cancel a hearing", "batalkan sidang";
        HearingsImport => "hearings_import", "import hearings", "impor sidang";
        Config => "config", "change a setting", "ubah pengaturan";
        CalendarSeed => "calendar_seed", "seed the calendar", "isi awal kalender";
        CalendarAdd => "calendar_add", "add a day to the calendar", "tambah hari ke kalender";
        CalendarRemove => "calendar_remove", "remove a day from the calendar", "hapus hari dari kalender";
        CalendarImport => "calendar_import", "import calendar days", "impor hari kalender";
        HistoryHashed => "history_hashed", "hash the history kept so far", "hash riwayat yang ada";
    }
}

vocabulary! {
    /// Which clock the environment pinned when an act was recorded (`SENGKETA_TODAY`,
    /// `SENGKETA_NOW`: for tests and demos): its dates or time are what the environment
    /// said, not the computer's clock.
    Pinned, Pinned {
        Today => "today", "SENGKETA_TODAY", "SENGKETA_TODAY";
        Now => "now", "SENGKETA_NOW", "SENGKETA_NOW";
        Both => "today_now", "SENGKETA_TODAY and SENGKETA_NOW", "SENGKETA_TODAY dan SENGKETA_NOW";
    }
}

impl Pinned {
    /// The mark of an act recorded with `today` and `now` pinned or not.
    pub fn of(today: bool, now: bool) -> Option<Pinned> {
        match (today, now) {
            (true, true) => Some(Pinned::Both),
            (true, false) => Some(Pinned::Today),
            (false, true) => Some(Pinned::Now),
            (false, false) => None,
        }
    }
}

vocabulary! {
    /// Why a weekday is not a working day.
    DayKind, DayKind {
        PublicHoliday => "public_holiday", "public holiday", "hari libur nasional";
        CollectiveLeave => "collective_leave", "collective leave", "cuti bersama";
        OfficeClosure => "office_closure", "office closure", "kantor tutup";
    }
}

vocabulary! {
    /// What a hearing (sidang) is for.
    HearingKind, HearingKind {
        Preliminary => "preliminary", "preliminary examination", "pemeriksaan awal";
        Mediation => "mediation", "mediation", "mediasi";
        Adjudication => "adjudication", "adjudication", "ajudikasi";
        Evidence => "evidence", "evidence and witnesses", "pembuktian";
        Verdict => "verdict", "reading of the decision", "pembacaan putusan";
    }
}

vocabulary! {
    /// How a party attended a hearing.
    Attendance, Attendance {
        Present => "present", "present", "hadir";
        Absent => "absent", "absent", "tidak hadir";
        Represented => "represented", "represented", "diwakili kuasa";
    }
}

vocabulary! {
    /// Where a hearing stands.
    HearingStatus, HearingStatus {
        Scheduled => "scheduled", "scheduled", "dijadwalkan";
        Held => "held", "held", "dilaksanakan";
        Cancelled => "cancelled", "cancelled", "dibatalkan";
    }
}

vocabulary! {
    /// What a change of the calendar's history does to a day.
    CalendarChange, CalendarChange {
        Add => "add", "added", "ditambahkan";
        Update => "update", "changed", "diubah";
        Remove => "remove", "removed", "dihapus";
    }
}

impl EventKind {
    /// The act a clerk's event of this kind is recorded by.
    pub const fn act(self) -> ActKind {
        match self {
            EventKind::Add => ActKind::Add,
            EventKind::Qualify => ActKind::Qualify,
            EventKind::Reject => ActKind::Reject,
            EventKind::Withdraw => ActKind::Withdraw,
            EventKind::Decide => ActKind::Decide,
            EventKind::Close => ActKind::Close,
            EventKind::Undo => ActKind::Undo,
            EventKind::Edit => ActKind::Edit,
            EventKind::HearingSchedule => ActKind::HearingSchedule,
            EventKind::HearingHeld => ActKind::HearingHeld,
            EventKind::HearingPostpone => ActKind::HearingPostpone,
            EventKind::HearingCancel => ActKind::HearingCancel,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabulary_reads_both_spellings() {
        assert_eq!(
            Outcome::parse("partly-granted").unwrap(),
            Outcome::PartlyGranted
        );
        assert_eq!(
            Outcome::parse("partly_granted").unwrap(),
            Outcome::PartlyGranted
        );
        assert_eq!(
            ApplicantKind::parse("Legal-Entity").unwrap(),
            ApplicantKind::LegalEntity
        );
        let err = Reason::parse("lazy").unwrap_err();
        assert!(matches!(
            err,
            DomainError::BadValue {
                what: Vocab::Reason,
                ..
            }
        ));
    }

    #[test]
    fn every_event_kind_has_its_act() {
        for k in EventKind::ALL {
            assert_eq!(k.act().as_str(), k.as_str());
        }
    }
}
