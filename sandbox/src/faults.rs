//! The fault plan: which requests the sandbox fails on purpose, parsed from `NAME=N,...`.

use std::fmt;

use axum::http::StatusCode;

/// Statuses an `<endpoint>-<status>` fault can answer.
const STATUSES: [StatusCode; 6] = [
    StatusCode::REQUEST_TIMEOUT,
    StatusCode::TOO_MANY_REQUESTS,
    StatusCode::INTERNAL_SERVER_ERROR,
    StatusCode::BAD_GATEWAY,
    StatusCode::SERVICE_UNAVAILABLE,
    StatusCode::GATEWAY_TIMEOUT,
];

const VALID_NAMES: &str = "assets-, init-, put-, complete-, avatars-, download-, batch-init- or batch-complete- followed by 408, 429, 500, 502, 503 or 504; complete-409, put-expired, put-drop, put-stall, download-drop, download-stall, download-expired, assets-lost, init-lost, complete-lost, avatars-lost, batch-init-lost, batch-complete-lost (each =N requests); agent-failed, agent-input, video-failed (each =N sessions); avatar-consent (=N avatar groups); put-throttle=BYTES_PER_SEC, assets-throttle=BYTES_PER_SEC, rate-limit=PER_SEC[/BURST], latency=MS, batch-item-failed=FILENAME";

/// The routes a fault can hit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Endpoint {
    /// POST /v3/assets
    Assets,
    /// POST /v3/assets/direct-uploads
    Init,
    /// PUT /storage/...
    Put,
    /// POST /v3/assets/{asset_id}/complete
    Complete,
    /// POST /v3/avatars
    Avatars,
    /// GET /downloads/... (a finished video)
    Download,
    /// POST /v3/video-agents: decides how the session ends, not how the request is answered.
    VideoAgents,
    /// A new avatar group: decides whether it waits for consent.
    AvatarGroups,
    /// POST /v3/assets/direct-uploads/batches
    BatchInit,
    /// POST /v3/assets/complete/batches
    BatchComplete,
}

impl Endpoint {
    /// The endpoints that `<endpoint>-<status>` faults can answer for.
    const ALL: [Endpoint; 8] = [
        Endpoint::Assets,
        Endpoint::Init,
        Endpoint::Put,
        Endpoint::Complete,
        Endpoint::Avatars,
        Endpoint::Download,
        Endpoint::BatchInit,
        Endpoint::BatchComplete,
    ];

    /// The API requests that create or complete something, whose answer can be lost after
    /// the work is done.
    fn can_lose_answers(self) -> bool {
        !matches!(
            self,
            Endpoint::Put | Endpoint::Download | Endpoint::VideoAgents | Endpoint::AvatarGroups
        )
    }

    fn name(self) -> &'static str {
        match self {
            Endpoint::Assets => "assets",
            Endpoint::Init => "init",
            Endpoint::Put => "put",
            Endpoint::Complete => "complete",
            Endpoint::Avatars => "avatars",
            Endpoint::Download => "download",
            Endpoint::VideoAgents => "video-agents",
            Endpoint::AvatarGroups => "avatar-groups",
            Endpoint::BatchInit => "batch-init",
            Endpoint::BatchComplete => "batch-complete",
        }
    }
}

/// One kind of failure, applied to one request at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// `<endpoint>-<status>`: answer that status without doing anything.
    Status(Endpoint, StatusCode),
    /// `complete-409`: "Uploaded object not found yet".
    Conflict,
    /// `put-expired`: 403 "Request has expired" for a valid URL.
    Expired,
    /// `put-drop`: read part of the body, then close the connection without answering.
    Drop,
    /// `put-stall`: read part of the body, then neither read nor answer.
    Stall,
    /// `download-drop`: send half the video, then close the connection.
    DownloadDrop,
    /// `download-stall`: send half the video, then hold the connection without a byte more.
    DownloadStall,
    /// `download-expired`: 403 "Request has expired" for a valid download URL.
    DownloadExpired,
    /// `agent-failed`: the next session fails.
    AgentFailed,
    /// `agent-input`: the next session waits for the user's answer.
    AgentInput,
    /// `video-failed`: the next session's video fails to render.
    VideoFailed,
    /// `avatar-consent`: the next avatar group waits for consent before training.
    NeedsConsent,
    /// `<endpoint>-lost`: the work is done, then the connection closes without the answer.
    Lost(Endpoint),
}

