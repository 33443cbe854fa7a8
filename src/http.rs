//! Every request the tool makes goes out through `Http::send`: one client (no redirects, no
//! Referer, no total timeout), one stall watchdog, one `-v` trace, one way to turn transport
//! errors into failures. It knows nothing about HeyGen's endpoints or about terminals: it
//! reports retries and traces through `Report`, and callers describe requests with its own
//! `Request`, so no type of the HTTP client leaves this module; only the vocabulary types of
//! the `http` crate (method, status, headers), which the client re-exports, are shared.

use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures_util::Stream;
pub use reqwest::header::{self, HeaderMap, HeaderName, HeaderValue};
use reqwest::header::{CONTENT_TYPE, RETRY_AFTER};
pub use reqwest::{Method, StatusCode};
use url::Url;

use crate::error::{Failure, Kind, Result};
use crate::pacer::Pacer;
use crate::proxy::ProxyEnv;
use crate::report::Report;
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
    /// Which proxy each request goes through, for `-v`.
    proxy: ProxyEnv,
    /// Where retry notes and `-v` traces go.
    report: Arc<dyn Report>,
    /// Known only to scrub it from traces; it is added per request by the API layer alone.
    key: Option<ApiKey>,
    /// Spaces the starts of API requests (those carrying the key) under HeyGen's rate limit.
    pacer: Pacer,
}

/// How the transport behaves, from the settings.
#[derive(Debug, Clone)]
pub struct HttpOptions {
    pub stall_timeout: Duration,
    pub retries: u32,
    pub verbose: bool,
    /// PEM certificates trusted on top of the system's (`--ca-file`).
    pub ca_file: Option<std::path::PathBuf>,
    /// The proxies of the environment.
    pub proxy: ProxyEnv,
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
        redirect_target(self.status, &self.headers)
    }
}

/// Where a redirect answer pointed, its query string redacted; `None` for other answers.
fn redirect_target(status: StatusCode, headers: &HeaderMap) -> Option<String> {
    status.is_redirection().then(|| {
        headers
            .get("location")
            .map(|l| redact_url(&String::from_utf8_lossy(l.as_bytes())))
            .unwrap_or_else(|| "nowhere".into())
    })
}

/// A request body read from disk or elsewhere, chunk by chunk.
pub type ByteStream = Pin<Box<dyn Stream<Item = std::io::Result<Bytes>> + Send + 'static>>;

/// What a request carries.
enum Body {
    Empty,
    Json(Vec<u8>),
    /// Exactly `len` bytes; the caller sets Content-Length.
    Stream(ByteStream),
    /// One multipart field holding a file of `len` bytes.
    FilePart {
        field: &'static str,
        file_name: String,
        content_type: String,
        chunks: ByteStream,
        len: u64,
    },
}

/// One try of a request, with the activity its body reports to (a fresh body each try).
pub struct Request {
    method: Method,
    url: Url,
    headers: HeaderMap,
    body: Body,
    activity: Activity,
}

impl Request {
    /// A request without a body yet; a URL that does not parse is a failure of the caller's
    /// making (a base URL checked by the settings, a URL checked before).
    pub fn new(method: Method, url: &str) -> Result<Request> {
        let url = Url::parse(url)
            .map_err(|e| Failure::remote(format!("cannot build the request ({e})")))?;
        Ok(Request::to(method, url))
    }

    pub fn to(method: Method, url: Url) -> Request {
        Request {
            method,
            url,
            headers: HeaderMap::new(),
            body: Body::Empty,
            activity: Activity::default(),
        }
    }

    pub fn header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        self.headers.append(name, value);
        self
    }

    pub fn headers(mut self, headers: HeaderMap) -> Self {
        self.headers.extend(headers);
        self
    }

    /// A JSON body (and its Content-Type).
    pub fn json(mut self, value: &serde_json::Value) -> Self {
        self.headers
            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        self.body = Body::Json(value.to_string().into_bytes());
        self
    }

    /// A streamed body that reports to `activity`.
    pub fn stream(mut self, chunks: ByteStream, activity: Activity) -> Self {
        self.body = Body::Stream(chunks);
        self.activity = activity;
        self
    }

    /// A multipart form of one file field, streamed with its length.
    pub fn file_part(
        mut self,
        field: &'static str,
        file_name: &str,
        content_type: &str,
        (chunks, len): (ByteStream, u64),
        activity: Activity,
    ) -> Self {
        self.body = Body::FilePart {
            field,
            file_name: file_name.to_string(),
            content_type: content_type.to_string(),
            chunks,
            len,
        };
        self.activity = activity;
        self
    }
}

