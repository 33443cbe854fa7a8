//! Placeholder until the sandbox lands.
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
pub struct SandboxConfig {
    pub listen: SocketAddr,
    pub data_dir: Option<PathBuf>,
    pub key: String,
    pub max_simple_bytes: u64,
    pub max_direct_bytes: u64,
    pub url_ttl_secs: u64,
    pub log_requests: bool,
}
impl Default for SandboxConfig {
    fn default() -> Self {
        todo!()
    }
}
pub struct Sandbox;
impl Sandbox {
    pub fn start(_c: SandboxConfig) -> anyhow::Result<Sandbox> {
        todo!()
    }
    pub fn base_url(&self) -> String {
        todo!()
    }
    pub fn key(&self) -> &str {
        todo!()
    }
    pub fn data_dir(&self) -> &Path {
        todo!()
    }
    pub fn wait(self) {}
}
#[derive(Debug, Clone)]
pub struct Exchange {
    pub method: String,
    pub path: String,
    pub query: Vec<(String, String)>,
    pub headers: Vec<(String, String)>,
    pub body_len: u64,
    pub json: Option<serde_json::Value>,
    pub parts: Vec<ReceivedPart>,
    pub status: u16,
    pub error_code: Option<String>,
}
impl Exchange {
    pub fn header(&self, _name: &str) -> Option<&str> {
        todo!()
    }
    pub fn header_count(&self, _name: &str) -> usize {
        todo!()
    }
}
#[derive(Debug, Clone)]
pub struct ReceivedPart {
    pub name: String,
    pub filename: Option<String>,
    pub content_type: Option<String>,
    pub len: u64,
}
impl Sandbox {
    pub fn exchanges(&self) -> Vec<Exchange> {
        todo!()
    }
    pub fn stored_bytes(&self, _asset_id: &str) -> Option<Vec<u8>> {
        todo!()
    }
    pub fn asset_ids(&self) -> Vec<String> {
        todo!()
    }
}
