#![no_main]
//! Fuzz target: see `props::parse_date` for what it checks.

#[path = "../props.rs"]
#[allow(dead_code)]
mod props;

libfuzzer_sys::fuzz_target!(|data: &[u8]| props::parse_date(data));
