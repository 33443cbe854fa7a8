//! `heygen asset pending`: the resume records this computer keeps (uploads begun and not
//! completed), one per line, and `--clear` to drop them.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr, TcpStream};
use std::time::Duration;

use serde_json::json;

use crate::cli::PendingArgs;
use crate::error::{Outcome, Result};
use crate::upload::resume::ResumeRecords;
use crate::util::duration;

use crate::commands::Context;

pub fn run(context: &Context, args: &PendingArgs) -> Result<Outcome> {
    let output = &context.output;
    // Every record, whatever its API or key: listing and clearing need neither.
    let records = ResumeRecords::new(context.settings.state_dir.clone(), "", "");
    // What was removed is the result, on stdout, as `asset forget` reports it.
    if args.clear {
        if args.all {
            let removed = records.clear_all();
            output.result(
                &format!("{removed} resume record(s) removed"),
                &json!({"all": true, "records_removed": removed}),
            );
        }
        if args.stale {
            let mut probe = Probe::default();
            let removed = records.clear_where(|e| probe.is_gone(&e.base_url));
            output.result(
                &format!("{removed} resume record(s) of APIs gone removed"),
                &json!({"stale": true, "records_removed": removed}),
            );
        }
        for file in &args.files {
            let removed = records.clear_path(file);
            let shown = file.display().to_string();
            output.result(
                &format!("{shown}: {removed} resume record(s) removed"),
                &json!({"file": shown, "records_removed": removed}),
            );
        }
        return Ok(Outcome::default());
    }
    let mut probe = Probe::default();
    for entry in records.entries() {
        let api_gone = probe.is_gone(&entry.base_url);
        let mut base_url = entry.base_url.clone();
        if api_gone {
            base_url.push_str(" (API gone)");
        }
        let gone = !entry.path.exists();
        let mut file = entry.path.display().to_string();
        if gone {
            file.push_str(" (file gone)");
        }
        let asset_id = entry.asset_id.clone().unwrap_or_else(|| "-".into());
        let age = duration::compact(Duration::from_secs(entry.age_secs()));
        let fields = [
            file,
            asset_id,
            entry.step.name().to_string(),
            age.clone(),
            base_url,
        ];
        let answer = json!({
            "file": entry.path.display().to_string(),
            "file_gone": gone,
            "asset_id": entry.asset_id,
            "step": entry.step.name(),
            "age": age,
            "age_seconds": entry.age_secs(),
            "base_url": entry.base_url,
            "api_gone": api_gone,
            "key_fingerprint": entry.key_fingerprint,
        });
        output.result_fields(&fields, &answer);
    }
    Ok(Outcome::default())
}

/// Whether an API a record names is gone: only one on this computer (a sandbox on a port of
/// its own) can be told gone, by nothing listening there; a remote API that does not answer
/// may be a network down, and its records stay. One probe per base URL.
#[derive(Default)]
struct Probe {
    seen: HashMap<String, bool>,
}

impl Probe {
    fn is_gone(&mut self, base_url: &str) -> bool {
        if let Some(gone) = self.seen.get(base_url) {
            return *gone;
        }
        let gone = local_address(base_url).is_some_and(|address| {
            TcpStream::connect_timeout(&address, Duration::from_millis(500)).is_err()
        });
        self.seen.insert(base_url.to_string(), gone);
        gone
    }
}

/// The socket address of a base URL on this computer's loopback interface.
fn local_address(base_url: &str) -> Option<SocketAddr> {
    let url = url::Url::parse(base_url).ok()?;
    let port = url.port_or_known_default()?;
    let ip = match url.host()? {
        url::Host::Domain("localhost") => IpAddr::from([127, 0, 0, 1]),
        url::Host::Domain(_) => return None,
        url::Host::Ipv4(ip) => IpAddr::V4(ip),
        url::Host::Ipv6(ip) => IpAddr::V6(ip),
    };
    ip.is_loopback().then_some(SocketAddr::new(ip, port))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_computers_apis_are_probed() {
        assert_eq!(
            local_address("http://127.0.0.1:3210"),
            Some(SocketAddr::from(([127, 0, 0, 1], 3210)))
        );
        assert_eq!(
            local_address("https://localhost"),
            Some(SocketAddr::from(([127, 0, 0, 1], 443)))
        );
        assert!(local_address("http://[::1]:9").is_some());
        assert_eq!(local_address("https://api.heygen.com"), None);
        assert_eq!(local_address("http://10.0.0.7:3210"), None);
        assert_eq!(local_address("not a url"), None);
    }
}