/// Which answers are tried again besides passing faults, and how many tries there are in all.
#[derive(Debug, Clone, Copy, Default)]
pub struct Budget {
    /// An answer that means "not yet" for this request (409 for complete).
    pub also_retry: Option<StatusCode>,
    /// Tries in all, passing faults and `also_retry` answers together; `None`: `--retries`
    /// alone limits them.
    pub attempts: Option<u32>,
}

impl Http {
    pub fn new(options: HttpOptions, key: Option<ApiKey>, report: Arc<dyn Report>) -> Result<Http> {
        let (tls, warning) = crate::tls::client_config(options.ca_file.as_deref())?;
        if let Some(warning) = warning {
            report.note(&format!("warning: {warning}"));
        }
        options.proxy.check().map_err(Failure::input)?;
        // Only the proxies chosen here: reqwest's own reading of the environment would take
        // upper-case HTTP_PROXY, and proxy plain http to the sandbox.
        let mut builder = reqwest::Client::builder().no_proxy();
        if !options.proxy.is_empty() {
            let proxy = options.proxy.clone();
            builder = builder.proxy(reqwest::Proxy::custom(move |url| proxy.proxy_for(url)));
        }
        let client = builder
            .use_preconfigured_tls(tls)
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
            proxy: options.proxy,
            pacer: Pacer::new(options.wait_timeout, report.clone()),
            report,
            key,
        })
    }

    /// The run's requests are over: a note on how long HeyGen limited them, if it did, so it
    /// comes before a command's summary line rather than after it.
    pub fn end_run(&self) {
        self.pacer.end_run();
    }

    /// Sends a request, trying again after a passing fault (lost connection, stall, 408, 429,
    /// 5xx) up to the retry limit. `make` builds each try afresh, so a file body restarts at
    /// byte 0. Other answers, failures included, are returned for the caller to read. API
    /// requests go at the pacer's pace, and their 429s are the pacer's to wait out: they use
    /// up no retry.
    pub async fn send(&self, make: impl FnMut() -> Result<Request>) -> Result<Answer> {
        self.send_within(Budget::default(), make).await
    }

    /// `send`, also trying again on `budget.also_retry`, all tries counted against
    /// `budget.attempts`.
    pub async fn send_within(
        &self,
        budget: Budget,
        mut make: impl FnMut() -> Result<Request>,
    ) -> Result<Answer> {
        let (mut tries, mut passing) = (0, 0);
        loop {
            let request = make()?;
            let what = format!("{} {}", request.method, without_query(&request.url));
            let ticket = match request.headers.contains_key("x-api-key") {
                true => Some(self.pacer.admit().await?),
                false => None,
            };
            let outcome = self.send_once(request).await;
            match (&outcome, ticket) {
                (Ok(answer), Some(ticket)) if answer.status == StatusCode::TOO_MANY_REQUESTS => {
                    let retry_after = answer
                        .headers
                        .get(RETRY_AFTER)
                        .and_then(|value| value.to_str().ok());
                    self.pacer.refused(ticket, retry_after)?;
                    continue;
                }
                (Ok(_), Some(ticket)) => self.pacer.answered(ticket),
                _ => {}
            }
            tries += 1;
            let (reason, is_passing) = match &outcome {
                Ok(answer) if retry::is_retryable(answer.status.as_u16()) => {
                    (format!("answered {}", answer.status), true)
                }
                Ok(answer) if Some(answer.status) == budget.also_retry => {
                    (format!("answered {}", answer.status), false)
                }
                Err(failure) if failure.transient => (failure.message.clone(), true),
                _ => return outcome,
            };
            let limit = budget.attempts.unwrap_or(self.retries + 1);
            if (is_passing && passing == self.retries) || tries >= limit {
                return outcome;
            }
            passing += u32::from(is_passing);
            let retry_after = outcome
                .as_ref()
                .ok()
                .and_then(|a| a.headers.get(RETRY_AFTER))
                .and_then(|value| value.to_str().ok());
            let wait = retry::delay(tries, retry_after);
            self.report.note(&format!(
                "{what}: {reason}; retry {tries} of {} in {:.1} s",
                limit - 1,
                wait.as_secs_f64()
            ));
            tokio::time::sleep(wait).await;
        }
    }

    /// The library's request for ours: the one place requests are built.
    fn build(&self, request: Request) -> Result<(reqwest::Request, Activity)> {
        let Request {
            method,
            url,
            headers,
            body,
            activity,
        } = request;
        let builder = self.client.request(method, url).headers(headers);
        let builder = match body {
            Body::Empty => builder,
            Body::Json(bytes) => builder.body(bytes),
            Body::Stream(chunks) => builder.body(reqwest::Body::wrap_stream(chunks)),
            Body::FilePart {
                field,
                file_name,
                content_type,
                chunks,
                len,
            } => {
                let part = reqwest::multipart::Part::stream_with_length(
                    reqwest::Body::wrap_stream(chunks),
                    len,
                )
                .file_name(file_name)
                .mime_str(&content_type)
                .map_err(|_| Failure::input(format!("{content_type:?} is not a MIME type")))?;
                builder.multipart(reqwest::multipart::Form::new().part(field, part))
            }
        };
        let request = builder.build().map_err(|e| {
            Failure::remote(format!("cannot build the request: {}", e.without_url()))
        })?;
        Ok((request, activity))
    }

    /// One try: fails with exit 4 when no byte has moved (in the request body, as counted by
    /// `activity`, or in the answer) for the stall timeout.
    async fn send_once(&self, request: Request) -> Result<Answer> {
        let (request, activity) = self.build(request)?;
        let activity = &activity;
        self.trace_request(&request);
        let secrets = url_secrets(request.url());
        let proxy = self.proxy.proxy_for(request.url());
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
            answer = exchange => answer.map_err(|e| transport_failure(&e, proxy.as_ref()))?,
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
        if let Some(proxy) = self.proxy.proxy_for(request.url()) {
            lines.push(format!(
                "* through the proxy {}",
                crate::proxy::shown(&proxy)
            ));
        }
        lines.extend(trace_headers(
            '>',
            request.headers(),
            self.key.as_ref(),
            &[],
        ));
        self.report.trace(&lines);
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
            lines.push(format!("< {}", crate::text::sanitize(&shown)));
        }
        self.report.trace(&lines);
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
            crate::text::sanitize(&value)
        ));
    }
    lines
}

