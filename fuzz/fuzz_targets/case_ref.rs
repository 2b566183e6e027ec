#![no_main]
//! Fuzz target: see `props::case_ref` for what it checks.

#[path = "../props.rs"]
#[allow(dead_code)]
mod props;

libfuzzer_sys::fuzz_target!(|data: &[u8]| props::case_ref(data));
