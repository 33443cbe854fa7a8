//! Proxies as curl does them: `https_proxy` / `HTTPS_PROXY` for https, `http_proxy` (lower
//! case only, as curl: `HTTP_PROXY` can be set by a web server's client in CGI) for http,
//! `all_proxy` / `ALL_PROXY` for either, and `no_proxy` / `NO_PROXY` for the hosts that go
//! direct. Plain `http://` to this machine (the sandbox) never goes through a proxy: the key
//! would be handed to it in the clear. To an https server, a proxy only ever sees a CONNECT.

use std::net::IpAddr;

use url::Url;

/// The proxy variables, read once (in `settings`).
#[derive(Debug, Clone, Default)]
pub struct ProxyEnv {
    https: Option<String>,
    http: Option<String>,
    all: Option<String>,
    no_proxy: Vec<String>,
}

impl ProxyEnv {
    /// From the variables curl reads, lower case first, through `lookup`; empty is unset.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> ProxyEnv {
        let get = |names: &[&str]| {
            names
                .iter()
                .find_map(|name| lookup(name).filter(|value| !value.trim().is_empty()))
        };
        ProxyEnv {
            https: get(&["https_proxy", "HTTPS_PROXY"]),
            http: get(&["http_proxy"]),
            all: get(&["all_proxy", "ALL_PROXY"]),
            no_proxy: get(&["no_proxy", "NO_PROXY"])
                .map(|list| {
                    list.split(',')
                        .map(|entry| entry.trim().to_ascii_lowercase())
                        .filter(|entry| !entry.is_empty())
                        .collect()
                })
                .unwrap_or_default(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.https.is_none() && self.http.is_none() && self.all.is_none()
    }

    /// Each proxy set is a URL heygen can use, or the one-line reason it is not.
    pub fn check(&self) -> Result<(), String> {
        let named = [
            ("https_proxy", &self.https),
            ("http_proxy", &self.http),
            ("all_proxy", &self.all),
        ];
        for (name, value) in named {
            if let Some(value) = value {
                let url = proxy_url(value).ok_or_else(|| {
                    format!("{name} is not a proxy URL; use one like http://proxy.example:3128")
                })?;
                if !matches!(url.scheme(), "http" | "https") {
                    return Err(format!(
                        "{name} uses {}://, which heygen does not speak; use an http:// or \
                         https:// proxy",
                        url.scheme()
                    ));
                }
            }
        }
        Ok(())
    }

    /// The proxy a request to `url` goes through, if any.
    pub fn proxy_for(&self, url: &Url) -> Option<Url> {
        if url.scheme() == "http" && crate::util::secret::cleartext_allowed(url) {
            return None;
        }
        let host = url.host_str()?;
        if self.bypassed(host) {
            return None;
        }
        let chosen = match url.scheme() {
            "https" => self.https.as_ref().or(self.all.as_ref()),
            "http" => self.http.as_ref().or(self.all.as_ref()),
            _ => None,
        };
        chosen.and_then(|value| proxy_url(value))
    }

    /// Whether `no_proxy` sends this host direct: `*`, a domain and its subdomains (a leading
    /// dot is the same), an IP address, or an address range (`10.0.0.0/8`).
    fn bypassed(&self, host: &str) -> bool {
        let host = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .trim_end_matches('.')
            .to_ascii_lowercase();
        let ip = host.parse::<IpAddr>().ok();
        self.no_proxy.iter().any(|entry| {
            if entry == "*" {
                return true;
            }
            if let Some((net, bits)) = entry.split_once('/') {
                return match (ip, net.parse::<IpAddr>(), bits.parse::<u32>()) {
                    (Some(ip), Ok(net), Ok(bits)) => in_range(ip, net, bits),
                    _ => false,
                };
            }
            let entry = entry
                .trim_start_matches('[')
                .trim_end_matches(']')
                .trim_start_matches('.')
                .trim_end_matches('.');
            match (ip, entry.parse::<IpAddr>()) {
                (Some(ip), Ok(other)) => ip == other,
                _ => host == entry || host.ends_with(&format!(".{entry}")),
            }
        })
    }
}

/// A proxy value as a URL: `host:port` alone means an http proxy, as curl takes it.
fn proxy_url(value: &str) -> Option<Url> {
    let value = value.trim();
    let full = match value.contains("://") {
        true => value.to_string(),
        false => format!("http://{value}"),
    };
    Url::parse(&full)
        .ok()
        .filter(|url| url.host_str().is_some())
}

/// A proxy as `-v` shows it: no user name or password.
pub fn shown(proxy: &Url) -> String {
    let port = proxy.port().map(|p| format!(":{p}")).unwrap_or_default();
    format!(
        "{}://{}{port}",
        proxy.scheme(),
        proxy.host_str().unwrap_or_default()
    )
}

fn in_range(ip: IpAddr, net: IpAddr, bits: u32) -> bool {
    match (ip, net) {
        (IpAddr::V4(ip), IpAddr::V4(net)) if bits <= 32 => {
            let mask = u32::MAX.checked_shl(32 - bits).unwrap_or(0);
            u32::from(ip) & mask == u32::from(net) & mask
        }
        (IpAddr::V6(ip), IpAddr::V6(net)) if bits <= 128 => {
            let mask = u128::MAX.checked_shl(128 - bits).unwrap_or(0);
            u128::from(ip) & mask == u128::from(net) & mask
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> ProxyEnv {
        ProxyEnv::from_lookup(|name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        })
    }

    fn via(env: &ProxyEnv, url: &str) -> Option<String> {
        env.proxy_for(&Url::parse(url).unwrap())
            .map(|p| p.to_string())
    }

    #[test]
    fn chosen_by_scheme_as_curl_does() {
        let e = env(&[
            ("HTTPS_PROXY", "http://secure:3128"),
            ("http_proxy", "plain:8080"),
        ]);
        assert_eq!(
            via(&e, "https://api.heygen.com/v3"),
            Some("http://secure:3128/".into())
        );
        assert_eq!(
            via(&e, "http://cdn.example/x"),
            Some("http://plain:8080/".into())
        );
        let upper_http_only = env(&[("HTTP_PROXY", "http://p:1")]);
        assert_eq!(via(&upper_http_only, "http://cdn.example/x"), None);
        assert!(upper_http_only.is_empty());
        let all = env(&[
            ("ALL_PROXY", "http://all:1"),
            ("all_proxy", "http://lower:2"),
        ]);
        assert_eq!(via(&all, "https://h/"), Some("http://lower:2/".into()));
        let lower_first = env(&[("https_proxy", "http://a:1"), ("HTTPS_PROXY", "http://b:2")]);
        assert_eq!(via(&lower_first, "https://h/"), Some("http://a:1/".into()));
        assert_eq!(via(&env(&[("https_proxy", "")]), "https://h/"), None);
    }

    #[test]
    fn plain_http_to_this_machine_never_goes_through_a_proxy() {
        let e = env(&[("http_proxy", "http://p:1"), ("all_proxy", "http://p:1")]);
        for url in [
            "http://127.0.0.1:3210/",
            "http://localhost:1/",
            "http://[::1]:2/",
        ] {
            assert_eq!(via(&e, url), None, "{url}");
        }
        // Over https the key is inside the tunnel: proxied like any host.
        assert_eq!(
            via(&e, "https://127.0.0.1:3210/"),
            Some("http://p:1/".into())
        );
    }

    #[test]
    fn no_proxy_entries() {
        let e = env(&[
            ("https_proxy", "http://p:1"),
            (
                "NO_PROXY",
                "internal.example, .corp, 10.0.0.0/8, ::1, 192.168.1.5",
            ),
        ]);
        for direct in [
            "https://internal.example/",
            "https://a.internal.example/",
            "https://corp/",
            "https://x.corp/",
            "https://10.2.3.4/",
            "https://[::1]:9/",
            "https://192.168.1.5/",
        ] {
            assert_eq!(via(&e, direct), None, "{direct}");
        }
        for proxied in [
            "https://notinternal.example/",
            "https://11.0.0.1/",
            "https://api.heygen.com/",
        ] {
            assert!(via(&e, proxied).is_some(), "{proxied}");
        }
        let star = env(&[("https_proxy", "http://p:1"), ("no_proxy", "*")]);
        assert_eq!(via(&star, "https://api.heygen.com/"), None);
    }

    #[test]
    fn unusable_proxies_are_named() {
        assert!(
            env(&[("https_proxy", "socks5://p:1")])
                .check()
                .unwrap_err()
                .contains("https_proxy uses socks5://")
        );
        assert!(env(&[("all_proxy", "http://")]).check().is_err());
        assert!(env(&[("https_proxy", "p.example:3128")]).check().is_ok());
        assert_eq!(
            shown(&proxy_url("http://user:secret@p:3128").unwrap()),
            "http://p:3128"
        );
    }
}
