//! The layering that `lib.rs` describes, checked on the source: which modules may import
//! which, and the one place each outside thing (the environment, the HTTP client, the
//! sandbox) is touched. Rust allows import cycles between modules of one crate; this does not.

use std::path::{Path, PathBuf};

/// Every `.rs` file under `src/`, with its text without comments (doc comments name other
/// modules freely).
fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&root, &mut files);
    files
        .into_iter()
        .map(|path| {
            let name = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let text = std::fs::read_to_string(&path).unwrap();
            let code: Vec<&str> = text
                .lines()
                .map(|line| line.split("//").next().unwrap_or_default())
                .collect();
            (name, code.join("\n"))
        })
        .collect()
}

/// The crate modules a file names (`crate::x`).
fn imports(code: &str) -> Vec<String> {
    let mut found: Vec<String> = code
        .match_indices("crate::")
        .map(|(at, _)| {
            code[at + 7..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        })
        .collect();
    found.sort();
    found.dedup();
    found
}

fn module(file: &str) -> &str {
    file.split(['/', '.']).next().unwrap()
}

#[test]
fn modules_import_only_what_their_layer_allows() {
    // What each module may not import: what sits above it, or beside it on another side.
    let forbidden: &[(&str, &[&str])] = &[
        (
            "http",
            &[
                "output", "api", "transfer", "upload", "session", "settings", "cli", "commands",
                "input", "journal",
            ],
        ),
        (
            "transfer",
            &[
                "api", "upload", "session", "settings", "cli", "commands", "journal",
            ],
        ),
        (
            "api",
            &[
                "upload", "session", "settings", "cli", "commands", "output", "journal",
            ],
        ),
        (
            "input",
            &[
                "api", "transfer", "upload", "http", "session", "settings", "cli", "commands",
            ],
        ),
        (
            "settings",
            &[
                "transfer", "api", "upload", "http", "session", "commands", "output",
            ],
        ),
        (
            "output",
            &[
                "http", "api", "transfer", "upload", "session", "settings", "commands", "input",
            ],
        ),
        ("upload", &["commands", "settings", "cli"]),
    ];
    let leaves = [
        "text",
        "clock",
        "duration",
        "deferred",
        "retry",
        "private_file",
    ];
    let mut broken = Vec::new();
    for (file, code) in sources() {
        let used = imports(&code);
        if leaves.contains(&module(&file)) && !used.is_empty() {
            broken.push(format!("{file} is a leaf but imports {used:?}"));
        }
        for (layer, not) in forbidden {
            if module(&file) == *layer {
                for name in used.iter().filter(|u| not.contains(&u.as_str())) {
                    broken.push(format!("{file} imports crate::{name}"));
                }
            }
        }
    }
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}

#[test]
fn the_environment_the_http_client_and_the_sandbox_each_have_one_place() {
    let mut broken = Vec::new();
    for (file, code) in sources() {
        if code.contains("std::env::var") && file != "settings.rs" {
            broken.push(format!(
                "{file} reads the environment (only settings.rs may)"
            ));
        }
        if code.contains("reqwest") && file != "http.rs" {
            broken.push(format!("{file} names reqwest (only http.rs may)"));
        }
        if code.contains("heygen_sandbox") && file != "commands/sandbox.rs" {
            broken.push(format!(
                "{file} names the sandbox (only commands/sandbox.rs may)"
            ));
        }
        for print in ["println!", "eprintln!", "print!(", "eprint!("] {
            if code.contains(print) {
                broken.push(format!(
                    "{file} uses {print}, which panics on a broken stream"
                ));
            }
        }
    }
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}
