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

        impl Word for $name {
            fn parse_word(s: &str) -> Result<Self, DomainError> {
                $name::parse(s)
            }
            fn words() -> &'static [Self] {
                $name::ALL
            }
            fn stored(self) -> &'static str {
                self.as_str()
            }
            fn possible_value(self) -> clap::builder::PossibleValue {
                let lang = crate::i18n::lang();
                let mut pv = clap::builder::PossibleValue::new(self.as_str()).help(self.label(lang));
                if self.as_str().contains('_') {
                    pv = pv.alias(self.as_str().replace('_', "-"));
                }
                for w in self.indonesian() {
                    pv = pv.alias(w.replace('_', "-")).alias(w);
                }
                pv
            }
        }

        // The command line reads a value as `parse` does: any accepted spelling, in either
        // language, any case, with spaces, hyphens or underscores.
        impl clap::builder::ValueParserFactory for $name {
            type Parser = WordParser<$name>;
            fn value_parser() -> Self::Parser {
                WordParser(std::marker::PhantomData)
            }
        }
    };
}

/// A vocabulary's value read from any of its spellings.
pub trait Word: Sized + Copy + 'static {
    fn parse_word(s: &str) -> Result<Self, DomainError>;
    /// Every value, in order.
    fn words() -> &'static [Self];
    /// The one spelling.
    fn stored(self) -> &'static str;
    /// The value for clap's help and completions: its spelling, label and other words.
    fn possible_value(self) -> clap::builder::PossibleValue;
}

/// clap's parser of a vocabulary's values: [`Word::parse_word`], so that the command line
/// accepts what an import accepts (not clap's `ValueEnum`, which matches spellings exactly).
/// Its possible values serve the help and the completions; its error is clap's own
/// "invalid value" (worded in the run's language with the other usage errors).
#[derive(Clone)]
pub struct WordParser<T>(std::marker::PhantomData<T>);

impl<T> clap::builder::TypedValueParser for WordParser<T>
where
    T: Word + Clone + Send + Sync,
{
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<T, clap::Error> {
        use clap::error::{ContextKind, ContextValue, ErrorKind};
        if let Some(Ok(v)) = value.to_str().map(T::parse_word) {
            return Ok(v);
        }
        let mut err = clap::Error::new(ErrorKind::InvalidValue).with_cmd(cmd);
        let arg = arg.map_or_else(|| "...".to_string(), |a| a.to_string());
        err.insert(ContextKind::InvalidArg, ContextValue::String(arg));
        let value = value.to_string_lossy().into_owned();
        err.insert(ContextKind::InvalidValue, ContextValue::String(value));
        let valid = T::words().iter().map(|v| v.stored().to_string()).collect();
        err.insert(ContextKind::ValidValue, ContextValue::Strings(valid));
        Err(err)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(T::words().iter().map(|v| v.possible_value())))
    }
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
    Level,
    Court,
    Party,
    CourtOutcome,
    VoidReason,
    BodyKind,
    BodyChange,
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
        Serve => "serve", "decision served", "putusan diterima para pihak";
        AppealFile => "appeal_file", "appeal filed", "keberatan diajukan";
        AppealDecide => "appeal_decide", "appeal decided", "keberatan diputus";
        Void => "void", "voided", "batal";
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
        Serve => "serve", "record the service of a decision", "catat penyampaian putusan";
        AppealFile => "appeal_file", "record an appeal filed", "catat pengajuan keberatan";
        AppealDecide => "appeal_decide", "record a court decision", "catat putusan pengadilan";
        Void => "void", "void an entry", "batalkan catatan";
        AppealsImport => "appeals_import", "import appeals", "impor keberatan";
        BodyRename => "body_rename", "rename a public body", "ganti nama badan publik";
        BodyAlias => "body_alias", "add a public body's alias", "tambah nama lain badan publik";
        BodySet => "body_set", "set a public body's kind", "atur jenis badan publik";
        BodyMerge => "body_merge", "merge public bodies", "gabungkan badan publik";
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
        Represented => "represented", "represented", "diwakili kuasa", "diwakili";
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

