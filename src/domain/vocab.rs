//! The closed vocabularies of the register: each word's stored spelling, the command line's
//! spellings, and its labels. The database's CHECKs are generated from these lists.

#[cfg(test)]
mod tests;
mod word;

pub use word::{Word, fold, listed_word};

use super::{DomainError, Lang};
use word::vocabulary;

/// Names every vocabulary once: the [`Vocab`] enum (messages name a vocabulary by it), its
/// list, and each vocabulary's stored spellings and values by their Rust names (the
/// schema's template names a word as `{{EventKind::Undo}}`). A variant per vocabulary
/// type, spelled as the type.
macro_rules! vocabularies {
    ($($v:ident),+ $(,)?) => {
        /// Which vocabulary a word belongs to (messages name it).
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[allow(dead_code)] // a variant per vocabulary, read or not
        pub enum Vocab { $($v),+ }

        impl Vocab {
            /// Every vocabulary.
            pub const ALL: &'static [Vocab] = &[$(Vocab::$v),+];

            /// The vocabulary whose type is called `name`.
            pub fn named(name: &str) -> Option<Vocab> {
                match name {
                    $(stringify!($v) => Some(Vocab::$v),)+
                    _ => None,
                }
            }

            /// Every stored spelling of this vocabulary, in order.
            pub fn stored_names(self) -> Vec<&'static str> {
                match self { $(Vocab::$v => $v::stored_names()),+ }
            }

            /// Every value as a list of the accepted ones names it in `lang`
            /// ([`listed_word`]), in order.
            pub fn listed(self, lang: Lang) -> Vec<String> {
                match self { $(Vocab::$v => $v::ALL.iter().map(|w| listed_word(*w, lang)).collect()),+ }
            }

            /// The stored spelling of the value whose Rust name is `variant`.
            pub fn stored_of(self, variant: &str) -> Option<&'static str> {
                match self { $(Vocab::$v => $v::named(variant).map($v::as_str)),+ }
            }
        }
    };
}

vocabularies! {
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
    PaperKind,
    Ground,
    PersonRole,
    Seat,
    ServiceHow,
    ServiceResult,
    NotRegisteredReason,
}

vocabulary! {
    /// Where a case stands.
    State, State {
        Entered => "entered", "entered", "masuk", "terdaftar", "belum diperiksa syaratnya";
        Qualified => "qualified", "qualified", "memenuhi syarat";
        Withdrawn => "withdrawn", "withdrawn", "dicabut";
        Decided => "decided", "decided", "diputus", "putus";
        Done => "done", "done", "selesai (ditutup)", "selesai";
    }
}

