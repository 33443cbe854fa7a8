//! OAuth tokens, as HeyGen's CLI holds them: access tokens that expire, refresh tokens that
//! rotate (each works once).

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

use super::random;
use super::sync::lock;

/// HeyGen's CLI's public client id, the only one the endpoint takes.
pub const CLIENT_ID: &str = "q2A2QRSke2LrFTPJhoDbHtXh";
/// How long an access token lives.
pub const ACCESS_TTL_SECS: u64 = 3600;

#[derive(Default)]
pub struct Tokens {
    /// Access token → when it expires (sandbox clock).
    access: Mutex<HashMap<String, u64>>,
    refresh: Mutex<HashSet<String>>,
}

/// A token pair as the endpoint gives it.
pub struct Pair {
    pub access_token: String,
    pub refresh_token: String,
    pub expires_at: u64,
}

impl Tokens {
    /// A fresh pair whose access token lives `ttl` seconds from `now`.
    pub fn issue(&self, now: u64, ttl: u64) -> Pair {
        let pair = Pair {
            access_token: format!("oat_{}", hex::encode(random::bytes::<16>())),
            refresh_token: format!("ort_{}", hex::encode(random::bytes::<16>())),
            expires_at: now + ttl,
        };
        lock(&self.access).insert(pair.access_token.clone(), pair.expires_at);
        lock(&self.refresh).insert(pair.refresh_token.clone());
        pair
    }

    /// Whether `Authorization: Bearer TOKEN` is a live access token at `now`.
    pub fn accepts(&self, token: &str, now: u64) -> bool {
        lock(&self.access)
            .get(token)
            .is_some_and(|&until| now < until)
    }

    /// Trades a refresh token for a new pair; the old refresh token is spent.
    pub fn refresh(&self, refresh_token: &str, now: u64) -> Option<Pair> {
        let known = lock(&self.refresh).remove(refresh_token);
        known.then(|| self.issue(now, ACCESS_TTL_SECS))
    }
}
