//! The one transport: requests built and sent with retries within a budget, the pace of API
//! requests under HeyGen's rate limit, whom to trust, which proxy to use, and where traces go.

mod answer;
pub mod failure;
pub mod http;
pub mod pacer;
pub mod proxy;
pub mod report;
mod request;
pub mod retry;
mod stall;
pub mod tls;
mod trace;
