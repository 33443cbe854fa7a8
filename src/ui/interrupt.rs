//! The one signal path of the tool. On Ctrl-C (SIGINT) or SIGTERM, whatever the command is
//! doing: the progress display is cleared, each file in flight gets one line saying how to go
//! on, what was registered to be undone is undone (the stdin spool removed, the sandbox
//! stopped and its temporary folder removed), and the process exits 130 or 143.
//!
//! Resume records stay consistent without help: each is written whole (temporary file, then
//! rename) before the step it describes, so an exit at any point leaves the last step taken.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::Duration;

use crate::error::Kind;
use crate::ui::output::Output;

#[derive(Default)]
struct Registry {
    output: Option<Output>,
    next: u64,
    /// Lines that say how to go on with work under way (a file in flight, a wait), by
    /// registration.
    say: BTreeMap<u64, String>,
    /// Files to remove.
    temporary: BTreeMap<u64, PathBuf>,
    /// Work to undo, run in registration order.
    undo: BTreeMap<u64, Box<dyn FnOnce() + Send>>,
}

fn registry() -> MutexGuard<'static, Registry> {
    static REGISTRY: OnceLock<Mutex<Registry>> = OnceLock::new();
    REGISTRY
        .get_or_init(Mutex::default)
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Listens for the signals from now on (once per process), writing through `output`.
pub fn install(output: &Output) {
    static INSTALLED: OnceLock<()> = OnceLock::new();
    registry().output = Some(output.clone());
    INSTALLED.get_or_init(|| {
        let (ready, listening) = std::sync::mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("heygen-signals".into())
            .spawn(move || {
                let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
                    .enable_io()
                    .build()
                else {
                    let _ = ready.send(());
                    return;
                };
                let kind = runtime.block_on(async {
                    let signals = Signals::listen();
                    let _ = ready.send(());
                    signals?.next().await
                });
                if let Some(kind) = kind {
                    stop(kind);
                }
            });
        // The handlers are in place before the command starts (and may read stdin).
        if spawned.is_ok() {
            let _ = listening.recv();
        }
    });
}

#[cfg(unix)]
struct Signals {
    interrupt: tokio::signal::unix::Signal,
    terminate: tokio::signal::unix::Signal,
}

#[cfg(unix)]
impl Signals {
    fn listen() -> Option<Signals> {
        use tokio::signal::unix::{SignalKind, signal};
        Some(Signals {
            interrupt: signal(SignalKind::interrupt()).ok()?,
            terminate: signal(SignalKind::terminate()).ok()?,
        })
    }

    async fn next(mut self) -> Option<Kind> {
        tokio::select! {
            _ = self.interrupt.recv() => Some(Kind::Interrupted),
            _ = self.terminate.recv() => Some(Kind::Terminated),
        }
    }
}

#[cfg(not(unix))]
struct Signals;

#[cfg(not(unix))]
impl Signals {
    fn listen() -> Option<Signals> {
        Some(Signals)
    }

    async fn next(self) -> Option<Kind> {
        tokio::signal::ctrl_c().await.ok()?;
        Some(Kind::Interrupted)
    }
}

/// Cleans up and exits with the signal's code. The registry stays locked, so nothing starts
/// or finishes meanwhile.
fn stop(kind: Kind) -> ! {
    let mut registry = registry();
    if let Some(output) = registry.output.clone() {
        let said: Vec<String> = registry.say.values().cloned().collect();
        // A terminal that stopped reading (a paused pager) must not keep the signal from
        // ending the process: the lines get a moment, not forever.
        let (told, wait) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            output.clear_screen();
            for line in said {
                output.notice(&line);
            }
            let _ = told.send(());
        });
        let _ = wait.recv_timeout(Duration::from_secs(2));
    }
    for (_, undo) in std::mem::take(&mut registry.undo) {
        undo();
    }
    for path in registry.temporary.values() {
        let _ = std::fs::remove_file(path);
    }
    std::process::exit(i32::from(kind.exit_code()))
}

/// Keeps its registration while alive.
#[derive(Debug)]
#[must_use = "the registration ends when the guard is dropped"]
pub struct Guard(u64);

impl Drop for Guard {
    fn drop(&mut self) {
        let mut registry = registry();
        registry.say.remove(&self.0);
        registry.temporary.remove(&self.0);
        registry.undo.remove(&self.0);
    }
}

fn register(add: impl FnOnce(&mut Registry, u64)) -> Guard {
    let mut registry = registry();
    registry.next += 1;
    let id = registry.next;
    add(&mut registry, id);
    Guard(id)
}

/// A file being uploaded, named as the user gave it.
pub fn in_flight(shown: &str) -> Guard {
    say_on_signal(format!(
        "{shown}: interrupted; run the same command again to resume"
    ))
}

/// A line a signal prints (how to go on with work under way), while the guard lives.
pub fn say_on_signal(line: String) -> Guard {
    register(|registry, id| {
        registry.say.insert(id, line);
    })
}

/// A temporary file that a signal removes.
pub fn temporary(path: &Path) -> Guard {
    register(|registry, id| {
        registry.temporary.insert(id, path.to_path_buf());
    })
}

#[cfg(feature = "sandbox")]
/// Work a signal undoes (stopping a server) before the process exits.
#[cfg_attr(not(feature = "sandbox"), allow(dead_code))]
pub fn on_signal(undo: impl FnOnce() + Send + 'static) -> Guard {
    register(|registry, id| {
        registry.undo.insert(id, Box::new(undo));
    })
}
