//! Which servers HTTPS trusts, the way the system does it: the operating system's certificate
//! store (or, as curl and OpenSSL do, `SSL_CERT_FILE` / `SSL_CERT_DIR` in its place, read by
//! rustls-native-certs), the bundled Mozilla roots only when that store is empty or missing (a
//! bare container), plus `--ca-file` for heygen alone. And how to tell a certificate failure,
//! which no retry can get past, from a transient network failure.

use std::error::Error;
use std::path::Path;
use std::sync::Arc;

use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;
use rustls::{ClientConfig, RootCertStore};

use crate::error::{Failure, Result};

/// The TLS set-up every connection uses, and a warning to show when the system's store could
/// not be read.
pub fn client_config(ca_file: Option<&Path>) -> Result<(ClientConfig, Option<String>)> {
    let mut roots = RootCertStore::empty();
    let native = rustls_native_certs::load_native_certs();
    roots.add_parsable_certificates(native.certs);
    let mut warning = None;
    if roots.is_empty() {
        if let Some(error) = native.errors.first() {
            warning = Some(format!(
                "no trusted certificates could be loaded ({error}); using heygen's bundled roots"
            ));
        }
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    }
    if let Some(path) = ca_file {
        for certificate in read_pem(path)? {
            roots.add(certificate).map_err(|e| {
                Failure::input(format!(
                    "--ca-file {}: a certificate in it is not usable ({e})",
                    path.display()
                ))
            })?;
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Failure::remote(format!("cannot set up TLS ({e})")))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok((config, warning))
}

/// Every certificate of a PEM file; a file with none is an input error.
fn read_pem(path: &Path) -> Result<Vec<CertificateDer<'static>>> {
    let bad = |why: String| {
        Failure::input(format!(
            "--ca-file {}: {why}; give a file of PEM certificates (-----BEGIN CERTIFICATE-----)",
            path.display()
        ))
    };
    let certificates = CertificateDer::pem_file_iter(path)
        .map_err(|e| bad(format!("cannot read it ({e})")))?
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|e| bad(format!("it is not valid PEM ({e})")))?;
    if certificates.is_empty() {
        return Err(bad("it holds no certificate".to_string()));
    }
    Ok(certificates)
}

/// The certificate problem behind a transport error (unknown issuer, expired, wrong name,
/// self-signed), if that is what it is. rustls' error sits inside an `io::Error`, whose
/// `source` skips it, so each cause is looked into.
pub fn certificate_problem(error: &(dyn Error + 'static)) -> Option<String> {
    let mut cause = Some(error);
    while let Some(current) = cause {
        if let Some(tls @ rustls::Error::InvalidCertificate(_)) = rustls_error(current) {
            return Some(tls.to_string());
        }
        cause = current.source();
    }
    None
}

/// The rustls error this is, or that the `io::Error`s nested in it wrap.
fn rustls_error<'a>(error: &'a (dyn Error + 'static)) -> Option<&'a rustls::Error> {
    if let Some(tls) = error.downcast_ref::<rustls::Error>() {
        return Some(tls);
    }
    let inner = error.downcast_ref::<std::io::Error>()?.get_ref()?;
    rustls_error(inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ca_file_without_certificates_is_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("empty.pem");
        std::fs::write(&path, "not a certificate\n").unwrap();
        let failure = client_config(Some(&path)).unwrap_err();
        assert!(failure.message.starts_with("--ca-file "), "{failure}");
        assert!(failure.message.contains("no certificate"), "{failure}");
        let missing = client_config(Some(&dir.path().join("missing.pem"))).unwrap_err();
        assert!(missing.message.contains("cannot read it"), "{missing}");
    }

    #[test]
    fn a_certificate_error_is_found_inside_an_io_error() {
        let tls = rustls::Error::InvalidCertificate(rustls::CertificateError::UnknownIssuer);
        let io = std::io::Error::new(std::io::ErrorKind::InvalidData, tls);
        let io = std::io::Error::other(io);
        let problem = certificate_problem(&io).unwrap();
        assert!(problem.contains("UnknownIssuer"), "{problem}");
        let other = std::io::Error::new(std::io::ErrorKind::ConnectionReset, "reset");
        assert_eq!(certificate_problem(&other), None);
    }
}
