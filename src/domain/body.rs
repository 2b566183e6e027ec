//! Public bodies (badan publik): the history of their names, aliases, kinds and merges
//! replayed into the bodies as they stand, and the kind a name suggests. Pure: storage
//! reads the history and the tables, `verify` compares them here.

use super::{ActKind, BodyChange, BodyKind, body_key};
use std::collections::{BTreeMap, HashMap};

/// A body as `body list` and `body show` give it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyInfo {
    pub id: i64,
    pub name: String,
    pub kind: BodyKind,
    /// Its cases (void entries left out).
    pub cases: i64,
    pub aliases: Vec<String>,
    /// The names of the bodies merged into it.
    pub merged: Vec<String>,
}

/// A change of a body's history as `body show` lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyEvent {
    pub recorded_at: String,
    pub actor: String,
    pub command: ActKind,
    pub change: BodyChange,
    /// The body the change is about (a merge into this one: the merged body).
    pub body: String,
    pub name: Option<String>,
    pub kind: Option<BodyKind>,
    /// For a merge: the body merged into.
    pub into: Option<String>,
    pub note: Option<String>,
}

/// A body as its history leaves it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyState {
    pub name: String,
    pub kind: BodyKind,
    /// The body it was merged into (its cases and aliases are that body's now).
    pub merged_into: Option<i64>,
}

/// One change of the bodies' history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub id: i64,
    pub act_id: i64,
    pub body: i64,
    pub change: BodyChange,
    pub name: Option<String>,
    pub kind: Option<BodyKind>,
    pub into: Option<i64>,
}

/// The bodies and their aliases (by key: the alias as written, and its body).
#[derive(Debug, Clone, Default)]
pub struct Bodies {
    pub bodies: BTreeMap<i64, BodyState>,
    pub aliases: BTreeMap<String, (String, i64)>,
    /// The body each name's key is taken by, kept by [`Bodies::apply`] beside `bodies`
    /// (merged bodies too): folding every body's name for each change made a replay of
    /// B bodies cost B² foldings (a Unicode normalisation each; at 463 bodies a quarter
    /// of a `verify` of 20,000 cases).
    keys: HashMap<String, i64>,
}

/// Two sets of bodies are equal by their bodies and aliases (the keys derive from them).
impl PartialEq for Bodies {
    fn eq(&self, other: &Self) -> bool {
        self.bodies == other.bodies && self.aliases == other.aliases
    }
}

impl Eq for Bodies {}

impl Bodies {
    #[cfg(test)]
    /// The body a name folds to, as a name or an alias (a merged body: the one it was
    /// merged into).
    pub fn resolve(&self, name: &str) -> Option<i64> {
        let key = body_key(name);
        self.bodies
            .iter()
            .find(|(_, b)| body_key(&b.name) == key)
            .map(|(id, b)| b.merged_into.unwrap_or(*id))
            .or_else(|| self.aliases.get(&key).map(|(_, id)| *id))
    }

    /// Whether a name (up to case and spaces) is taken by a body's name or an alias,
    /// other than `but`'s own name.
    fn taken(&self, key: &str, but: Option<i64>) -> bool {
        self.aliases.contains_key(key) || self.keys.get(key).is_some_and(|id| Some(*id) != but)
    }

    /// Applies one change; `false` (and nothing changed) when it does not follow from the
    /// bodies as they stand.
    pub fn apply(&mut self, c: &Change) -> bool {
        let live = |s: &Self, id: i64| s.bodies.get(&id).is_some_and(|b| b.merged_into.is_none());
        match c.change {
            BodyChange::Add => {
                let (Some(name), Some(kind)) = (&c.name, c.kind) else {
                    return false;
                };
                let key = body_key(name);
                if self.bodies.contains_key(&c.body) || self.taken(&key, None) {
                    return false;
                }
                self.keys.insert(key, c.body);
                self.bodies.insert(
                    c.body,
                    BodyState {
                        name: name.clone(),
                        kind,
                        merged_into: None,
                    },
                );
            }
            BodyChange::Rename => {
                let Some(name) = &c.name else { return false };
                let key = body_key(name);
                if !live(self, c.body) || self.taken(&key, Some(c.body)) {
                    return false;
                }
                let body = self.bodies.get_mut(&c.body).expect("live");
                self.keys.remove(&body_key(&body.name));
                self.keys.insert(key, c.body);
                body.name = name.clone();
            }
            BodyChange::Alias => {
                let Some(alias) = &c.name else { return false };
                let key = body_key(alias);
                if !live(self, c.body) || self.taken(&key, None) {
                    return false;
                }
                self.aliases.insert(key, (alias.clone(), c.body));
            }
            BodyChange::Kind => {
                let Some(kind) = c.kind else { return false };
                if !live(self, c.body) {
                    return false;
                }
                self.bodies.get_mut(&c.body).expect("live").kind = kind;
            }
            BodyChange::Merge => {
                let Some(into) = c.into else { return false };
                if into == c.body || !live(self, c.body) || !live(self, into) {
                    return false;
                }
                for (id, b) in self.bodies.iter_mut() {
                    if *id == c.body || b.merged_into == Some(c.body) {
                        b.merged_into = Some(into);
                    }
                }
                for (_, body) in self.aliases.values_mut() {
                    if *body == c.body {
                        *body = into;
                    }
                }
            }
        }
        true
    }
}

