//! `heygen asset delete ID...`: asks first on a terminal, and elsewhere wants `--yes` before
//! anything is sent. Each deleted id is printed; the local reuse records of a deleted asset go
//! too, so that the next `--reuse` uploads those bytes again.

use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::Path;

use crate::cli::DeleteArgs;
use crate::error::{Failure, Kind, Outcome, Result};
use crate::upload::input::STDIN;

use crate::commands::Context;
use crate::commands::asset::{check_ids, found};

pub async fn run(context: &Context, args: &DeleteArgs) -> Result<Outcome> {
    let mut ids = args.ids.clone();
    if let Some(path) = &args.from_file {
        ids.extend(read_ids(path)?);
    }
    if ids.is_empty() {
        return Err(Failure::input("no asset ids to delete"));
    }
    check_ids(&ids)?;
    let from_stdin = args
        .from_file
        .as_deref()
        .is_some_and(|p| p.as_os_str() == STDIN);
    if !args.yes {
        if from_stdin || !std::io::stdin().is_terminal() {
            return Err(Failure::input(format!(
                "refusing to delete {} asset(s) without asking, and there is no terminal to \
                 ask on; add --yes",
                ids.len()
            )));
        }
        if !confirmed(ids.len())? {
            return Err(Failure::new(Kind::Remote, "nothing was deleted"));
        }
    }
    let client = context.client().await?;
    let mut outcome = Outcome::default();
    for id in &ids {
        let gone = "HeyGen has no such asset (deleted already?)";
        match client.api().delete_asset(id).await.and_then(found(gone)) {
            Ok(answer) => {
                context.output.result(id, &answer);
                client.resume_records.remove_asset(id);
                if let Err(failure) = client.reuse_records.drop_asset(id) {
                    context
                        .output
                        .note(&format!("warning: {}", failure.message));
                }
            }
            Err(failure) => context
                .output
                .failed(&mut outcome, "asset_id", id, &failure),
        }
    }
    Ok(outcome)
}

/// The ids listed in a file (or standard input), one per line; blank lines and `#` comments
/// are skipped.
fn read_ids(path: &Path) -> Result<Vec<String>> {
    let shown = path.display();
    let mut text = String::new();
    let read = match path.as_os_str() == STDIN {
        true => std::io::stdin().read_to_string(&mut text),
        false => std::fs::File::open(path).and_then(|mut f| f.read_to_string(&mut text)),
    };
    read.map_err(|e| Failure::input(format!("--from-file {shown}: cannot be read ({e})")))?;
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_string)
        .collect())
}

/// Asks on the terminal; only `y` or `yes` deletes.
fn confirmed(count: usize) -> Result<bool> {
    let mut stderr = std::io::stderr();
    let _ = write!(
        stderr,
        "Delete {count} asset(s) from HeyGen? This cannot be undone. [y/N] "
    );
    let _ = stderr.flush();
    let mut answer = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(|e| Failure::input(format!("cannot read the answer ({e})")))?;
    Ok(matches!(
        answer.trim().to_ascii_lowercase().as_str(),
        "y" | "yes"
    ))
}
