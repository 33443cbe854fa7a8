//! `--tls`: HTTPS for the API and its storage, with a certificate made at start for
//! 127.0.0.1, ::1 and localhost, signed by a throwaway CA whose PEM is written into the data
//! folder for clients to trust. Nothing of it outlives the process but that PEM file.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;
use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DnType, ExtendedKeyUsagePurpose, IsCa,
    KeyPair, KeyUsagePurpose,
};
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::ServerConfig;
use tokio_rustls::rustls::crypto::ring;
use tokio_rustls::rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};

/// The CA's file name inside the data folder.
pub const CA_FILE: &str = "sandbox-ca.pem";

/// A TLS acceptor for the sandbox's names, and the path of the CA that signed its certificate.
pub fn acceptor(data_dir: &Path) -> anyhow::Result<(TlsAcceptor, PathBuf)> {
    let mut ca_params = CertificateParams::new(Vec::<String>::new())?;
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(DnType::CommonName, "heygen sandbox throwaway CA");
    ca_params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate()?)?;

    let names = ["localhost", "127.0.0.1", "::1"].map(String::from).to_vec();
    let mut leaf_params = CertificateParams::new(names)?;
    leaf_params
        .distinguished_name
        .push(DnType::CommonName, "localhost");
    leaf_params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    let leaf_key = KeyPair::generate()?;
    let leaf = leaf_params.signed_by(&leaf_key, &*ca)?;

    // Absolute, for the export line a script sources from anywhere.
    let ca_path = std::path::absolute(data_dir.join(CA_FILE))?;
    std::fs::write(&ca_path, ca.pem()).with_context(|| format!("writing {}", ca_path.display()))?;

    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(leaf_key.serialize_der()));
    let mut config = ServerConfig::builder_with_provider(Arc::new(ring::default_provider()))
        .with_safe_default_protocol_versions()?
        .with_no_client_auth()
        .with_single_cert(vec![leaf.der().clone()], key)
        .context("setting up the sandbox's certificate")?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok((TlsAcceptor::from(Arc::new(config)), ca_path))
}
