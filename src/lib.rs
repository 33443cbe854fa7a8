//! heygen: upload media to the HeyGen v3 API from a terminal, a script or CI.
//!
//! Data flows one way: `cli` (argument types, parsed by `parse`, which keeps `heygen sandbox` to
//! its own options) → `settings` (flags, environment and key files; with clap's `env` attributes
//! the only reader of the environment) → `commands` (one per command, each resolving only what it
//! needs, waiting on HeyGen's work through `wait`, the one waiter that polls) → `upload` (a file's
//! way in, recorded in `journal`, and beside it in `reuse`, the records of completed uploads for
//! `--reuse`) → `api` (HeyGen's endpoints, the key attached) and `transfer` (file bodies,
//! checksums, the presigned PUT, progress, and the download of a finished video) → `http` (the one
//! transport: retries within a budget, the stall watchdog, traces reported through the `Report`
//! trait, whom to trust from `tls` and which proxy to use from `proxy`; no type of the HTTP library
//! leaves it) and beside it `pacer` (the one pace of API requests, under HeyGen's rate limit).
//! `session` builds the transport, journal and key once per command. Beside the flow: `output`
//! (results on stdout that are never lost silently, everything else on stderr), `interrupt` (the
//! one signal path), `error` (exit codes, decided there alone), `input`, `media`, `credentials` and
//! `secret`. Leaves that import nothing of the crate: `text` (making outside text safe to show, id
//! rules), `clock`, `duration`, `deferred` (option values checked when used), `retry`,
//! `private_file` and `report` (where the transport's notes and traces go). The sandbox is the
//! separate crate `heygen-sandbox`, built in through the default feature `sandbox` for `heygen
//! sandbox` and used by the tests; it imports nothing of this crate. The public surface is what the
//! binary and the tests need: `cli`, `parse` and `run`.

mod api;
pub mod cli;
mod clock;
mod commands;
mod credentials;
mod deferred;
mod duration;
mod error;
mod http;
mod input;
mod interrupt;
mod journal;
mod media;
mod output;
mod pacer;
pub mod parse;
mod private_file;
mod proxy;
mod report;
mod retry;
mod reuse;
mod secret;
mod session;
mod settings;
mod text;
mod tls;
mod transfer;
mod upload;
mod wait;

pub use commands::run;