/// An answer whose body is read as it arrives (a download), not whole.
pub struct Streaming {
    response: reqwest::Response,
}

impl Streaming {
    pub fn status(&self) -> StatusCode {
        self.response.status()
    }

    pub fn headers(&self) -> &HeaderMap {
        self.response.headers()
    }

    pub fn content_length(&self) -> Option<u64> {
        self.response.content_length()
    }

    /// Where a redirect pointed (query string redacted), when this answer is one.
    pub fn redirect_target(&self) -> Option<String> {
        redirect_target(self.status(), self.headers())
    }

    /// The next piece of the body, `None` at its end; a connection that breaks is a passing
    /// failure.
    pub async fn chunk(&mut self) -> Result<Option<Bytes>> {
        self.response
            .chunk()
            .await
            .map_err(|e| transport_failure(&e, None).transient())
    }
}

impl Http {
    /// A GET of `url` with no header of the API's (storage gets no key), its body left to the
    /// caller to stream. Tried once: the caller decides whether the whole download restarts.
    pub async fn open(&self, url: &Url) -> Result<Streaming> {
        let request = self
            .client
            .get(url.clone())
            .build()
            .map_err(|e| transport_failure(&e, None))?;
        self.trace_request(&request);
        let proxy = self.proxy.proxy_for(url);
        let response = self
            .client
            .execute(request)
            .await
            .map_err(|e| transport_failure(&e, proxy.as_ref()))?;
        Ok(Streaming { response })
    }
}

/// reqwest's errors embed the URL, and a presigned URL's query string is a credential: the
/// URL is dropped and the causes are spelled out instead.
/// `proxy`: the proxy the request went through, if any, named when it cannot be reached.
fn transport_failure(error: &reqwest::Error, proxy: Option<&Url>) -> Failure {
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
    // A certificate the trusted roots do not vouch for stays so: no retry.
    if let Some(problem) = crate::tls::certificate_problem(error) {
        return Failure::remote(format!(
            "cannot trust the certificate of {host} ({problem}); if your network inspects TLS, \
             point SSL_CERT_FILE at its CA bundle"
        ));
    }
    // Every other transport failure is a passing one as far as `send` knows: it retries them.
    let failure = if error.is_timeout() {
        Failure::new(Kind::Timeout, format!("{host} timed out ({cause})"))
    } else if let (true, Some(proxy)) = (error.is_connect(), proxy) {
        Failure::remote(format!(
            "cannot connect to {host} through the proxy {} ({cause}); check the proxy \
             variables (https_proxy, all_proxy, no_proxy) and the network",
            crate::proxy::shown(proxy)
        ))
    } else if error.is_connect() {
        Failure::remote(format!(
            "cannot connect to {host} ({cause}); check the base URL and the network"
        ))
    } else {
        Failure::remote(format!("the connection to {host} failed ({cause})"))
    };
    failure.transient()
}

/// The URL as retry notes show it: no query string (a presigned URL's is a credential), no
/// user name or password.
fn without_query(url: &reqwest::Url) -> String {
    let mut url = url.clone();
    url.set_query(None);
    redact_url(url.as_str())
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
