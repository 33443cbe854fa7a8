//! `heygen asset ...`: uploads and the records kept of them.

pub mod complete;
pub mod forget;
pub mod pending;
pub mod upload;
