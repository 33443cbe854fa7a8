//! `heygen avatar ...`: avatars made from uploaded files.

pub mod consent;
pub mod create;
mod source;
pub mod status;