vocabulary! {
    /// The level of the courts a commission's decision is contested at (Law 14/2008 Art.
    /// 47-50): first the administrative or the district court, then cassation.
    Level, Level {
        FirstInstance => "first_instance", "first instance", "tingkat pertama", "keberatan";
        Cassation => "cassation", "cassation", "kasasi";
    }
}

vocabulary! {
    /// The court that hears a contested decision.
    Court, Court {
        Ptun => "ptun", "administrative court (PTUN)", "PTUN", "pengadilan tata usaha negara";
        Pn => "pn", "district court (PN)", "PN", "pengadilan negeri";
        Ma => "ma", "Supreme Court (MA)", "MA", "mahkamah agung";
    }
}

vocabulary! {
    /// A party to the dispute.
    Party, Party {
        Applicant => "applicant", "applicant", "pemohon";
        Respondent => "respondent", "respondent (public body)", "termohon", "badan publik";
    }
}

vocabulary! {
    /// What a court ruled on the decision contested before it (at cassation: on the
    /// first-instance court's decision).
    CourtOutcome, CourtOutcome {
        Upheld => "upheld", "upheld", "dikuatkan", "menguatkan", "keberatan ditolak";
        Overturned => "overturned", "overturned", "dibatalkan", "membatalkan", "keberatan dikabulkan";
        PartlyOverturned => "partly_overturned", "partly overturned", "dibatalkan sebagian", "keberatan dikabulkan sebagian";
        Inadmissible => "inadmissible", "inadmissible", "tidak dapat diterima", "niet ontvankelijk", "no";
        Withdrawn => "withdrawn", "withdrawn", "dicabut";
    }
}

vocabulary! {
    /// Why an entry of the register is void (it was never a dispute).
    VoidReason, VoidReason {
        Duplicate => "duplicate", "duplicate entry", "ganda", "duplikat", "tercatat ganda";
        Mistake => "mistake", "entered by mistake", "salah catat", "keliru";
        Other => "other", "other", "lainnya";
    }
}

vocabulary! {
    /// The kind of a public body, after the categories of Law 14/2008 Art. 1(3) (and
    /// Art. 14-16) as the commissions' reports group respondents.
    BodyKind, BodyKind {
        MinistryAgency => "ministry_agency", "ministry or agency (central government)", "kementerian/lembaga", "kementerian lembaga", "kementerian", "lembaga";
        ProvincialGovernment => "provincial_government", "provincial government", "pemerintah provinsi", "pemprov";
        RegencyCityGovernment => "regency_city_government", "regency or city government", "pemerintah kabupaten/kota", "pemerintah kabupaten kota", "pemkab", "pemkot";
        Village => "village", "village", "desa", "pemerintah desa";
        StateEnterprise => "state_enterprise", "state- or region-owned enterprise (BUMN/BUMD)", "BUMN/BUMD", "bumn bumd", "bumn", "bumd";
        Legislature => "legislature", "legislature", "legislatif", "lembaga legislatif";
        Judiciary => "judiciary", "judiciary", "yudikatif", "lembaga yudikatif";
        PoliticalParty => "political_party", "political party", "partai politik", "parpol";
        Ngo => "ngo", "non-governmental organisation", "organisasi nonpemerintah", "lsm", "ormas";
        Education => "education", "state university or school", "pendidikan", "perguruan tinggi negeri", "sekolah negeri";
        Other => "other", "other", "lainnya";
    }
}

vocabulary! {
    /// What a change of the bodies' history does.
    BodyChange, BodyChange {
        Add => "add", "added", "ditambahkan";
        Rename => "rename", "renamed", "diganti nama";
        Alias => "alias", "alias added", "nama lain ditambahkan";
        Kind => "kind", "kind set", "jenis diatur";
        Merge => "merge", "merged", "digabungkan";
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
            EventKind::Serve => ActKind::Serve,
            EventKind::AppealFile => ActKind::AppealFile,
            EventKind::AppealDecide => ActKind::AppealDecide,
            EventKind::Void => ActKind::Void,
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
