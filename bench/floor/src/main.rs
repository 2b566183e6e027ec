//! The floors the benchmark compares the tool with.
//!
//! `floor REG.db`: the start-up floor: open the register and run
//! `SELECT count(*) FROM settings` (what any Rust CLI on the same SQLite pays).
//!
//! `floor write SRC.db DST.db`: the write floor of an import: every row the register SRC
//! holds (the tool's own import of a CSV: the same tables, the same rows per case) written
//! again into a fresh DST by a plain rusqlite program, with none of the tool's rules: no
//! triggers, CHECKs, foreign keys, NOT NULL or STRICT, no validation and no hashing. The
//! tables keep their primary keys and every index (UNIQUE ones included: the baseline
//! `sqlite3 .import` has a UNIQUE index too), the connection the tool's settings (WAL,
//! `synchronous = FULL`, `temp_store = MEMORY`) and the writes one transaction with
//! cached prepared statements. The rows are read into memory first; the write alone is
//! timed by the program itself and printed as `write WALL_S CPU_S ROWS` (CPU = user +
//! system of the process during the write), after `read WALL_S`; both lines are appended
//! to the file `$FLOOR_LOG` too when it is set (hyperfine does not keep the output).
//! `FLOOR_SKIP=events` (a comma-separated list of tables) writes none of those tables'
//! rows: the floor of a history that would keep no event row per imported case.
use rusqlite::types::Value;
use rusqlite::{Connection, OpenFlags};
use std::time::Instant;

fn main() {
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    match args.as_slice() {
        [cmd, src, dst] if cmd == "write" => write(src.as_ref(), dst.as_ref()),
        [path] => start_up(path.as_ref()),
        _ => {
            eprintln!("usage: floor REG.db | floor write SRC.db DST.db");
            std::process::exit(2);
        }
    }
}

fn die(what: &str, e: impl std::fmt::Display) -> ! {
    eprintln!("floor: {what}: {e}");
    std::process::exit(1);
}

fn start_up(path: &std::path::Path) {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .unwrap_or_else(|e| die(&format!("cannot open {}", path.display()), e));
    let n: i64 = conn
        .query_row("SELECT count(*) FROM settings", [], |r| r.get(0))
        .unwrap_or_else(|e| die("query failed", e));
    println!("{n}");
}

/// User + system CPU seconds of this process so far.
fn cpu_seconds() -> f64 {
    // /proc/self/stat fields 14 and 15 (utime, stime) in clock ticks (100 a second on
    // Linux); the command name (field 2) may hold spaces, so count after its ')'.
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit_once(')').map(|(_, a)| a).unwrap_or("");
    let f: Vec<&str> = after.split_whitespace().collect();
    let tick = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (tick(11) + tick(12)) / 100.0
}

struct Table {
    name: String,
    create: String,
    columns: usize,
    rows: Vec<Vec<Value>>,
}

