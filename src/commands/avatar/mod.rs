//! `heygen avatar ...`: avatars made from uploaded files.

pub mod create;
pub mod status;
