//! Where the key in use came from: named when HeyGen refuses it, with how to replace it.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeySource {
    Flag,
    Env,
    /// This tool's config file.
    ConfigFile(PathBuf),
    /// The official CLI's credentials file.
    OfficialCli(PathBuf),
    /// The OAuth login in the official CLI's credentials file.
    OAuth(PathBuf),
}

impl KeySource {
    /// The file the key was read from, if any.
    pub fn file(&self) -> Option<&Path> {
        match self {
            KeySource::ConfigFile(path) | KeySource::OfficialCli(path) | KeySource::OAuth(path) => {
                Some(path)
            }
            KeySource::Flag | KeySource::Env => None,
        }
    }

    /// A stable name for `--json`.
    pub fn name(&self) -> &'static str {
        match self {
            KeySource::Flag => "flag",
            KeySource::Env => "env",
            KeySource::ConfigFile(_) => "config_file",
            KeySource::OfficialCli(_) => "official_cli",
            KeySource::OAuth(_) => "oauth",
        }
    }
}

impl KeySource {
    /// Where a refused key came from and how to replace it.
    pub fn refusal_hint(&self) -> String {
        match self {
            KeySource::Flag => "the key came from --api-key; give a valid one".to_string(),
            KeySource::Env => {
                "the key came from HEYGEN_API_KEY; set it to a valid key (or unset it, if a valid \
                 one is stored with `heygen auth login` or HeyGen's CLI)"
                    .to_string()
            }
            KeySource::ConfigFile(path) => format!(
                "the key came from heygen's config file {}; replace it with `heygen auth login`",
                path.display()
            ),
            KeySource::OfficialCli(path) => format!(
                "the key came from HeyGen CLI's credentials file {}; replace it there, or store \
                 another with `heygen auth login`, which takes precedence",
                path.display()
            ),
            KeySource::OAuth(path) => format!(
                "the OAuth login in {} was refused; log in again with HeyGen's CLI (heygen auth \
                 login there)",
                path.display()
            ),
        }
    }
}

impl fmt::Display for KeySource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeySource::Flag => f.write_str("the --api-key flag"),
            KeySource::Env => f.write_str("the HEYGEN_API_KEY environment variable"),
            KeySource::ConfigFile(path) => write!(f, "heygen's config file {}", path.display()),
            KeySource::OfficialCli(path) => {
                write!(f, "HeyGen CLI's credentials file {}", path.display())
            }
            KeySource::OAuth(path) => {
                write!(f, "the OAuth login of HeyGen's CLI in {}", path.display())
            }
        }
    }
}