vocabulary! {
    /// Who brings the dispute.
    ApplicantKind, ApplicantKind {
        Individual => "individual", "individual", "perseorangan", "perorangan";
        Group => "group", "group of people", "kelompok orang", "kelompok";
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
        Close => "close", "closed", "ditutup (selesai)";
        Undo => "undo", "undone", "langkah ditarik kembali";
        Edit => "edit", "corrected", "dikoreksi";
        HearingSchedule => "hearing_schedule", "hearing scheduled", "sidang dijadwalkan";
        HearingHeld => "hearing_held", "hearing held", "sidang dilaksanakan";
        HearingPostpone => "hearing_postpone", "hearing postponed", "sidang ditunda";
        HearingCancel => "hearing_cancel", "hearing cancelled", "sidang dibatalkan";
        Serve => "serve", "decision served", "putusan diterima para pihak";
        AppealFile => "appeal_file", "appeal filed", "upaya hukum diajukan";
        AppealDecide => "appeal_decide", "appeal decided", "upaya hukum diputus";
        Void => "void", "voided", "dicoret (tidak berlaku)";
        Incomplete => "incomplete", "notice of an incomplete filing", "pemberitahuan belum lengkap", "belum lengkap";
        Register => "register", "registered", "diregistrasi";
        NotRegister => "not_register", "not registered", "tidak diregistrasi";
        MediationStart => "mediation_start", "mediation started", "mediasi dimulai";
        MediationExtend => "mediation_extend", "mediation extended", "mediasi diperpanjang";
        MediationFail => "mediation_fail", "mediation failed", "mediasi gagal";
        MediationAgree => "mediation_agree", "mediation agreement", "kesepakatan mediasi";
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
        Undo => "undo", "undo", "penarikan kembali langkah";
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
        AppealFile => "appeal_file", "record an appeal filed", "catat pengajuan upaya hukum";
        AppealDecide => "appeal_decide", "record a court decision", "catat putusan pengadilan";
        Void => "void", "void an entry", "coret catatan";
        AppealsImport => "appeals_import", "import appeals", "impor upaya hukum";
        BodyRename => "body_rename", "rename a public body", "ganti nama badan publik";
        BodyAlias => "body_alias", "add a public body's alias", "tambah nama lain badan publik";
        BodySet => "body_set", "set a public body's kind", "atur jenis badan publik";
        BodyMerge => "body_merge", "merge public bodies", "gabungkan badan publik";
        HistoryHashed => "history_hashed", "hash the history kept so far", "hash riwayat yang ada";
        ChainRepaired => "chain_repaired", "seal acts that had no hash", "segel tindakan tanpa hash";
        PaperIssue => "paper_issue", "issue a paper", "terbitkan surat";
        TemplateSet => "template_set", "change a paper's template", "ubah templat surat";
        TemplateReset => "template_reset", "restore a paper's shipped template", "kembalikan templat surat bawaan";
        BodyContacts => "body_contacts", "set a public body's PPID and superior", "atur PPID dan atasan PPID badan publik";
        PersonAdd => "person_add", "add a person of the commission", "tambah orang komisi";
        PersonSet => "person_set", "correct a person of the commission", "ubah data orang komisi";
        PersonRetire => "person_retire", "retire a person of the commission", "nonaktifkan orang komisi";
        CaseAssign => "case_assign", "assign a case's panel", "tetapkan majelis perkara";
        CaseNote => "case_note", "note on a case", "catatan perkara";
        HearingServed => "hearing_served", "record the service of a summons", "catat penyampaian panggilan sidang";
        Checkpoint => "checkpoint", "sign a checkpoint of the chain", "tanda tangani titik periksa rantai";
        Incomplete => "incomplete", "notify an incomplete filing", "catat pemberitahuan belum lengkap";
        Register => "register", "register a filing", "catat registrasi";
        NotRegister => "not_register", "record a filing not registered", "catat tidak diregistrasi";
        MediationStart => "mediation_start", "start a mediation", "mulai mediasi";
        MediationExtend => "mediation_extend", "extend a mediation", "perpanjang mediasi";
        MediationFail => "mediation_fail", "record a mediation failed", "catat mediasi gagal";
        MediationAgree => "mediation_agree", "record a mediation agreement", "catat kesepakatan mediasi";
    }
}