impl Fault {
    pub fn endpoint(self) -> Endpoint {
        match self {
            Fault::Status(endpoint, _) | Fault::Lost(endpoint) => endpoint,
            Fault::Conflict => Endpoint::Complete,
            Fault::Expired | Fault::Drop | Fault::Stall => Endpoint::Put,
            Fault::DownloadDrop | Fault::DownloadStall | Fault::DownloadExpired => {
                Endpoint::Download
            }
            Fault::AgentFailed | Fault::AgentInput | Fault::VideoFailed => Endpoint::VideoAgents,
            Fault::NeedsConsent => Endpoint::AvatarGroups,
        }
    }

    fn from_name(name: &str) -> Option<Fault> {
        match name {
            "complete-409" => return Some(Fault::Conflict),
            "put-expired" => return Some(Fault::Expired),
            "put-drop" => return Some(Fault::Drop),
            "put-stall" => return Some(Fault::Stall),
            "download-drop" => return Some(Fault::DownloadDrop),
            "download-stall" => return Some(Fault::DownloadStall),
            "download-expired" => return Some(Fault::DownloadExpired),
            "agent-failed" => return Some(Fault::AgentFailed),
            "agent-input" => return Some(Fault::AgentInput),
            "video-failed" => return Some(Fault::VideoFailed),
            "avatar-consent" => return Some(Fault::NeedsConsent),
            _ => {}
        }
        Endpoint::ALL.into_iter().find_map(|endpoint| {
            let status = name.strip_prefix(endpoint.name())?.strip_prefix('-')?;
            if status == "lost" && endpoint.can_lose_answers() {
                return Some(Fault::Lost(endpoint));
            }
            let status = STATUSES.into_iter().find(|s| s.as_str() == status)?;
            Some(Fault::Status(endpoint, status))
        })
    }
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fault::Status(endpoint, status) => {
                write!(f, "{}-{}", endpoint.name(), status.as_str())
            }
            Fault::Conflict => f.write_str("complete-409"),
            Fault::Expired => f.write_str("put-expired"),
            Fault::Drop => f.write_str("put-drop"),
            Fault::Stall => f.write_str("put-stall"),
            Fault::DownloadDrop => f.write_str("download-drop"),
            Fault::DownloadStall => f.write_str("download-stall"),
            Fault::DownloadExpired => f.write_str("download-expired"),
            Fault::AgentFailed => f.write_str("agent-failed"),
            Fault::AgentInput => f.write_str("agent-input"),
            Fault::VideoFailed => f.write_str("video-failed"),
            Fault::NeedsConsent => f.write_str("avatar-consent"),
            Fault::Lost(endpoint) => write!(f, "{}-lost", endpoint.name()),
        }
    }
}

/// What to fail and how often; `Default` fails nothing.
///
/// Each counted fault applies to the next N requests to its endpoint (API requests once their
/// key is accepted; before any other check), then that endpoint behaves normally again. When several match one request, the one listed first with tries
/// left applies, so `put-503=1,put-drop=1` fails the first PUT with 503 and drops the second.
/// `put-throttle` and `assets-throttle` are not counted: they slow every PUT or simple-upload
/// body. `rate-limit` answers 429 with `Retry-After` to API requests over the rate, and
/// `latency` delays every API request, to model a distant API.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Faults {
    /// Tries left per fault, in the order given.
    counts: Vec<(Fault, u32)>,
    /// Bytes per second at which PUT bodies are read.
    throttle: Option<u64>,
    /// Bytes per second at which simple-upload (POST /v3/assets) bodies are read.
    assets_throttle: Option<u64>,
    /// Requests per second the key may make, with a burst.
    rate_limit: Option<RateLimit>,
    /// Milliseconds every API request waits before it is handled (a modeled network).
    latency_ms: Option<u64>,
    /// `batch-item-failed=FILENAME`: batch items of that file name fail their ingestion.
    failed_items: Vec<String>,
}

/// `rate-limit=PER_SEC[/BURST]`: a token bucket per key, as HeyGen limits requests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateLimit {
    pub per_sec: u32,
    pub burst: u32,
}

