//! Pseudonyms for applicants in an export shared with researchers (UU PDP 27/2022):
//! the same applicant gets the same pseudonym within one export, numbered in the order
//! of first appearance, so a researcher can still count an applicant's disputes without
//! learning who they are.

use super::body_key;
use std::collections::HashMap;

/// What a pseudonym starts with: the Indonesian word for applicant.
const PREFIX: &str = "Pemohon";

/// The pseudonyms given so far in one export.
#[derive(Debug, Default)]
pub struct Pseudonyms {
    given: HashMap<String, usize>,
}

impl Pseudonyms {
    /// The pseudonym of `name`: `Pemohon-001` for the first applicant met, `Pemohon-002`
    /// for the next, ... (more digits past 999). Two spellings that differ only in case and
    /// spacing are the same applicant, as two spellings of a body are the same body.
    pub fn of(&mut self, name: &str) -> String {
        let next = self.given.len() + 1;
        let n = *self.given.entry(body_key(name)).or_insert(next);
        format!("{PREFIX}-{n:03}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_applicant_the_same_pseudonym_in_order_of_appearance() {
        let mut p = Pseudonyms::default();
        assert_eq!(p.of("Budi Santoso"), "Pemohon-001");
        assert_eq!(p.of("Siti"), "Pemohon-002");
        assert_eq!(p.of(" budi  SANTOSO "), "Pemohon-001");
        for i in 3..=1000 {
            p.of(&format!("applicant {i}"));
        }
        assert_eq!(p.of("Siti"), "Pemohon-002");
        assert_eq!(p.of("one more"), "Pemohon-1001");
    }
}
