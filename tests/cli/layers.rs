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

/// The crate modules a file names (`crate::x`, and each name of `crate::{x::A, y}`).
fn imports(code: &str) -> Vec<String> {
    fn name(text: &str) -> String {
        text.trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    }
    let mut found = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + 7..];
        let Some(group) = rest.strip_prefix('{') else {
            found.push(name(rest));
            continue;
        };
        // The names at the group's top level: each follows its opening brace or a comma.
        let mut depth = 0;
        let mut start = true;
        for (i, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => break,
                '}' => depth -= 1,
                ',' if depth == 0 => start = true,
                _ if start && !c.is_whitespace() => {
                    found.push(name(&group[i..]));
                    start = false;
                }
                _ => {}
            }
        }
    }
    found.retain(|name| !name.is_empty());
    found.sort();
    found.dedup();
    found
}

fn module(file: &str) -> &str {
    file.split(['/', '.']).next().unwrap()
}

/// What each module may not import: what sits above it, or beside it on another side. A file
/// under `src/x/` is module `x`.
const FORBIDDEN: &[(&str, &[&str])] = &[
    // The transport and what it holds.
    (
        "http",
        &[
            "output", "api", "transfer", "upload", "session", "settings", "cli", "commands",
            "input", "journal", "reuse", "wait",
        ],
    ),
    (
        "pacer",
        &[
            "http", "output", "api", "transfer", "upload", "session", "settings", "cli",
            "commands", "input", "journal", "reuse", "wait",
        ],
    ),
    (
        "tls",
        &[
            "http", "pacer", "proxy", "output", "api", "transfer", "upload", "session", "settings",
            "cli", "commands", "input", "journal", "reuse", "wait",
        ],
    ),
    (
        "proxy",
        &[
            "http", "pacer", "tls", "output", "api", "transfer", "upload", "session", "settings",
            "cli", "commands", "input", "journal", "reuse", "wait",
        ],
    ),
    // The layer above it: only `http` holds the pacer.
    (
        "transfer",
        &[
            "api", "upload", "session", "settings", "cli", "commands", "journal", "reuse", "wait",
            "pacer",
        ],
    ),
    (
        "api",
        &[
            "upload", "session", "settings", "cli", "commands", "output", "journal", "reuse",
            "wait", "pacer",
        ],
    ),
    (
        "wait",
        &[
            "http", "pacer", "api", "upload", "session", "settings", "cli", "commands", "journal",
            "reuse",
        ],
    ),
    ("upload", &["commands", "settings", "cli", "wait", "pacer"]),
    // Records on disk, beside the flow.
    (
        "journal",
        &[
            "http", "pacer", "api", "transfer", "upload", "session", "settings", "cli", "commands",
            "output", "reuse", "wait",
        ],
    ),
    (
        "reuse",
        &[
            "http", "pacer", "api", "transfer", "upload", "session", "settings", "cli", "commands",
            "output", "journal", "wait",
        ],
    ),
    (
        "input",
        &[
            "api", "transfer", "upload", "http", "session", "settings", "cli", "commands",
        ],
    ),
    (
        "output",
        &[
            "http", "api", "transfer", "upload", "session", "settings", "commands", "input",
        ],
    ),
    // Commands reach HeyGen through the session, `api`, `transfer` and `upload`.
    ("commands", &["http", "pacer", "tls", "proxy"]),
    (
        "settings",
        &[
            "transfer", "api", "upload", "http", "session", "commands", "output",
        ],
    ),
];

/// Modules that import nothing of the crate.
const LEAVES: &[&str] = &[
    "text",
    "clock",
    "duration",
    "deferred",
    "retry",
    "private_file",
    "report",
];

/// What breaks the rules in these sources.
fn broken_rules(sources: &[(String, String)]) -> Vec<String> {
    let mut broken = Vec::new();
    for (file, code) in sources {
        let used = imports(code);
        if LEAVES.contains(&module(file)) && !used.is_empty() {
            broken.push(format!("{file} is a leaf but imports {used:?}"));
        }
        for (layer, not) in FORBIDDEN {
            if module(file) == *layer {
                for name in used.iter().filter(|u| not.contains(&u.as_str())) {
                    broken.push(format!("{file} imports crate::{name}"));
                }
            }
        }
    }
    broken
}

#[test]
fn modules_import_only_what_their_layer_allows() {
    let broken = broken_rules(&sources());
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}

#[test]
fn every_module_has_a_rule() {
    let ruled: Vec<&str> = FORBIDDEN.iter().map(|(layer, _)| *layer).collect();
    // Above every rule, or holding only the entry points.
    let top = ["cli", "parse", "session", "lib", "main"];
    // Beside the flow, importing only leaves and each other.
    let beside = ["error", "interrupt", "media", "credentials", "secret"];
    let missing: Vec<String> = sources()
        .iter()
        .map(|(file, _)| module(file).to_string())
        .filter(|m| {
            !ruled.contains(&m.as_str())
                && !LEAVES.contains(&m.as_str())
                && !top.contains(&m.as_str())
                && !beside.contains(&m.as_str())
        })
        .collect();
    assert!(missing.is_empty(), "modules without a layer: {missing:?}");
}

#[test]
fn a_broken_rule_is_found() {
    let sources = [
        (
            "pacer.rs".to_string(),
            "use crate::http::Report;".to_string(),
        ),
        (
            "report.rs".to_string(),
            "use crate::{error::Result, text};".to_string(),
        ),
        (
            "api/users.rs".to_string(),
            "use crate::{\n    reuse::{Records, Record},\n    wait,\n};".to_string(),
        ),
        (
            "commands/x.rs".to_string(),
            "use crate::http::Http;".to_string(),
        ),
    ];
    let broken = broken_rules(&sources);
    assert_eq!(
        broken,
        [
            "pacer.rs imports crate::http",
            r#"report.rs is a leaf but imports ["error", "text"]"#,
            "api/users.rs imports crate::reuse",
            "api/users.rs imports crate::wait",
            "commands/x.rs imports crate::http",
        ]
    );
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