vocabulary! {
    /// The clerk's papers (`sengketa doc KIND`), PERKI 1/2013.
    PaperKind, PaperKind {
        Registration => "registration", "registration deed", "akta registrasi", "akta-registrasi", "registrasi";
        Incomplete => "incomplete", "notice of an incomplete application", "pemberitahuan ketidaklengkapan", "pemberitahuan", "ketidaklengkapan";
        Summons => "summons", "summons to a hearing", "surat panggilan sidang", "panggilan";
        Service => "service", "record of service (relaas)", "relaas", "relaas panggilan";
        Minutes => "minutes", "hearing minutes", "berita acara sidang", "berita-acara", "berita acara";
        Withdrawal => "withdrawal", "deed of withdrawal", "akta pembatalan registrasi", "pembatalan", "pencabutan";
        Lapse => "lapse", "ruling of lapse", "penetapan gugur", "gugur";
        DecisionCopy => "decision_copy", "covering letter of the decision's copy", "surat pengantar salinan putusan", "salinan-putusan", "salinan putusan";
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
        Cassation => "cassation", "cassation", "kasasi", "permohonan kasasi";
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
        Upheld => "upheld", "upheld", "putusan KI dikuatkan", "dikuatkan", "menguatkan", "keberatan ditolak";
        Overturned => "overturned", "overturned", "putusan KI dibatalkan", "dibatalkan", "membatalkan", "keberatan dikabulkan";
        PartlyOverturned => "partly_overturned", "partly overturned", "putusan KI dibatalkan sebagian", "dibatalkan sebagian", "keberatan dikabulkan sebagian";
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

vocabulary! {
    /// The grounds of an objection (keberatan), Law 14/2008 Art. 35(1) (a)-(g).
    Ground, Ground {
        A => "a", "(a) refusal citing an exemption (Art. 17)", "(a) penolakan atas dasar pengecualian (Pasal 17)", "pengecualian";
        B => "b", "(b) periodic information (Art. 9) not provided", "(b) informasi berkala (Pasal 9) tidak disediakan", "informasi berkala";
        C => "c", "(c) a request not answered", "(c) permintaan informasi tidak ditanggapi", "tidak ditanggapi";
        D => "d", "(d) a request answered other than as asked", "(d) permintaan ditanggapi tidak sebagaimana yang diminta", "tidak sebagaimana diminta";
        E => "e", "(e) a request not fulfilled", "(e) permintaan informasi tidak dipenuhi", "tidak dipenuhi";
        F => "f", "(f) an unreasonable fee", "(f) pengenaan biaya yang tidak wajar", "biaya tidak wajar";
        G => "g", "(g) information delivered later than the law allows", "(g) penyampaian informasi melebihi waktu yang diatur", "melebihi waktu";
    }
}

vocabulary! {
    /// What a person of the commission does (on a panel, as its clerk).
    PersonRole, PersonRole {
        Commissioner => "commissioner", "commissioner", "komisioner";
        Mediator => "mediator", "mediator", "mediator";
        Clerk => "clerk", "substitute clerk", "panitera pengganti", "panitera";
    }
}

vocabulary! {
    /// A seat of a case's panel (majelis komisioner) and its officers.
    Seat, Seat {
        Chair => "chair", "presiding commissioner", "ketua majelis";
        Member => "member", "member of the panel", "anggota majelis";
        Mediator => "mediator", "mediator", "mediator";
        Clerk => "clerk", "substitute clerk", "panitera pengganti";
    }
}

vocabulary! {
    /// How a summons was served on a party.
    ServiceHow, ServiceHow {
        Hand => "hand", "by hand", "diserahkan langsung", "langsung";
        Post => "post", "by post", "pos";
        Email => "email", "by email", "surel", "surat elektronik";
        Courier => "courier", "by courier", "kurir", "jasa pengiriman";
    }
}

vocabulary! {
    /// What became of a summons served.
    ServiceResult, ServiceResult {
        Delivered => "delivered", "delivered", "diterima";
        Refused => "refused", "refused", "ditolak";
        Returned => "returned", "returned", "dikembalikan";
    }
}

vocabulary! {
    /// Why a filing is not registered (PERKI 1/2013 Art. 17).
    NotRegisteredReason, NotRegisteredReason {
        NotCompleted => "not_completed", "not completed in time", "tidak dilengkapi", "tidak lengkap";
        Other => "other", "other", "lainnya";
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
            EventKind::Incomplete => ActKind::Incomplete,
            EventKind::Register => ActKind::Register,
            EventKind::NotRegister => ActKind::NotRegister,
            EventKind::MediationStart => ActKind::MediationStart,
            EventKind::MediationExtend => ActKind::MediationExtend,
            EventKind::MediationFail => ActKind::MediationFail,
            EventKind::MediationAgree => ActKind::MediationAgree,
        }
    }
}
