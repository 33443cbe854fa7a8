//! The send loop: one client (no redirects, no Referer, no total timeout) through which every
//! request goes, API calls at the pacer's pace, failures worth retrying tried again within a
//! budget. It knows nothing about HeyGen's endpoints or about terminals: it reports retries and
//! traces through `Report`, and callers describe requests with `Request`, so no type of the
//! HTTP library leaves `net`; only the vocabulary types of the `http` crate (method, status,
//! headers), re-exported here, are shared.

use std::sync::Arc;
use std::time::Duration;

pub use reqwest::header::{self, HeaderMap, HeaderName, HeaderValue};
pub use reqwest::{Method, StatusCode};
use url::Url;

use crate::error::{Failure, Result};
pub use crate::net::answer::{Answer, Streaming};
use crate::net::failure::{self, transport_failure, without_query};
use crate::net::pacer::Pacer;
use crate::net::proxy::ProxyEnv;
use crate::net::report::Report;
pub use crate::net::request::{ByteStream, Request};
use crate::net::retry::{self, Retry};
pub use crate::net::stall::Activity;
use crate::util::secret::{ApiKey, url_secrets};

const CONNECT_TIMEOUT: Duration = Duration::from_secs(15);
/// Answers are JSON envelopes or S3 XML errors; anything longer is cut, so a hostile or broken
/// server cannot make the tool hold gigabytes.
const MAX_ANSWER_BYTES: usize = 1 << 20;

pub struct Http {
    client: reqwest::Client,
    stall_timeout: Duration,
    retries: u32,
    first_retry: Duration,
    pub(super) verbose: bool,
    /// Which proxy each request goes through, for `-v`.
    pub(super) proxy: ProxyEnv,
    /// Where retry notes and `-v` traces go.
    pub(super) report: Arc<dyn Report>,
    /// Known only to scrub it from traces; it is added per request by the API layer alone.
    pub(super) key: Option<ApiKey>,
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
    /// The wait before a first retry.
    pub first_retry: Duration,
}

/// Which answers are tried again besides transient failures, and how many tries in all.
#[derive(Debug, Clone, Copy, Default)]
pub struct Budget {
    /// An answer that means "not yet" for this request (409 for complete).
    pub also_retry: Option<StatusCode>,
    /// Tries in all, transient failures and `also_retry` answers together; `None`:
    /// `--retries` alone limits them.
    pub attempts: Option<u32>,
}

impl Http {
    pub fn new(options: HttpOptions, key: Option<ApiKey>, report: Arc<dyn Report>) -> Result<Http> {
        let (tls, warning) = crate::net::tls::client_config(options.ca_file.as_deref())?;
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
            first_retry: options.first_retry,
            verbose: options.verbose,
            proxy: options.proxy,
            pacer: Pacer::new(options.wait_timeout, options.first_retry, report.clone()),
            report,
            key,
        })
    }

    /// The retry policy of one request: `--retries`, and at most `attempts` tries in all.
    pub fn retry(&self, attempts: Option<u32>) -> Retry {
        Retry::new(self.retries, attempts, self.first_retry)
    }

    /// The run's requests are over: a note on how long HeyGen limited them, if it did, so it
    /// comes before a command's summary line rather than after it.
    pub fn end_run(&self) {
        self.pacer.end_run();
    }

    /// Sends a request, trying again after a transient failure (lost connection, stall, 408, 429,
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
        let mut retry = self.retry(budget.attempts);
        loop {
            let request = make()?;
            let what = format!("{} {}", request.method, without_query(&request.url));
            // API requests carry the key or an OAuth token; storage requests neither.
            let to_api = request.headers.contains_key("x-api-key")
                || request.headers.contains_key(header::AUTHORIZATION);
            let ticket = match to_api {
                true => Some(self.pacer.admit().await?),
                false => None,
            };
            let outcome = self.send_once(request).await;
            match (&outcome, ticket) {
                (Ok(answer), Some(ticket)) if answer.status == StatusCode::TOO_MANY_REQUESTS => {
                    self.pacer.refused(ticket, answer.retry_after())?;
                    continue;
                }
                (Ok(_), Some(ticket)) => self.pacer.answered(ticket),
                _ => {}
            }
            let (reason, transient, retry_after) = match &outcome {
                Ok(answer) if retry::is_retryable(answer.status.as_u16()) => (
                    format!("answered {}", answer.status),
                    true,
                    answer.retry_after(),
                ),
                Ok(answer) if Some(answer.status) == budget.also_retry => (
                    format!("answered {}", answer.status),
                    false,
                    answer.retry_after(),
                ),
                Err(failure) if failure.transient => (failure.message.clone(), true, None),
                _ => return outcome,
            };
            let Some(wait) = retry.next(transient, retry_after) else {
                return outcome;
            };
            self.report.note(&format!(
                "{what}: {reason}; retry {} of {} in {:.1} s",
                retry.done(),
                retry.most(),
                wait.as_secs_f64()
            ));
            tokio::time::sleep(wait).await;
        }
    }

    /// One try: fails with exit 4 when no byte has moved (in the request body, as counted by
    /// `activity`, or in the answer) for the stall timeout.
    async fn send_once(&self, request: Request) -> Result<Answer> {
        let (request, activity) = request.build(&self.client)?;
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
            () = activity.stalled(self.stall_timeout) => return Err(failure::stalled(self.stall_timeout)),
        };
        self.trace_answer(&answer, &secrets);
        Ok(answer)
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
