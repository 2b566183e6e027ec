#![no_main]
//! Fuzz target: see `props::import_csv` for what it checks.

#[path = "../props.rs"]
#[allow(dead_code)]
mod props;

libfuzzer_sys::fuzz_target!(|data: &[u8]| props::import_csv(data));
