//! The integration tests: one binary, a module per command or concern, each running the
//! built `sengketa` in a temp directory with a clean environment and a pinned today.

mod common;

#[path = "cli/test_calendar.rs"]
mod test_calendar;
#[path = "cli/test_case_add.rs"]
mod test_case_add;
#[path = "cli/test_case_edit.rs"]
mod test_case_edit;
#[path = "cli/test_concurrent_add.rs"]
mod test_concurrent_add;
#[path = "cli/test_config.rs"]
mod test_config;
#[path = "cli/test_crash.rs"]
mod test_crash;
#[path = "cli/test_dates.rs"]
mod test_dates;
#[path = "cli/test_deadlines_random.rs"]
mod test_deadlines_random;
#[path = "cli/test_demo.rs"]
mod test_demo;
#[path = "cli/test_fuzz_corpus.rs"]
mod test_fuzz_corpus;
#[path = "cli/test_hearings.rs"]
mod test_hearings;
#[path = "cli/test_help.rs"]
mod test_help;
#[path = "cli/test_import_export.rs"]
mod test_import_export;
#[path = "cli/test_migrate.rs"]
mod test_migrate;
#[path = "cli/test_recap_check.rs"]
mod test_recap_check;
#[path = "cli/test_recap_paper.rs"]
mod test_recap_paper;
#[path = "cli/test_recap_random.rs"]
mod test_recap_random;
#[path = "cli/test_recap_times.rs"]
mod test_recap_times;
#[path = "cli/test_recap_views.rs"]
mod test_recap_views;
#[path = "cli/test_refusals.rs"]
mod test_refusals;
#[path = "cli/test_register_file.rs"]
mod test_register_file;
#[path = "cli/test_session.rs"]
mod test_session;
