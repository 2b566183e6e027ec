//! The case file's refusals in words (`domain::case_file::CaseFileError`): each error
//! names its message, hint and kind beside its variant (`domain/case_file/message.rs`);
//! this puts them into the run's language.

use crate::domain::case_file::CaseFileError;
use crate::error::Error;

impl From<CaseFileError> for Error {
    fn from(e: CaseFileError) -> Error {
        super::said_error(&e.said())
    }
}
