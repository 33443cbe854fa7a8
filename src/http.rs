//! Every request the tool makes goes out through `Http::send`: one client (no redirects, no
//! Referer, no total timeout), one stall watchdog, one `-v` trace, one way to turn transport
//! errors into failures. It knows nothing about HeyGen's endpoints or about terminals.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use reqwest::header::{HeaderMap, RETRY_AFTER};
use reqwest::{RequestBuilder, StatusCode};

use crate::error::{Failure, Kind, Result};
use crate::output::Output;
use crate::pacer::Pacer;
use crate::retry;
use crate::secret::{ApiKey, redact_url, scrub, scrub_all, scrub_body, url_secrets};

const CONNECT_TIMEOUT: Duration = Duration::from_secs(15);
/// Answers are JSON envelopes or S3 XML errors; anything longer is cut, so a hostile or broken
/// server cannot make the tool hold gigabytes.
const MAX_ANSWER_BYTES: usize = 1 << 20;
/// How much of an answer `-v` shows.
const TRACE_BODY_CHARS: usize = 4000;

pub struct Http {
    client: reqwest::Client,
    stall_timeout: Duration,
    retries: u32,
    verbose: bool,
    /// Where retry notes and `-v` traces go (written around progress bars).
    notes: Output,
    /// Known only to scrub it from traces; it is added per request by the API layer alone.
    key: Option<ApiKey>,
    /// Spaces the starts of API requests (those carrying the key) under HeyGen's rate limit.
    pacer: Pacer,
}

/// How the transport behaves, from the settings.
#[derive(Debug, Clone, Copy)]
pub struct HttpOptions {
    pub stall_timeout: Duration,
    pub retries: u32,
    pub verbose: bool,
    /// How long HeyGen may refuse every request (429) before the run gives up.
    pub wait_timeout: Duration,
}

/// An answer read in full (up to `MAX_ANSWER_BYTES`).
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// Where a redirect pointed (query string redacted), when this answer is one: redirects
    /// are reported, never followed.
    pub fn redirect_target(&self) -> Option<String> {
        self.status.is_redirection().then(|| {
            self.headers
                .get("location")
                .map(|l| redact_url(&String::from_utf8_lossy(l.as_bytes())))
                .unwrap_or_else(|| "nowhere".into())
        })
    }
}

/// One try of a request, with the activity its body reports to (a fresh body each try).
pub struct Attempt {
    pub request: RequestBuilder,
    pub activity: Activity,
}

impl Attempt {
    /// A request whose body is already in memory.
    pub fn new(request: RequestBuilder) -> Self {
        Self {
            request,
            activity: Activity::default(),
        }
    }
}

