//! Integration tests: the real `heygen` binary run against the strict sandbox, asserting what
//! it prints, how it exits and what the sandbox received.

mod cli {
    mod harness;

    mod auth;
    mod avatar;
    mod batch;
    mod chat;
    mod complete;
    mod completions;
    mod consent;
    mod direct_upload;
    mod exactly_once;
    mod features;
    mod help;
    mod hostile;
    mod hostile_download;
    mod https;
    mod input;
    mod interrupt;
    mod keys;
    mod layers;
    mod library;
    mod login;
    mod man;
    mod media_types;
    mod oauth;
    mod overlap;
    mod pipeline;
    mod progress;
    mod proxy;
    mod rate_limit;
    mod readme;
    mod records;
    mod resilience;
    mod results_survive;
    mod retry_budget;
    mod reuse;
    mod runs;
    mod s3;
    mod sandbox_command;
    mod secrets;
    mod upload;
    mod validation;
    mod verbose;
    mod video;
    mod video_agent;
}
