//! Integration tests: the real `heygen` binary run against the strict sandbox, asserting what
//! it prints, how it exits and what the sandbox received.

mod cli {
    mod harness;

    mod auth;
    mod avatar;
    mod batch;
    mod complete;
    mod completions;
    mod direct_upload;
    mod hostile;
    mod login;
    mod pipeline;
    mod rate_limit;
    mod resilience;
    mod reuse;
    mod s3;
    mod sandbox_command;
    mod secrets;
    mod upload;
    mod validation;
    mod verbose;
}
