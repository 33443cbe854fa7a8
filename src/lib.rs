//! heygen: upload media to the HeyGen v3 API from a terminal, a script or CI.
//!
//! Data flows one way, one folder a layer (`tests/cli/layers.rs` holds each to its imports):
//! - `cli`: argument types, parsing, option values checked when used, settings, key files.
//! - `commands`: one module per command, grouped like the commands, and the exit code.
//! - `upload`: a file's way in: checks, media types, the uploader, resume and reuse records.
//! - `api`: HeyGen's endpoints and their answers.
//! - `transfer`: file bodies, checksums, the presigned PUT, downloads.
//! - `net`: the one transport: send loop, retry policy, pacer, proxy, TLS, traces.
//! - `ui`, beside the flow: results on stdout, lines on stderr, progress, the waiter, signals.
//! - `util`, leaves: safe text, time, durations, private files, secrets.
//! - `error`: failures and their exit codes, decided there alone.
//!
//! The sandbox is the separate crate `heygen-sandbox`, built in through the default feature
//! `sandbox`; it imports nothing of this crate.

mod api;
pub mod cli;
mod commands;
mod error;
mod net;
mod transfer;
mod ui;
mod upload;
mod util;

pub use commands::run;
