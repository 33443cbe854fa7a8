//! The client builds without the sandbox: `--no-default-features` leaves out the
//! `heygen-sandbox` crate and with it the whole server stack (axum).

use std::path::Path;
use std::process::Command;

/// `cargo tree` of the `heygen` package's normal dependencies, offline, from the lock file.
fn tree(features: &[&str]) -> String {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let out = Command::new(cargo)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
        .args([
            "tree",
            "-p",
            "heygen",
            "-e",
            "normal",
            "--offline",
            "--locked",
        ])
        .args(["--prefix", "none", "--format", "{p}"])
        .args(features)
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn crates(tree: &str) -> Vec<&str> {
    tree.lines()
        .filter_map(|line| line.split_whitespace().next())
        .collect()
}

#[test]
fn without_default_features_the_client_has_no_server_stack() {
    let client = tree(&["--no-default-features"]);
    let names = crates(&client);
    assert!(names.contains(&"reqwest"), "{client}");
    for server in ["axum", "heygen-sandbox"] {
        assert!(!names.contains(&server), "{server} in:\n{client}");
    }
    // The default build does include it, so the check above can tell the difference.
    let full = tree(&[]);
    assert!(crates(&full).contains(&"axum"), "{full}");
}
