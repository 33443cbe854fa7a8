//! The outside programs some tests run against (s3s-fs, tinyproxy), found one way by the tests
//! and by the build script, which marks their tests ignored when one is missing outside CI. In
//! CI a missing one is never ignored: its tests run, and fail saying how to install it.

use std::path::{Path, PathBuf};

/// Under CI (`CI` set, and not `false` or `0`), every test must run.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// The folders searched: `PATH`, cargo's `bin` folder, then Debian's sbin (tinyproxy's home).
pub fn folders() -> Vec<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")));
    std::env::split_paths(&path)
        .chain(cargo_home.map(|home| home.join("bin")))
        .chain(["/usr/sbin".into(), "/usr/bin".into()])
        .collect()
}

/// Where the program `name` is installed, if it is.
pub fn find(name: &str) -> Option<PathBuf> {
    folders()
        .into_iter()
        .map(|folder| folder.join(name))
        .find(|candidate| candidate.is_file())
}