impl Http {
    pub fn new(options: HttpOptions, key: Option<ApiKey>, notes: Output) -> Result<Http> {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .referer(false)
            .connect_timeout(CONNECT_TIMEOUT)
            .user_agent(concat!("heygen-cli/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| Failure::remote(format!("cannot set up HTTP: {}", e.without_url())))?;
        Ok(Http {
            client,
            stall_timeout: options.stall_timeout,
            retries: options.retries,
            verbose: options.verbose,
            pacer: Pacer::new(options.wait_timeout, notes.clone()),
            notes,
            key,
        })
    }

    pub fn client(&self) -> &reqwest::Client {
        &self.client
    }

    /// Sends a request, trying again after a passing fault (lost connection, stall, 408, 429,
    /// 5xx) up to the retry limit. `make` builds each try afresh, so a file body restarts at
    /// byte 0. Other answers, failures included, are returned for the caller to read. API
    /// requests go at the pacer's pace, and their 429s are the pacer's to wait out: they use
    /// up no retry.
    pub async fn send(&self, mut make: impl FnMut() -> Result<Attempt>) -> Result<Answer> {
        let mut retry = 0;
        loop {
            let attempt = make()?;
            let request = attempt.request.build().map_err(|e| {
                Failure::remote(format!("cannot build the request: {}", e.without_url()))
            })?;
            let what = format!("{} {}", request.method(), without_query(request.url()));
            let ticket = match request.headers().contains_key("x-api-key") {
                true => Some(self.pacer.admit().await?),
                false => None,
            };
            let outcome = self.send_once(request, &attempt.activity).await;
            match (&outcome, ticket) {
                (Ok(answer), Some(ticket)) if answer.status == StatusCode::TOO_MANY_REQUESTS => {
                    self.pacer
                        .refused(ticket, answer.headers.get(RETRY_AFTER))?;
                    continue;
                }
                (Ok(_), Some(ticket)) => self.pacer.answered(ticket),
                _ => {}
            }
            let reason = match &outcome {
                Ok(answer) if retry::is_retryable(answer.status) => {
                    format!("answered {}", answer.status)
                }
                Err(failure) if failure.transient => failure.message.clone(),
                _ => return outcome,
            };
            if retry == self.retries {
                return outcome;
            }
            retry += 1;
            let retry_after = outcome
                .as_ref()
                .ok()
                .and_then(|a| a.headers.get(RETRY_AFTER));
            let wait = retry::delay(retry, retry_after);
            self.notes.note(&format!(
                "{what}: {reason}; retry {retry} of {} in {:.1} s",
                self.retries,
                wait.as_secs_f64()
            ));
            tokio::time::sleep(wait).await;
        }
    }

    /// One try: fails with exit 4 when no byte has moved (in the request body, as counted by
    /// `activity`, or in the answer) for the stall timeout.
    async fn send_once(&self, request: reqwest::Request, activity: &Activity) -> Result<Answer> {
        self.trace_request(&request);
        let secrets = url_secrets(request.url());
        activity.touch();
        let exchange = async {
            let mut response = self.client.execute(request).await?;
            activity.touch();
            let (status, headers) = (response.status(), response.headers().clone());
            let mut body = Vec::new();
            while let Some(chunk) = response.chunk().await? {
                activity.touch();
                let room = MAX_ANSWER_BYTES - body.len();
                body.extend_from_slice(&chunk[..chunk.len().min(room)]);
                if body.len() == MAX_ANSWER_BYTES {
                    break;
                }
            }
            Ok::<_, reqwest::Error>(Answer {
                status,
                headers,
                body,
            })
        };
        let answer = tokio::select! {
            answer = exchange => answer.map_err(|e| transport_failure(&e))?,
            () = activity.stalled(self.stall_timeout) => return Err(self.stall_failure()),
        };
        self.trace_answer(&answer, &secrets);
        Ok(answer)
    }

    fn stall_failure(&self) -> Failure {
        Failure::new(
            Kind::Timeout,
            format!(
                "no byte moved for {} s, so the request was given up; check the network and \
                 try again (--timeout sets the limit)",
                self.stall_timeout.as_secs()
            ),
        )
        .transient()
    }

    fn trace_request(&self, request: &reqwest::Request) {
        if !self.verbose {
            return;
        }
        let mut lines = vec![format!(
            "> {} {}",
            request.method(),
            redact_url(request.url().as_str())
        )];
        lines.extend(trace_headers(
            '>',
            request.headers(),
            self.key.as_ref(),
            &[],
        ));
        self.notes.trace(&lines);
    }

    /// The answer, without the key or the secrets of the URL asked (`url_secrets`), which a
    /// storage error may quote (S3's `<SignatureProvided>`).
    fn trace_answer(&self, answer: &Answer, secrets: &[String]) {
        if !self.verbose {
            return;
        }
        let mut lines = vec![format!("< {}", answer.status)];
        lines.extend(trace_headers(
            '<',
            &answer.headers,
            self.key.as_ref(),
            secrets,
        ));
        let text = scrub_body(&answer.body, self.key.as_ref(), secrets);
        if !text.is_empty() {
            let shown: String = text.chars().take(TRACE_BODY_CHARS).collect();
            lines.push(format!("< {}", crate::output::sanitize(&shown)));
        }
        self.notes.trace(&lines);
    }
}

/// Each header on a line: credentials redacted by name, and every other value scrubbed of the
/// key and of `secrets` (a hostile `Location` may quote them) and of URL query strings.
fn trace_headers(
    direction: char,
    headers: &HeaderMap,
    key: Option<&ApiKey>,
    secrets: &[String],
) -> Vec<String> {
    let mut lines = Vec::new();
    for (name, value) in headers {
        let value = match name.as_str() {
            "x-api-key"
            | "authorization"
            | "proxy-authorization"
            | "cookie"
            | "set-cookie"
            | "x-amz-security-token" => "(redacted)".to_string(),
            _ => scrub_all(&String::from_utf8_lossy(value.as_bytes()), key, secrets),
        };
        lines.push(format!(
            "{direction} {name}: {}",
            crate::output::sanitize(&value)
        ));
    }
    lines
}

/// reqwest's errors embed the URL, and a presigned URL's query string is a credential: the
/// URL is dropped and the causes are spelled out instead.
fn transport_failure(error: &reqwest::Error) -> Failure {
    let host = error
        .url()
        .and_then(|u| u.host_str().map(|h| format!("{h}{}", port_suffix(u))))
        .unwrap_or_else(|| "the server".to_string());
    let mut causes = Vec::new();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        causes.push(cause.to_string());
        source = cause.source();
    }
    // Whatever a cause says, a URL in it loses its query string.
    let cause = scrub(
        &causes.last().cloned().unwrap_or_else(|| error.to_string()),
        None,
    );
    // Every transport failure is a passing one as far as `send` knows: it retries them.
    let failure = if error.is_timeout() {
        Failure::new(Kind::Timeout, format!("{host} timed out ({cause})"))
    } else if error.is_connect() {
        Failure::remote(format!(
            "cannot connect to {host} ({cause}); check the base URL and the network"
        ))
    } else {
        Failure::remote(format!("the connection to {host} failed ({cause})"))
    };
    failure.transient()
}

fn without_query(url: &reqwest::Url) -> String {
    let mut url = url.clone();
    url.set_query(None);
    url.to_string()
}

fn port_suffix(url: &reqwest::Url) -> String {
    url.port().map(|p| format!(":{p}")).unwrap_or_default()
}

/// When a byte last moved, shared between a body stream and the watchdog in `Http::send`.
#[derive(Debug, Clone)]
pub struct Activity {
    start: Instant,
    last_ms: Arc<AtomicU64>,
}

impl Default for Activity {
    fn default() -> Self {
        Self {
            start: Instant::now(),
            last_ms: Arc::new(AtomicU64::new(0)),
        }
    }
}

impl Activity {
    pub fn touch(&self) {
        let now = self.start.elapsed().as_millis() as u64;
        self.last_ms.store(now, Ordering::Relaxed);
    }

    fn idle(&self) -> Duration {
        let last = Duration::from_millis(self.last_ms.load(Ordering::Relaxed));
        self.start.elapsed().saturating_sub(last)
    }

    /// Resolves once nothing has moved for `limit`.
    async fn stalled(&self, limit: Duration) {
        loop {
            let idle = self.idle();
            if idle >= limit {
                return;
            }
            tokio::time::sleep(limit - idle).await;
        }
    }
}
