//! A request body read no faster than a given rate, so TCP flow control slows the sender.

use std::time::Duration;

use axum::body::{Body, Bytes};
use futures_util::StreamExt;
use tokio::time::Instant;

/// Pieces per second: small enough pieces that the sender sees a steady rate, not bursts.
const PIECES_PER_SEC: u64 = 10;

/// Hands `body` on at most `rate` bytes per second (`rate` >= 1). Only one chunk is held at a
/// time; when none is asked for, nothing is read from the connection.
pub fn throttle(body: Body, rate: u64) -> Body {
    let piece = (rate / PIECES_PER_SEC).clamp(1, 64 * 1024) as usize;
    let state = (body.into_data_stream(), Bytes::new(), Instant::now());
    let stream = futures_util::stream::unfold(state, move |(mut inner, mut held, free_at)| {
        async move {
            if held.is_empty() {
                match inner.next().await? {
                    Ok(chunk) => held = chunk,
                    Err(error) => return Some((Err(error), (inner, held, free_at))),
                }
            }
            tokio::time::sleep_until(free_at).await;
            let part = held.split_to(piece.min(held.len()));
            // The next piece waits for this one's share of a second.
            let cost = Duration::from_secs_f64(part.len() as f64 / rate as f64);
            let free_at = free_at.max(Instant::now()) + cost;
            Some((Ok(part), (inner, held, free_at)))
        }
    });
    Body::from_stream(stream)
}
