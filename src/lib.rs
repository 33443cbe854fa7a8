//! heygen: upload media to the HeyGen v3 API from a terminal, a script or CI.
//!
//! Data flows one way: `cli` → `settings` → `commands` → `upload`/`api`/`transfer` → `http`,
//! and results go out through `output`. `sandbox` is a separate, strict stand-in for the API.

pub mod api;
pub mod cli;
pub mod commands;
pub mod credentials;
pub mod duration;
pub mod error;
pub mod http;
pub mod input;
pub mod journal;
pub mod media;
pub mod output;
pub mod pacer;
pub mod private_file;
pub mod retry;
pub mod reuse;
pub mod secret;
pub mod session;
pub mod settings;
pub mod transfer;
pub mod upload;
