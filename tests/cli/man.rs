//! The committed man pages match the command tree: one page per command, made from the same
//! clap definitions as `--help`, so that a changed flag cannot leave a stale page behind.

use std::path::Path;

/// Every command as (page name, command): `heygen`, `heygen-asset`, `heygen-asset-upload`...
fn pages(command: &clap::Command, name: &str, found: &mut Vec<(String, clap::Command)>) {
    // clap names are &'static; a test can leak the few it makes.
    let command = command.clone().name(&*String::leak(name.to_string()));
    for sub in command
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        pages(sub, &format!("{name}-{}", sub.get_name()), found);
    }
    found.push((name.to_string(), command));
}

/// Compares each committed page with what clap_mangen makes now; a stale or missing one is
/// rewritten and the test fails, so the fix is to commit the new file. The committed pages are
/// those of the default build, `heygen sandbox` included.
#[test]
#[cfg_attr(
    not(feature = "sandbox"),
    ignore = "the committed pages are those of the default build"
)]
fn committed_man_pages_are_current() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let mut found = Vec::new();
    pages(&heygen::cli::parse::reference(), "heygen", &mut found);
    assert!(found.iter().any(|(name, _)| name == "heygen-asset-upload"));
    let mut stale = Vec::new();
    for (name, command) in &found {
        let mut page = Vec::new();
        clap_mangen::Man::new(command.clone())
            .render(&mut page)
            .expect("the page renders");
        let path = folder.join(format!("{name}.1"));
        if std::fs::read(&path).ok().as_deref() != Some(page.as_slice()) {
            std::fs::create_dir_all(&folder).unwrap();
            std::fs::write(&path, &page).unwrap();
            stale.push(format!("man/{name}.1"));
        }
    }
    // No page of a command that is gone.
    for entry in std::fs::read_dir(&folder).unwrap().flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let known = found.iter().any(|(name, _)| format!("{name}.1") == file);
        if !known {
            std::fs::remove_file(entry.path()).unwrap();
            stale.push(format!("man/{file} (removed)"));
        }
    }
    assert!(
        stale.is_empty(),
        "regenerated {}; commit the regenerated pages",
        stale.join(", ")
    );
}