impl Faults {
    /// Parses `NAME=N,...` (spaces around items and empty items are ignored).
    pub fn parse(spec: &str) -> Result<Faults, String> {
        let mut faults = Faults::default();
        for item in spec.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            let Some((name, value)) = item.split_once('=') else {
                return Err(format!("fault {item:?} is not NAME=N"));
            };
            let (name, value) = (name.trim(), value.trim());
            let repeated = || format!("fault {name:?} is given twice");
            let at_least_one = |what: &str| {
                let number = value.parse::<u64>().ok().filter(|&n| n >= 1);
                number.ok_or_else(|| format!("fault {item:?}: {name} takes {what}, at least 1"))
            };
            let replaced = match name {
                "put-throttle" | "assets-throttle" => {
                    let rate = at_least_one("a rate in bytes per second")?;
                    let slot = match name {
                        "put-throttle" => &mut faults.throttle,
                        _ => &mut faults.assets_throttle,
                    };
                    slot.replace(rate).is_some()
                }
                "latency" => faults
                    .latency_ms
                    .replace(at_least_one("a number of milliseconds")?)
                    .is_some(),
                "rate-limit" => faults
                    .rate_limit
                    .replace(parse_rate_limit(item, value)?)
                    .is_some(),
                "batch-item-failed" if !value.is_empty() => {
                    let repeated = faults.failed_items.iter().any(|name| name == value);
                    faults.failed_items.push(value.to_string());
                    repeated
                }
                _ => {
                    let Some(fault) = Fault::from_name(name) else {
                        return Err(format!(
                            "unknown fault {name:?} in {item:?}; valid names: {VALID_NAMES}"
                        ));
                    };
                    let Ok(count) = value.parse::<u32>() else {
                        return Err(format!(
                            "fault {item:?}: N must be a whole number of requests"
                        ));
                    };
                    if faults.counts.iter().any(|(f, _)| *f == fault) {
                        return Err(repeated());
                    }
                    faults.counts.push((fault, count));
                    false
                }
            };
            if replaced {
                return Err(repeated());
            }
        }
        Ok(faults)
    }

    /// Uses up one try of the first fault for `endpoint` that has tries left.
    pub(super) fn take(&mut self, endpoint: Endpoint) -> Option<Fault> {
        let (fault, left) = self
            .counts
            .iter_mut()
            .find(|(fault, left)| fault.endpoint() == endpoint && *left > 0)?;
        *left -= 1;
        Some(*fault)
    }

    pub(super) fn throttle(&self) -> Option<u64> {
        self.throttle
    }

    pub(super) fn assets_throttle(&self) -> Option<u64> {
        self.assets_throttle
    }

    pub(super) fn rate_limit(&self) -> Option<RateLimit> {
        self.rate_limit
    }

    pub(super) fn latency_ms(&self) -> Option<u64> {
        self.latency_ms
    }

    /// Whether a batch item named `filename` is to fail its ingestion.
    pub(super) fn item_fails(&self, filename: &str) -> bool {
        self.failed_items.iter().any(|name| name == filename)
    }
}

/// `PER_SEC` or `PER_SEC/BURST`, both at least 1; the burst is the rate when not given.
fn parse_rate_limit(item: &str, value: &str) -> Result<RateLimit, String> {
    let (rate, burst) = match value.split_once('/') {
        Some((rate, burst)) => (rate, Some(burst)),
        None => (value, None),
    };
    let number = |text: &str| text.trim().parse::<u32>().ok().filter(|&n| n >= 1);
    let per_sec = number(rate);
    let burst = burst.map_or(per_sec, number);
    match (per_sec, burst) {
        (Some(per_sec), Some(burst)) => Ok(RateLimit { per_sec, burst }),
        _ => Err(format!(
            "fault {item:?}: rate-limit takes requests per second and an optional burst, both \
             at least 1 (e.g. rate-limit=10/20)"
        )),
    }
}

