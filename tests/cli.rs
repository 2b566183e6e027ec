//! The integration tests: one binary, a module per command or concern, each running the
//! built `sengketa` in a temp directory with a clean environment and a pinned today.

// A test says on stderr why it skips (a missing tool); the lints are for the binary.
#![allow(clippy::print_stderr)]

mod common;

#[path = "cli/test_appeals.rs"]
mod test_appeals;
#[path = "cli/test_backlog_random.rs"]
mod test_backlog_random;
#[path = "cli/test_backup.rs"]
mod test_backup;
#[path = "cli/test_bodies.rs"]
mod test_bodies;
#[path = "cli/test_calendar.rs"]
mod test_calendar;
#[path = "cli/test_case_add.rs"]
mod test_case_add;
#[path = "cli/test_case_edit.rs"]
mod test_case_edit;
#[path = "cli/test_case_file.rs"]
mod test_case_file;
#[path = "cli/test_chain.rs"]
mod test_chain;
#[path = "cli/test_chart.rs"]
mod test_chart;
#[path = "cli/test_check_words.rs"]
mod test_check_words;
#[path = "cli/test_checkpoints.rs"]
mod test_checkpoints;
#[path = "cli/test_colour.rs"]
mod test_colour;
#[path = "cli/test_command_groups.rs"]
mod test_command_groups;
#[path = "cli/test_concurrent_add.rs"]
mod test_concurrent_add;
#[path = "cli/test_config.rs"]
mod test_config;
#[path = "cli/test_crash.rs"]
mod test_crash;
#[path = "cli/test_csv_outputs.rs"]
mod test_csv_outputs;
#[path = "cli/test_damaged_register.rs"]
mod test_damaged_register;
#[path = "cli/test_dates.rs"]
mod test_dates;
#[path = "cli/test_deadlines_random.rs"]
mod test_deadlines_random;
#[path = "cli/test_defects.rs"]
mod test_defects;
#[path = "cli/test_demo.rs"]
mod test_demo;
#[path = "cli/test_excel_libreoffice.rs"]
mod test_excel_libreoffice;
#[path = "cli/test_free_text.rs"]
mod test_free_text;
#[path = "cli/test_fuzz_corpus.rs"]
mod test_fuzz_corpus;
#[path = "cli/test_hearing_calendar.rs"]
mod test_hearing_calendar;
#[path = "cli/test_hearings.rs"]
mod test_hearings;
#[path = "cli/test_help.rs"]
mod test_help;
#[path = "cli/test_hostile_input.rs"]
mod test_hostile_input;
#[path = "cli/test_import_export.rs"]
mod test_import_export;
#[path = "cli/test_intake.rs"]
mod test_intake;
#[path = "cli/test_migrate.rs"]
mod test_migrate;
#[path = "cli/test_output_failures.rs"]
mod test_output_failures;
#[path = "cli/test_output_files.rs"]
mod test_output_files;
#[path = "cli/test_papers.rs"]
mod test_papers;
#[path = "cli/test_papers_issued.rs"]
mod test_papers_issued;
#[path = "cli/test_publish.rs"]
mod test_publish;
#[path = "cli/test_readme.rs"]
mod test_readme;
#[path = "cli/test_recap_check.rs"]
mod test_recap_check;
#[path = "cli/test_recap_paper.rs"]
mod test_recap_paper;
#[path = "cli/test_recap_person.rs"]
mod test_recap_person;
#[path = "cli/test_recap_random.rs"]
mod test_recap_random;
#[path = "cli/test_recap_times.rs"]
mod test_recap_times;
#[path = "cli/test_recap_views.rs"]
mod test_recap_views;
#[path = "cli/test_refusal_dates.rs"]
mod test_refusal_dates;
#[path = "cli/test_refusals.rs"]
mod test_refusals;
#[path = "cli/test_register_file.rs"]
mod test_register_file;
#[path = "cli/test_register_number_at.rs"]
mod test_register_number_at;
#[path = "cli/test_register_numbers.rs"]
mod test_register_numbers;
#[path = "cli/test_registers.rs"]
mod test_registers;
#[path = "cli/test_report.rs"]
mod test_report;
#[path = "cli/test_sealing.rs"]
mod test_sealing;
#[path = "cli/test_session.rs"]
mod test_session;
#[path = "cli/test_session_id.rs"]
mod test_session_id;
#[path = "cli/test_undo_any.rs"]
mod test_undo_any;
#[path = "cli/test_verify_depth.rs"]
mod test_verify_depth;
#[path = "cli/test_void.rs"]
mod test_void;
#[path = "cli/test_widths.rs"]
mod test_widths;
#[path = "cli/test_words.rs"]
mod test_words;
