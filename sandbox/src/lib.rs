//! A strict local stand-in for HeyGen's v3 API and its presigned storage.
//!
//! It checks the wire literally (names, headers, values as the API spells them) and shares no
//! code with the client modules, so a client mistake cannot hide in common code.

mod asset_delete;
mod assets;
mod avatars;
mod batches;
mod clock;
mod conn;
mod errors;
mod exchange;
mod faults;
mod idempotency;
mod inject;
mod json;
mod library;
mod limiter;
mod log;
mod model;
mod oauth;
mod random;
mod rate_limit;
mod record;
mod routes;
mod s3;
mod signing;
mod sigv4;
mod sniff;
mod spool;
mod state;
mod storage;
mod sync;
#[cfg(test)]
mod tests;
mod throttle;
mod tls;
mod tokens;
mod uploads;
mod users;
mod video_agents;
mod videos;

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use anyhow::Context;
use tokio::sync::oneshot;

use clock::Clock;
use exchange::ExchangeLog;
pub use exchange::{Exchange, ReceivedPart};
pub use faults::Faults;
use model::Registry;
pub use s3::S3Target;
use state::App;
use sync::lock;
/// The bytes of the finished video every video agent session makes.
pub use videos::{CAPTIONED_VIDEO, FINISHED_VIDEO, SUBTITLES, THUMBNAIL};

#[derive(Debug, Clone)]
pub struct SandboxConfig {
    /// Address to listen on; tests use 127.0.0.1:0.
    pub listen: SocketAddr,
    /// `None`: a fresh temp dir owned by the sandbox, removed on drop.
    pub data_dir: Option<PathBuf>,
    /// The only accepted `x-api-key`.
    pub key: String,
    /// File-part limit of POST /v3/assets.
    pub max_simple_bytes: u64,
    /// Direct-upload limit, returned as `max_bytes` by init.
    pub max_direct_bytes: u64,
    /// Lifetime of upload URLs; 0 gives URLs that are already expired.
    pub url_ttl_secs: u64,
    /// One line per request on stderr.
    pub log_requests: bool,
    /// Failures to inject; none by default.
    pub faults: Faults,
    /// Presign uploads for this S3-compatible bucket instead of the sandbox's own storage.
    pub s3: Option<S3Target>,
    /// Serve HTTPS with a certificate signed by a throwaway CA (`Sandbox::ca_file`).
    pub tls: bool,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig {
            listen: SocketAddr::from(([127, 0, 0, 1], 3210)),
            data_dir: None,
            key: "sandbox".to_string(),
            max_simple_bytes: 32_000_000,
            max_direct_bytes: 209_715_200,
            url_ttl_secs: 3600,
            log_requests: false,
            faults: Faults::default(),
            s3: None,
            tls: false,
        }
    }
}

/// A running sandbox server; dropping it stops the server.
pub struct Sandbox {
    app: Arc<App>,
    shutdown: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
    /// The PEM of the CA that signed the certificate, with `tls`.
    ca_file: Option<PathBuf>,
    // Declared last so the directory outlives the server thread.
    _temp_dir: Option<tempfile::TempDir>,
}

impl Sandbox {
    /// Binds, serves in a background thread, and returns once listening.
    pub fn start(config: SandboxConfig) -> anyhow::Result<Sandbox> {
        let (data_dir, temp_dir) = match config.data_dir {
            Some(dir) => (dir, None),
            None => {
                let temp = tempfile::Builder::new()
                    .prefix("heygen-sandbox-")
                    .tempdir()
                    .context("creating the sandbox data directory")?;
                (temp.path().to_path_buf(), Some(temp))
            }
        };
        state::create_dirs(&data_dir)
            .with_context(|| format!("creating {}", data_dir.display()))?;

        let s3 = config.s3.map(s3::Bucket::new).transpose()?;

        let listener = std::net::TcpListener::bind(config.listen)
            .with_context(|| format!("binding {}", config.listen))?;
        listener.set_nonblocking(true)?;
        let mut address = listener.local_addr()?;
        // A wildcard listen address is reached through loopback.
        if address.ip().is_unspecified() {
            address.set_ip(match address.ip() {
                IpAddr::V4(_) => IpAddr::V4(Ipv4Addr::LOCALHOST),
                IpAddr::V6(_) => IpAddr::V6(Ipv6Addr::LOCALHOST),
            });
        }

        let (tls, ca_file) = match config.tls {
            true => {
                let (acceptor, ca_file) = tls::acceptor(&data_dir)?;
                (Some(acceptor), Some(ca_file))
            }
            false => (None, None),
        };
        let scheme = if tls.is_some() { "https" } else { "http" };

        let app = Arc::new(App {
            key: config.key,
            base_url: format!("{scheme}://{address}"),
            host: address.to_string(),
            max_simple_bytes: config.max_simple_bytes,
            max_direct_bytes: config.max_direct_bytes,
            url_ttl_secs: config.url_ttl_secs,
            secret: random::bytes::<32>(),
            data_dir,
            registry: Mutex::new(Registry::default()),
            clock: Clock::default(),
            oauth: Default::default(),
            idempotency: Default::default(),
            exchanges: ExchangeLog {
                exchanges: Mutex::new(Vec::new()),
                arrived: Mutex::new(Vec::new()),
                log_requests: config.log_requests,
            },
            faults: Mutex::new(config.faults),
            limiter: Default::default(),
            s3,
        });

        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .context("starting the sandbox runtime")?;
        let router = routes::router(app.clone());
        let (shutdown, stopped) = oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("heygen-sandbox".to_string())
            .spawn(move || {
                runtime.block_on(async move {
                    let serve = async {
                        let listener = tokio::net::TcpListener::from_std(listener)?;
                        let service = router.into_make_service_with_connect_info::<conn::Cut>();
                        let listener = conn::CutListener { listener, tls };
                        axum::serve(listener, service).await
                    };
                    // Stopping drops in-flight connections at once; the runtime's drop
                    // cancels their tasks.
                    tokio::select! {
                        result = serve => {
                            if let Err(error) = result {
                                log(&format!("sandbox: server stopped: {error}"));
                            }
                        }
                        _ = stopped => {}
                    }
                });
            })
            .context("spawning the sandbox thread")?;

        Ok(Sandbox {
            app,
            shutdown: Some(shutdown),
            thread: Some(thread),
            ca_file,
            _temp_dir: temp_dir,
        })
    }

