//! `sengketa`: a register of public-information disputes for Indonesia's Information
//! Commissions. This file only parses, runs, and turns an error into an exit code.

mod commands;
mod domain;
mod error;
mod i18n;
mod input;
mod render;
mod storage;

use std::io::Write;

fn main() {
    let cli = commands::parse();
    let code = match commands::run(cli) {
        Ok(code) => code,
        Err(e) if error::is_broken_pipe(&e) => 0,
        Err(e) => {
            let mut err = std::io::stderr().lock();
            let _ = writeln!(err, "{}: {}", t!("error-prefix"), e.message);
            if let Some(hint) = &e.hint {
                let _ = writeln!(err, "{}: {hint}", t!("hint-prefix"));
            }
            e.kind.exit_code()
        }
    };
    std::process::exit(code);
}
