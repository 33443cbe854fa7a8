//! Random ids and secrets without another dependency.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};

/// `N` unpredictable bytes. std seeds `RandomState` with OS randomness and keyed SipHash hides
/// it; the counter makes every draw distinct. Ample for local ids and a per-run signing secret.
pub fn bytes<const N: usize>() -> [u8; N] {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut out = [0u8; N];
    for chunk in out.chunks_mut(8) {
        let mut hasher = RandomState::new().build_hasher();
        hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
        chunk.copy_from_slice(&hasher.finish().to_le_bytes()[..chunk.len()]);
    }
    out
}

/// An id like `ast_0123456789abcdef`.
pub fn id(prefix: &str) -> String {
    format!("{prefix}_{}", hex::encode(bytes::<8>()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_have_the_documented_shape_and_differ() {
        let a = id("ast");
        assert_eq!(a.len(), 4 + 16);
        assert!(a.starts_with("ast_"));
        assert_ne!(a, id("ast"));
        assert_ne!(bytes::<32>(), bytes::<32>());
    }
}
