//! The layering test: reads the source tree and fails when a module reaches above its
//! layer. `domain/` uses nothing of the crate outside `domain/` (not `i18n`, `storage`,
//! `render`, `commands`, `input`, `output`, `error`, nor the crate-root macros `t!`,
//! `outln!`, `errln!`, `errout!`) and no framework crate (clap, rusqlite, Fluent, the
//! terminal's crates); `render/` uses no `crate::storage` path. The layers are drawn in
//! docs/developers.md.
//!
//! How it reads a file: comments, strings and character literals are blanked out, then
//! the rest is cut into tokens. Every `use` tree is expanded into its full paths
//! (`use crate::{storage, domain::{A, B}}` gives `crate::storage`, `crate::domain::A`, ...),
//! every other path is read where it is written, and a path starting with `self`, `super`
//! (climbing as many times as it is written), `crate` or `$crate` is resolved against the
//! module it is in: the file's module, plus the inline `mod x { ... }` blocks around it.
//!
//! Its limits: it is a reader of tokens, not the compiler. A name brought in by a glob
//! (`use super::*`) is not followed to where it came from (a glob of the crate root or of
//! a module outside the layer is refused instead, which covers the one way a glob can reach
//! up); `#[path]` attributes are not read (none is in `src/`); a macro defined outside the
//! layer that expands to a forbidden path is not seen unless its name is one listed; and a
//! path spelled through a type alias or a re-export inside the layer is judged by what it is
//! spelled as.

mod scan;
mod tests;