    /// `http://127.0.0.1:PORT` (`https://` with `tls`), no trailing slash.
    pub fn base_url(&self) -> String {
        self.app.base_url.clone()
    }

    /// The PEM file of the throwaway CA that signed the certificate, with `tls`.
    pub fn ca_file(&self) -> Option<&Path> {
        self.ca_file.as_deref()
    }

    pub fn key(&self) -> &str {
        &self.app.key
    }

    pub fn data_dir(&self) -> &Path {
        &self.app.data_dir
    }

    /// Every request so far, in the order they were answered (one left unanswered by a fault:
    /// when it was dropped or stalled, with status 0).
    pub fn exchanges(&self) -> Vec<Exchange> {
        lock(&self.app.exchanges.exchanges).clone()
    }

    /// An OAuth login as HeyGen's CLI keeps it: an access token living `ttl_secs` more
    /// seconds, and a refresh token (each works once). Returns (access, refresh, expires_at in
    /// Unix seconds).
    pub fn oauth_login(&self, ttl_secs: u64) -> (String, String, u64) {
        let pair = self.app.oauth.issue(self.app.clock.now_secs(), ttl_secs);
        (pair.access_token, pair.refresh_token, pair.expires_at)
    }

    /// Where the token endpoint is: `HEYGEN_OAUTH_TOKEN_URL` for a client.
    pub fn oauth_token_url(&self) -> String {
        format!("{}/v1/oauth/token", self.base_url())
    }

    /// Forgets a video agent session and its videos, as HeyGen may: a wait on either then
    /// meets a 404.
    pub fn forget_session(&self, session_id: &str) {
        let mut registry = self.app.registry();
        if let Some(session) = registry.sessions.remove(session_id) {
            for video in session.videos {
                registry.videos.remove(&video);
            }
        }
    }

    /// Moves the sandbox's clock forward, as if `secs` had passed: URLs expire, remembered
    /// answers age.
    pub fn advance_clock(&self, secs: u64) {
        self.app.clock.advance(secs);
    }

    /// Every request whose headers arrived so far, as "METHOD /path", in arrival order: those
    /// still under way (a stalled PUT) included.
    pub fn arrived(&self) -> Vec<String> {
        lock(&self.app.exchanges.arrived).clone()
    }

    /// The bytes stored for an asset (simple upload or PUT).
    pub fn stored_bytes(&self, asset_id: &str) -> Option<Vec<u8>> {
        let stored = self
            .app
            .registry()
            .assets
            .get(asset_id)
            .is_some_and(|asset| asset.stored.is_some());
        stored
            .then(|| std::fs::read(self.app.object_path(asset_id)).ok())
            .flatten()
    }

    /// An asset's status (`pending_upload`, `uploaded`, `completed`), batch items ingested so
    /// far counted as completed.
    pub fn asset_status(&self, asset_id: &str) -> Option<&'static str> {
        let mut registry = self.app.registry();
        batches::settle(&mut registry);
        registry.assets.get(asset_id).map(|a| a.status.as_str())
    }

    /// Every asset created (simple upload or init), in creation order.
    pub fn asset_ids(&self) -> Vec<String> {
        self.app.registry().asset_order.clone()
    }

    /// Replaces the fault plan; requests already being faulted carry on.
    pub fn set_faults(&self, faults: Faults) {
        *lock(&self.app.faults) = faults;
    }

    /// The fault plan with the tries left.
    pub fn faults(&self) -> Faults {
        lock(&self.app.faults).clone()
    }

    /// Whether the server still serves (it stops on drop, or when serving fails).
    pub fn is_running(&self) -> bool {
        self.thread
            .as_ref()
            .is_some_and(|thread| !thread.is_finished())
    }

    /// Blocks until the server stops.
    pub fn wait(mut self) {
        if let Some(thread) = self.thread.take() {
            // A panic in the server thread has already been reported on stderr.
            let _ = thread.join();
        }
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            // Fails only when the server already stopped.
            let _ = shutdown.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// One line on stderr; a closed stderr is ignored rather than a reason to panic.
fn log(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}
