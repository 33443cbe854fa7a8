//! What the user sees: results on stdout, everything else on stderr, progress, the waiter's
//! lines, and the one signal path.

pub mod interrupt;
pub mod output;
pub mod progress;
pub mod wait;
