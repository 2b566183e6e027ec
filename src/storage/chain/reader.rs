//! Reading acts back to hash them, the same way for a seal and for `verify`'s walk of the
//! chain (`super` says which rows are an act's).

use super::{ACT_ROWS, ActRows, Reading, Unexplained, entries, value};
use crate::domain::chain::{ActHasher, ChainHash};
use crate::error::Result;
use crate::storage::db;
use rusqlite::Connection;

/// Reads acts back to hash them: the hash of an act follows the act whose hash is `prev`,
/// and cases whose particulars no correction explains are told to `unexplained`. The
/// statements of the reading through the indexes (one per table of [`ACT_ROWS`]) are
/// prepared once, for every act it reads: the walk of the chain reads every act of the
/// register, and taking each statement from the connection's cache (its SQL hashed to
/// find it, the statement put back after) was a sixth of the walk on a register its
/// clerks filled, an act per step.
///
/// A table found by its own act column is read only for the acts that wrote to it: the
/// reader seeks the next act that did ([`NextWriter`]) and passes the acts before it
/// without a statement. A clerk's act writes to three or four of the 24 tables, and a
/// statement run for each of the others, to find nothing, was a sixth of the walk on
/// such a register.
pub(crate) struct ActReader<'c> {
    conn: &'c Connection,
    by_index: Vec<rusqlite::Statement<'c>>,
    /// For each table of [`ACT_ROWS`], the next act that wrote to it, where the table is
    /// found by its own act column (`None` for the steps found through their events).
    /// Made at the second act read through the indexes: for one act (a seal's) a seek
    /// costs what a read does, and preparing its statements was 2 % of a `case add`.
    next: Option<Vec<Option<NextWriter<'c>>>>,
    /// Whether an act was read through the indexes yet.
    read_one: bool,
}

/// The next act that wrote a row to one table: the first act from `from` on (`at`;
/// `None` for none), as last sought with [`Reading::next_writer_sql`].
struct NextWriter<'c> {
    st: rusqlite::Statement<'c>,
    sought: Option<(i64, Option<i64>)>,
}

impl NextWriter<'_> {
    /// Whether act `id` wrote to the table: sought again unless what was last sought
    /// answers it (sought from at most `id`, and found at `id` or after it, or nowhere).
    fn wrote(&mut self, id: i64) -> Result<bool> {
        let known = self
            .sought
            .filter(|(from, at)| *from <= id && at.is_none_or(|at| at >= id));
        let (_, at) = match known {
            Some(k) => k,
            None => {
                let at = self.st.query_row([id], |r| r.get(0)).map_err(db)?;
                *self.sought.insert((id, at))
            }
        };
        Ok(at == Some(id))
    }
}

impl<'c> ActReader<'c> {
    pub(crate) fn new(conn: &'c Connection) -> Result<ActReader<'c>> {
        let by_index = Reading::ByIndex
            .all_rows_sql()
            .iter()
            .map(|sql| conn.prepare(sql))
            .collect::<rusqlite::Result<_>>()
            .map_err(db)?;
        Ok(ActReader {
            conn,
            by_index,
            next: None,
            read_one: false,
        })
    }

    /// [`ActReader::next`], made at the second act read through the indexes.
    fn next_writers(&mut self) -> Result<Option<&mut Vec<Option<NextWriter<'c>>>>> {
        if !std::mem::replace(&mut self.read_one, true) {
            return Ok(None);
        }
        if self.next.is_none() {
            let conn = self.conn;
            let next = ACT_ROWS
                .iter()
                .map(|part| {
                    Reading::next_writer_sql(part)
                        .map(|sql| {
                            Ok(NextWriter {
                                st: conn.prepare(&sql)?,
                                sought: None,
                            })
                        })
                        .transpose()
                })
                .collect::<rusqlite::Result<_>>()
                .map_err(db)?;
            self.next = Some(next);
        }
        Ok(self.next.as_mut())
    }

    /// The hash of act `id`, its rows read the way [`Reading::of`] chooses.
    pub(crate) fn hash(
        &mut self,
        id: i64,
        prev: &ChainHash,
        unexplained: &mut dyn FnMut(Unexplained),
    ) -> Result<ChainHash> {
        let reading = Reading::of(self.conn, id)?;
        self.hash_as(id, prev, unexplained, reading)
    }

    /// The hash of act `id`, its rows read as `reading` says.
    pub(crate) fn hash_as(
        &mut self,
        id: i64,
        prev: &ChainHash,
        unexplained: &mut dyn FnMut(Unexplained),
        reading: Reading,
    ) -> Result<ChainHash> {
        let conn = self.conn;
        // Which tables act `id` wrote to, where a next writer says (else each is read).
        let mut wrote = [true; ACT_ROWS.len()];
        if reading == Reading::ByIndex
            && let Some(next) = self.next_writers()?
        {
            for (w, n) in wrote.iter_mut().zip(next.iter_mut()) {
                if let Some(n) = n {
                    *w = n.wrote(id)?;
                }
            }
        }
        let mut h = ActHasher::new(prev);
        for (i, part) in ACT_ROWS.iter().enumerate() {
            if i == 1 {
                entries::case_entries(conn, id, &mut h, unexplained, reading)?;
            }
            match reading {
                Reading::ByIndex => {
                    if wrote[i] {
                        hash_rows(&mut self.by_index[i], part, id, &mut h)?
                    } else if part.always {
                        // As read and found empty.
                        h.table(part.table);
                    }
                }
                Reading::ByScan => {
                    let sql = &reading.all_rows_sql()[i];
                    let mut st = conn.prepare_cached(sql).map_err(db)?;
                    hash_rows(&mut st, part, id, &mut h)?
                }
            }
        }
        Ok(h.finish())
    }
}

/// Hashes the rows of `part` that act `id` wrote, read by `st` (its
/// [`Reading::rows_sql`]).
fn hash_rows(
    st: &mut rusqlite::Statement,
    part: &ActRows,
    id: i64,
    h: &mut ActHasher,
) -> Result<()> {
    let mut rows = st.query([id]).map_err(db)?;
    if part.always {
        h.table(part.table);
    }
    // Every column the table has, in its order (`verify` checks that the table is the
    // schema's): a column added to it is hashed without a change here. Named from the
    // statement at its first row: most tables hold no row of a given act (a clerk's act
    // writes to three or four of them), and a name made for each column of each table
    // was a fifth of the walk on such a register.
    let mut cols: Option<Vec<String>> = None;
    while let Some(r) = rows.next().map_err(db)? {
        let cols = match &mut cols {
            Some(c) => c,
            None => {
                if !part.always {
                    h.table(part.table);
                }
                cols.insert(r.as_ref().column_names().map(String::from).collect())
            }
        };
        h.row();
        for (i, c) in cols.iter().enumerate() {
            h.field(c, value(r.get_ref(i).map_err(db)?));
        }
        h.end_row();
    }
    Ok(())
}