/// The plan in `--fault` form, with the tries left.
impl fmt::Display for Faults {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut items: Vec<String> = self
            .counts
            .iter()
            .map(|(fault, left)| format!("{fault}={left}"))
            .collect();
        if let Some(rate) = self.throttle {
            items.push(format!("put-throttle={rate}"));
        }
        if let Some(rate) = self.assets_throttle {
            items.push(format!("assets-throttle={rate}"));
        }
        if let Some(limit) = self.rate_limit {
            items.push(format!("rate-limit={}/{}", limit.per_sec, limit.burst));
        }
        if let Some(ms) = self.latency_ms {
            items.push(format!("latency={ms}"));
        }
        for name in &self.failed_items {
            items.push(format!("batch-item-failed={name}"));
        }
        f.write_str(&items.join(","))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_name() {
        let mut spec: Vec<String> = Endpoint::ALL
            .iter()
            .flat_map(|e| {
                STATUSES
                    .iter()
                    .map(move |s| format!("{}-{}=1", e.name(), s.as_str()))
            })
            .collect();
        spec.extend(
            [
                "complete-409=2",
                "put-expired=3",
                "put-drop=4",
                "put-stall=0",
                "download-drop=1",
                "agent-failed=1",
                "agent-input=2",
                "video-failed=3",
                "init-lost=1",
                "batch-complete-lost=2",
            ]
            .map(String::from),
        );
        spec.push("put-throttle=1000".into());
        spec.push("batch-item-failed=bad one.png".into());
        let faults = Faults::parse(&spec.join(",")).unwrap();
        assert_eq!(faults.counts.len(), 8 * 6 + 10);
        assert_eq!(faults.throttle(), Some(1000));
        assert!(faults.item_fails("bad one.png") && !faults.item_fails("good.png"));
        // Display gives back the spec.
        assert_eq!(faults.to_string(), spec.join(","));
        assert_eq!(
            Faults::parse(" init-429 = 2 , ,").unwrap().counts,
            vec![(
                Fault::Status(Endpoint::Init, StatusCode::TOO_MANY_REQUESTS),
                2
            )]
        );
        assert_eq!(Faults::parse("").unwrap(), Faults::default());
    }

    #[test]
    fn refuses_bad_items_by_name() {
        let error = Faults::parse("init-429=1,put-418=1").unwrap_err();
        assert!(error.contains("\"put-418\""), "{error}");
        assert!(
            error.contains("put-drop") && error.contains("put-throttle"),
            "{error}"
        );
        for (spec, named) in [
            ("init-429", "\"init-429\""),
            ("init-429=x", "\"init-429=x\""),
            ("init-429=-1", "\"init-429=-1\""),
            ("put-throttle=0", "\"put-throttle=0\""),
            ("put-drop=1,put-drop=2", "\"put-drop\""),
            ("put-throttle=5,put-throttle=6", "\"put-throttle\""),
            ("complete-408=1,complete-4O9=1", "\"complete-4O9\""),
        ] {
            let error = Faults::parse(spec).unwrap_err();
            assert!(error.contains(named), "{spec}: {error}");
        }
    }

    #[test]
    fn network_models_parse_and_print_back() {
        let faults = Faults::parse("rate-limit=10/20,latency=50,assets-throttle=2000000").unwrap();
        let limit = RateLimit {
            per_sec: 10,
            burst: 20,
        };
        assert_eq!(faults.rate_limit(), Some(limit));
        assert_eq!(faults.latency_ms(), Some(50));
        assert_eq!(faults.assets_throttle(), Some(2_000_000));
        assert_eq!(
            faults.to_string(),
            "assets-throttle=2000000,rate-limit=10/20,latency=50"
        );
        let burst_is_the_rate = Faults::parse("rate-limit=4").unwrap().rate_limit();
        assert_eq!(burst_is_the_rate.map(|l| l.burst), Some(4));
        for bad in [
            "rate-limit=0",
            "rate-limit=5/0",
            "rate-limit=x",
            "latency=0",
            "rate-limit=1,rate-limit=2",
        ] {
            assert!(Faults::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn counts_down_in_the_order_given() {
        let mut faults = Faults::parse("put-503=1,init-500=1,put-drop=2").unwrap();
        let put503 = Fault::Status(Endpoint::Put, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(faults.take(Endpoint::Put), Some(put503));
        assert_eq!(faults.take(Endpoint::Put), Some(Fault::Drop));
        assert_eq!(faults.take(Endpoint::Put), Some(Fault::Drop));
        assert_eq!(faults.take(Endpoint::Put), None);
        assert_eq!(faults.take(Endpoint::Avatars), None);
        assert_eq!(faults.to_string(), "put-503=0,init-500=1,put-drop=0");
    }
}