fn write(src: &std::path::Path, dst: &std::path::Path) {
    let started = Instant::now();
    let s = Connection::open_with_flags(src, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap_or_else(|e| die("cannot open the source", e));
    let names: Vec<String> = {
        let mut st = s
            .prepare(
                "SELECT name FROM sqlite_schema WHERE type = 'table'
                 AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid",
            )
            .unwrap_or_else(|e| die("schema", e));
        let rows = st.query_map([], |r| r.get(0)).unwrap_or_else(|e| die("schema", e));
        rows.map(|r| r.unwrap_or_else(|e| die("schema", e))).collect()
    };
    let mut tables = Vec::new();
    let mut indexes = Vec::new();
    for name in names {
        // (name, declared type, pk position) of each column
        let cols: Vec<(String, String, i64)> = {
            let mut st = s
                .prepare("SELECT name, type, pk FROM pragma_table_info(?1) ORDER BY cid")
                .unwrap_or_else(|e| die("columns", e));
            let rows = st
                .query_map([&name], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .unwrap_or_else(|e| die("columns", e));
            rows.map(|r| r.unwrap_or_else(|e| die("columns", e))).collect()
        };
        let pk: Vec<&(String, String, i64)> = {
            let mut p: Vec<_> = cols.iter().filter(|c| c.2 > 0).collect();
            p.sort_by_key(|c| c.2);
            p
        };
        let rowid_alias = pk.len() == 1 && pk[0].1.eq_ignore_ascii_case("INTEGER");
        let mut defs: Vec<String> = cols
            .iter()
            .map(|(n, t, k)| {
                if rowid_alias && *k == 1 {
                    format!("\"{n}\" INTEGER PRIMARY KEY")
                } else {
                    format!("\"{n}\" {t}")
                }
            })
            .collect();
        if !rowid_alias && !pk.is_empty() {
            let keys: Vec<String> = pk.iter().map(|c| format!("\"{}\"", c.0)).collect();
            defs.push(format!("PRIMARY KEY ({})", keys.join(", ")));
        }
        let create = format!("CREATE TABLE \"{name}\" ({})", defs.join(", "));
        // UNIQUE constraints of the table (indexes without SQL of their own)
        let mut st = s
            .prepare(
                "SELECT l.name, (SELECT group_concat('\"' || i.name || '\"', ', ')
                   FROM pragma_index_info(l.name) i)
                 FROM pragma_index_list(?1) l WHERE l.origin = 'u'",
            )
            .unwrap_or_else(|e| die("indexes", e));
        let uniq = st
            .query_map([&name], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
            .unwrap_or_else(|e| die("indexes", e));
        for (i, u) in uniq.map(|r| r.unwrap_or_else(|e| die("indexes", e))).enumerate() {
            indexes.push(format!(
                "CREATE UNIQUE INDEX \"{name}_u{i}\" ON \"{name}\" ({})",
                u.1
            ));
        }
        let mut st = s
            .prepare(&format!("SELECT * FROM \"{name}\" ORDER BY rowid"))
            .or_else(|_| s.prepare(&format!("SELECT * FROM \"{name}\"")))
            .unwrap_or_else(|e| die("rows", e));
        let n = st.column_count();
        let rows = st
            .query_map([], |r| (0..n).map(|i| r.get::<_, Value>(i)).collect())
            .unwrap_or_else(|e| die("rows", e));
        let rows: Vec<Vec<Value>> = rows.map(|r| r.unwrap_or_else(|e| die("rows", e))).collect();
        tables.push(Table {
            name,
            create,
            columns: n,
            rows,
        });
    }
    {
        let mut st = s
            .prepare("SELECT sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL")
            .unwrap_or_else(|e| die("indexes", e));
        let rows = st.query_map([], |r| r.get(0)).unwrap_or_else(|e| die("indexes", e));
        indexes.extend(rows.map(|r| r.unwrap_or_else(|e| die("indexes", e))));
    }
    drop(s);
    let read = format!("read {:.3}", started.elapsed().as_secs_f64());

    let cpu0 = cpu_seconds();
    let t0 = Instant::now();
    let mut d = Connection::open(dst).unwrap_or_else(|e| die("cannot open the target", e));
    d.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY;",
    )
    .unwrap_or_else(|e| die("pragmas", e));
    for t in &tables {
        d.execute_batch(&t.create).unwrap_or_else(|e| die(&t.create, e));
    }
    for i in &indexes {
        d.execute_batch(i).unwrap_or_else(|e| die(i, e));
    }
    let tx = d.transaction().unwrap_or_else(|e| die("begin", e));
    let mut written = 0u64;
    let skip = std::env::var("FLOOR_SKIP").unwrap_or_default();
    let skip: Vec<&str> = skip.split(',').collect();
    for t in tables.iter().filter(|t| !skip.contains(&t.name.as_str())) {
        let marks: Vec<String> = (1..=t.columns).map(|i| format!("?{i}")).collect();
        let sql = format!("INSERT INTO \"{}\" VALUES ({})", t.name, marks.join(", "));
        let mut st = tx.prepare_cached(&sql).unwrap_or_else(|e| die(&sql, e));
        for row in &t.rows {
            st.execute(rusqlite::params_from_iter(row.iter()))
                .unwrap_or_else(|e| die(&sql, e));
            written += 1;
        }
    }
    tx.commit().unwrap_or_else(|e| die("commit", e));
    drop(d);
    let line = format!(
        "{read}\nwrite {:.3} {:.3} {written}\n",
        t0.elapsed().as_secs_f64(),
        cpu_seconds() - cpu0
    );
    print!("{line}");
    if let Some(log) = std::env::var_os("FLOOR_LOG") {
        use std::io::Write;
        let appended = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)
            .and_then(|mut f| f.write_all(line.as_bytes()));
        appended.unwrap_or_else(|e| die("FLOOR_LOG", e));
    }
}
