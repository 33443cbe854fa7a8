//! The layering that `lib.rs` describes, checked on the source of both crates: each folder of
//! the client imports only the layers below it, the sandbox's stores know nothing of its
//! handlers, neither crate has an import cycle among its top-level modules, and each outside
//! thing (the environment, the HTTP library, the sandbox) is touched in one place.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Graph = BTreeMap<String, BTreeSet<String>>;

/// Each `.rs` file under `dir` as (path relative to it, code without comments).
fn sources(dir: &str) -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let (mut folders, mut found) = (vec![root.clone()], Vec::new());
    while let Some(folder) = folders.pop() {
        for path in std::fs::read_dir(folder)
            .unwrap()
            .map(|e| e.unwrap().path())
        {
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let name = path.strip_prefix(&root).unwrap().to_string_lossy();
                let text = std::fs::read_to_string(&path).unwrap();
                let code: Vec<&str> = text
                    .lines()
                    .map(|l| l.split("//").next().unwrap())
                    .collect();
                found.push((name.replace('\\', "/"), code.join("\n")));
            }
        }
    }
    found
}

/// The top-level module a file belongs to (`net/http.rs`: `net`), `None` for the crate root.
fn top(file: &str) -> Option<&str> {
    let first = file.split('/').next()?.trim_end_matches(".rs");
    (!["lib", "main"].contains(&first)).then_some(first)
}

/// The first names of the paths a file imports through `crate::`, and through `super::` from a
/// module at the top level (deeper, `super::` stays in its folder), each of a `{...}` group.
fn imports(file: &str, code: &str) -> BTreeSet<String> {
    let ident = |text: &str| -> String {
        let text = text.trim_start();
        text.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let at_top = file.matches('/').count() == usize::from(file.ends_with("/mod.rs"));
    let prefixes: &[&str] = if at_top {
        &["crate::", "super::"]
    } else {
        &["crate::"]
    };
    let mut found = BTreeSet::new();
    for prefix in prefixes {
        for (at, _) in code.match_indices(prefix) {
            let rest = &code[at + prefix.len()..];
            let Some(group) = rest.strip_prefix('{') else {
                found.insert(ident(rest));
                continue;
            };
            // The names at the group's top level: each follows its opening brace or a comma.
            let (mut depth, mut start) = (0, true);
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => start = true,
                    _ if start && !c.is_whitespace() => {
                        found.insert(ident(&group[i..]));
                        start = false;
                    }
                    _ => {}
                }
            }
        }
    }
    found
}

/// Which top-level module imports which, within one crate.
fn graph(sources: &[(String, String)]) -> Graph {
    let tops: BTreeSet<&str> = sources.iter().filter_map(|(file, _)| top(file)).collect();
    let mut graph = Graph::new();
    for (file, code) in sources {
        let Some(module) = top(file) else { continue };
        let used = imports(file, code);
        let used = used
            .into_iter()
            .filter(|n| tops.contains(n.as_str()) && n != module);
        graph.entry(module.to_string()).or_default().extend(used);
    }
    graph
}

/// One import cycle among the graph's modules, if there is one.
fn cycle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &Graph,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            return Some([&path[at..], &[node.to_string()]].concat());
        }
        if !done.insert(node.to_string()) {
            return None;
        }
        path.push(node.to_string());
        let found = graph
            .get(node)
            .into_iter()
            .flatten()
            .find_map(|next| visit(next, graph, path, done));
        path.pop();
        found
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

/// The client's folders, each with the layers it may import; `lib` and `main` are above all.
const CLIENT: &str = "
    util:
    error:
    net: util error
    ui: util error
    transfer: net ui util error
    api: transfer net util error
    upload: api transfer net ui util error
    cli: net ui util error
    commands: cli upload api transfer ui util error";

/// The sandbox's modules by layer, lowest first: each imports only the layers below its own,
/// and a store other stores too. A service acts on the state for several handlers. `lib`, `routes` and `tests` are above all.
const SANDBOX: &str = "
    leaf: clock conn errors faults log random sigv4 sniff sync throttle tls
    store: model exchange limiter json spool signing s3 idempotency tokens
    state: state
    service: uploads library
    handler: asset_delete assets avatars batches oauth storage users video_agents videos inject rate_limit record";

