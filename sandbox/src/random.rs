//! Random ids and secrets from the operating system's generator.

/// `N` unpredictable bytes.
pub fn bytes<const N: usize>() -> [u8; N] {
    let mut out = [0u8; N];
    getrandom::fill(&mut out).expect("the operating system's random generator failed");
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
