//! Locking that outlives a panicked holder.

use std::sync::{Mutex, MutexGuard};

/// Locks a mutex, carrying on after a panicked holder: every update is a single assignment or
/// push, so the data stays consistent.
pub fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
