//! A request body read no faster than a given rate, so TCP flow control slows the sender.

use std::time::Duration;

use axum::body::{Body, Bytes};
use futures_util::StreamExt;
use tokio::time::Instant;

/// Pieces per second: small enough pieces that the sender sees a steady rate, not bursts.
const PIECES_PER_SEC: u64 = 10;
/// The largest piece, unless 5 ms are worth more bytes: timers wake a millisecond or so late,
/// so shorter waits would keep a rate of hundreds of MB/s well under what was asked.
const MAX_PIECE: u64 = 64 * 1024;

/// Bytes handed on at once, at `rate` bytes per second.
fn piece(rate: u64) -> usize {
    (rate / PIECES_PER_SEC).clamp(1, MAX_PIECE.max(rate / 200)) as usize
}

/// Hands `body` on at most `rate` bytes per second (`rate` >= 1). Only one chunk is held at a
/// time; when none is asked for, nothing is read from the connection.
pub fn throttle(body: Body, rate: u64) -> Body {
    let piece = piece(rate);
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
            // The next piece waits for this one's share of a second. A timer that woke late
            // is made up for, up to one piece: a sender that paused gets no burst.
            let cost = Duration::from_secs_f64(part.len() as f64 / rate as f64);
            let now = Instant::now();
            let free_at = free_at.max(now.checked_sub(cost).unwrap_or(now)) + cost;
            Some((Ok(part), (inner, held, free_at)))
        }
    });
    Body::from_stream(stream)
}

#[cfg(test)]
mod tests {
    use super::piece;

    #[test]
    fn pieces_are_a_tenth_of_a_second_up_to_64_kib_or_5_ms() {
        assert_eq!(piece(5), 1);
        assert_eq!(piece(20_000), 2_000);
        assert_eq!(piece(4_000_000), 64 * 1024);
        // A link of 250 MB/s: 5 ms worth, so late timers cost little of the rate.
        assert_eq!(piece(250_000_000), 1_250_000);
    }
}
