//! `floor REG.db`: open the register and run `SELECT count(*) FROM settings`.
use rusqlite::{Connection, OpenFlags};

fn main() {
    let path = match std::env::args_os().nth(1) {
        Some(p) => p,
        None => {
            eprintln!("usage: floor REG.db");
            std::process::exit(2);
        }
    };
    let conn = Connection::open_with_flags(
        &path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .unwrap_or_else(|e| {
        eprintln!("floor: cannot open {}: {e}", path.to_string_lossy());
        std::process::exit(1);
    });
    let n: i64 = conn
        .query_row("SELECT count(*) FROM settings", [], |r| r.get(0))
        .unwrap_or_else(|e| {
            eprintln!("floor: query failed: {e}");
            std::process::exit(1);
        });
    println!("{n}");
}
