//! `sengketa`: a register of public-information disputes for Indonesia's Information
//! Commissions. The binary (`main.rs`) only parses, runs and turns an error into an exit
//! code; the library holds the rest, so that the fuzz targets reach the parsers too.

pub mod commands;
pub mod csv_cell;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod input;
#[cfg(test)]
mod layering;
pub mod output;
pub mod render;
pub mod storage;