/// `name: word word ...` lines as (name, words).
fn table(text: &str) -> Vec<(&str, Vec<&str>)> {
    text.lines()
        .filter_map(|line| line.split_once(':'))
        .map(|(name, words)| (name.trim(), words.split_whitespace().collect()))
        .collect()
}

fn client_broken(graph: &Graph) -> Vec<String> {
    let rules = table(CLIENT);
    let mut broken = Vec::new();
    for (module, used) in graph {
        match rules.iter().find(|(name, _)| name == module) {
            None => broken.push(format!("src/{module} has no layer")),
            Some((_, allowed)) => broken.extend(
                used.iter()
                    .filter(|u| !allowed.contains(&u.as_str()))
                    .map(|name| format!("src/{module} imports crate::{name}")),
            ),
        }
    }
    broken
}

fn sandbox_broken(graph: &Graph) -> Vec<String> {
    let layers = table(SANDBOX);
    let layer = |module: &str| layers.iter().position(|(_, m)| m.contains(&module));
    let mut broken = Vec::new();
    for (module, used) in graph
        .iter()
        .filter(|(m, _)| !["routes", "tests"].contains(&m.as_str()))
    {
        let Some(own) = layer(module) else {
            broken.push(format!("sandbox/src/{module} has no layer"));
            continue;
        };
        let allowed = |theirs: usize| theirs < own || (theirs == own && layers[own].0 == "store");
        broken.extend(
            used.iter()
                .filter(|name| !layer(name).is_some_and(allowed))
                .map(|name| format!("sandbox/src/{module} imports {name}")),
        );
    }
    broken
}

#[test]
fn each_layer_imports_only_what_it_may_and_no_crate_has_a_cycle() {
    let (client, sandbox) = (graph(&sources("src")), graph(&sources("sandbox/src")));
    let mut broken = [client_broken(&client), sandbox_broken(&sandbox)].concat();
    for (crate_dir, graph) in [("src", &client), ("sandbox/src", &sandbox)] {
        if let Some(found) = cycle(graph) {
            broken.push(format!("{crate_dir}: import cycle {}", found.join(" -> ")));
        }
    }
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}

#[test]
fn broken_rules_and_cycles_are_found() {
    let files = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(f, c)| (f.to_string(), c.to_string()))
            .collect()
    };
    let client = files(&[
        ("net/pacer.rs", "use crate::upload::Client;"),
        ("util/text.rs", "use crate::{error::Result, net};"),
        (
            "api/mod.rs",
            "use crate::{\n    cli::settings,\n    util,\n};",
        ),
        (
            "commands/asset/upload.rs",
            "use crate::net::http::Http; use super::x;",
        ),
        // Only the crate's own modules count.
        ("cli/mod.rs", "use crate::serde;"),
        ("upload/mod.rs", ""),
        ("error.rs", ""),
    ]);
    let broken = client_broken(&graph(&client));
    assert_eq!(
        broken,
        [
            "src/api imports crate::cli",
            "src/commands imports crate::net",
            "src/net imports crate::upload",
            "src/util imports crate::error",
            "src/util imports crate::net",
        ]
    );
    let sandbox = graph(&files(&[
        ("state.rs", "use super::assets::Asset;"),
        ("assets.rs", "use super::{state::App, videos};"),
        ("videos.rs", "use super::state::{App};"),
    ]));
    let broken = sandbox_broken(&sandbox);
    assert_eq!(
        broken,
        [
            "sandbox/src/assets imports videos",
            "sandbox/src/state imports assets"
        ]
    );
    assert_eq!(cycle(&sandbox).unwrap(), ["assets", "state", "assets"]);
}

#[test]
fn the_environment_the_http_library_and_the_sandbox_each_have_one_place() {
    let mut broken = Vec::new();
    for (file, code) in sources("src") {
        if code.contains("std::env::var") && file != "cli/settings.rs" {
            broken.push(format!(
                "{file} reads the environment (only cli/settings.rs may)"
            ));
        }
        if code.contains("reqwest") && !file.starts_with("net/") {
            broken.push(format!("{file} names reqwest (only net/ may)"));
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