/// Replays the bodies' history in order: the bodies it leads to, and the ids of the
/// changes that do not follow from the bodies before them (left out).
pub fn replay(changes: impl IntoIterator<Item = Change>) -> (Bodies, Vec<Change>) {
    let mut bodies = Bodies::default();
    let mut faults = Vec::new();
    for c in changes {
        if !bodies.apply(&c) {
            faults.push(c);
        }
    }
    (bodies, faults)
}

/// The kind a body's name suggests, from the words commissions' registers use ("Dinas
/// ... Kabupaten Muaro Jambi", "PT ... (Persero)", "Desa ...", "Universitas ..."); `None`
/// when nothing in it says. A suggestion only: the clerk confirms it.
pub fn suggest_kind(name: &str) -> Option<BodyKind> {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect();
    let has = |w: &str| words.iter().any(|x| x == w);
    let starts = |w: &str| words.first().is_some_and(|x| x == w);
    use BodyKind::*;
    // The most telling words first: a school of a regency is education, a regency's
    // enterprise (PDAM, Bank ...) an enterprise, a village's office the village.
    let rules: &[(bool, BodyKind)] = &[
        (has("partai"), PoliticalParty),
        (
            has("dpr") || has("dprd") || has("dpd") || has("mpr"),
            Legislature,
        ),
        (
            has("pengadilan") || has("mahkamah") || has("kejaksaan"),
            Judiciary,
        ),
        (
            has("universitas")
                || has("institut")
                || has("politeknik")
                || has("sekolah")
                || has("sma")
                || has("smp")
                || has("sd")
                || has("smk")
                || has("madrasah")
                || has("uin")
                || has("iain"),
            Education,
        ),
        (
            starts("pt")
                || has("persero")
                || has("bumn")
                || has("bumd")
                || has("pdam")
                || has("perumda")
                || has("perusahaan"),
            StateEnterprise,
        ),
        (
            has("yayasan") || has("lsm") || has("perkumpulan") || has("ormas"),
            Ngo,
        ),
        (has("desa") || has("nagari") || has("kelurahan"), Village),
        (
            has("kabupaten") || has("kab") || has("kota") || has("pemkab") || has("pemkot"),
            RegencyCityGovernment,
        ),
        (
            has("provinsi") || has("prov") || has("pemprov"),
            ProvincialGovernment,
        ),
        (
            has("kementerian") || has("badan") || has("lembaga") || has("komisi"),
            MinistryAgency,
        ),
    ];
    rules.iter().find(|(hit, _)| *hit).map(|(_, k)| *k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(id: i64, body: i64, change: BodyChange) -> Change {
        Change {
            id,
            act_id: id,
            body,
            change,
            name: None,
            kind: None,
            into: None,
        }
    }

    fn add(id: i64, body: i64, name: &str) -> Change {
        Change {
            name: Some(name.into()),
            kind: Some(BodyKind::Other),
            ..change(id, body, BodyChange::Add)
        }
    }

    #[test]
    fn a_merge_moves_aliases_and_what_was_merged_before() {
        let (b, faults) = replay([
            add(1, 1, "Dinas PUPR Kab. Muaro Jambi"),
            add(2, 2, "Dinas PUPR Muaro Jambi"),
            add(3, 3, "PUPR Muaro Jambi"),
            Change {
                name: Some("DPUPR Muaro Jambi".into()),
                ..change(4, 2, BodyChange::Alias)
            },
            Change {
                into: Some(2),
                ..change(5, 3, BodyChange::Merge)
            },
            Change {
                into: Some(1),
                ..change(6, 2, BodyChange::Merge)
            },
        ]);
        assert!(faults.is_empty(), "{faults:?}");
        assert_eq!(b.bodies[&2].merged_into, Some(1));
        assert_eq!(b.bodies[&3].merged_into, Some(1), "re-pointed");
        assert_eq!(b.aliases["dpupr muaro jambi"].1, 1);
        for name in [
            "pupr  muaro jambi",
            "DPUPR MUARO JAMBI",
            "Dinas PUPR Kab. Muaro Jambi",
        ] {
            assert_eq!(b.resolve(name), Some(1), "{name}");
        }
        assert_eq!(b.resolve("Bappeda"), None);
    }

    #[test]
    fn changes_that_do_not_follow_are_faults() {
        let (b, faults) = replay([
            add(1, 1, "Bappeda"),
            add(2, 2, "BAPPEDA"),
            Change {
                name: Some("bappeda".into()),
                ..change(3, 1, BodyChange::Alias)
            },
            Change {
                into: Some(1),
                ..change(4, 1, BodyChange::Merge)
            },
            Change {
                name: Some("Bappeda Provinsi".into()),
                ..change(5, 9, BodyChange::Rename)
            },
        ]);
        assert_eq!(
            faults.iter().map(|c| c.id).collect::<Vec<_>>(),
            vec![2, 3, 4, 5]
        );
        assert_eq!(b.bodies.len(), 1);
    }

    #[test]
    fn kinds_suggested_by_the_name() {
        use BodyKind::*;
        for (name, kind) in [
            ("Dinas PUPR Kab. Muaro Jambi", Some(RegencyCityGovernment)),
            (
                "Dinas Pendidikan Provinsi Jambi",
                Some(ProvincialGovernment),
            ),
            ("Kementerian Keuangan", Some(MinistryAgency)),
            ("Pemerintah Desa Sungai Duren", Some(Village)),
            ("PT Bank Jambi", Some(StateEnterprise)),
            ("PDAM Tirta Mayang", Some(StateEnterprise)),
            ("DPRD Kota Jambi", Some(Legislature)),
            ("Pengadilan Negeri Jambi", Some(Judiciary)),
            ("Partai Contoh", Some(PoliticalParty)),
            ("Universitas Jambi", Some(Education)),
            ("SMA Negeri 1 Kota Jambi", Some(Education)),
            ("Yayasan Lingkungan", Some(Ngo)),
            ("RSUD Raden Mattaher", None),
        ] {
            assert_eq!(suggest_kind(name), kind, "{name}");
        }
    }

    /// A replay folds each change's name once, however many bodies there are: it folded
    /// every body's name at each change (at 5,000 bodies a `verify` of 14.6 s, 0.4 s now).
    #[test]
    fn a_replay_folds_each_name_once() {
        let n = 2_000;
        let before = crate::domain::FOLDS.with(|f| f.get());
        let (b, faults) = replay((1..=n).map(|i| add(i, i, &format!("Dinas Nomor {i}"))));
        let folds = crate::domain::FOLDS.with(|f| f.get()) - before;
        assert_eq!((b.bodies.len(), faults.len()), (n as usize, 0));
        assert!(folds <= 2 * n as u64, "{folds} foldings for {n} bodies");
    }

    /// The keys kept beside the bodies say what folding every body's name said: after
    /// each change of a random history (adds, renames, aliases, merges over a few names
    /// that differ in case and spaces), a name is taken exactly when a body's name or an
    /// alias folds to it.
    mod keys {
        use super::*;
        use proptest::prelude::*;

        const NAMES: [&str; 6] = [
            "Dinas PUPR",
            "dinas  pupr",
            "Dinas Kesehatan",
            "DINAS KESEHATAN",
            "Bappeda",
            "Sekretariat DPRD",
        ];

        fn a_change() -> impl Strategy<Value = (u8, i64, usize, i64)> {
            (0u8..4, 1i64..5, 0usize..NAMES.len(), 1i64..5)
        }

        proptest! {
            #[test]
            fn a_name_is_taken_as_folding_every_name_says(
                history in proptest::collection::vec(a_change(), 1..40)
            ) {
                let mut b = Bodies::default();
                for (i, (what, body, name, into)) in history.into_iter().enumerate() {
                    let id = i as i64 + 1;
                    let name = Some(NAMES[name].to_string());
                    let c = match what {
                        0 => Change { name, kind: Some(BodyKind::Other), ..change(id, body, BodyChange::Add) },
                        1 => Change { name, ..change(id, body, BodyChange::Rename) },
                        2 => Change { name, ..change(id, body, BodyChange::Alias) },
                        _ => Change { into: Some(into), ..change(id, body, BodyChange::Merge) },
                    };
                    b.apply(&c);
                    for n in NAMES {
                        let key = body_key(n);
                        for but in [None, Some(1), Some(2), Some(3), Some(4)] {
                            let folding = b.aliases.contains_key(&key)
                                || b.bodies.iter().any(|(id, s)| Some(*id) != but && body_key(&s.name) == key);
                            prop_assert_eq!(b.taken(&key, but), folding, "{} but {:?}", n, but);
                        }
                    }
                }
            }
        }
    }
}
