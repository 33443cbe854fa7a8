//! The files named on the command line, checked before anything is sent: a run with one bad
//! file sends nothing, so a typo never leaves half a run uploaded.

use std::fs::File;
use std::io::{ErrorKind, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::error::{Failure, Result};
use crate::transfer::local_file::{LocalFile, Spool};
use crate::ui::interrupt;
use crate::upload::media;
use crate::util::path_bytes;

/// The FILE that stands for standard input.
pub const STDIN: &str = "-";

/// Checks every path, in order, each with the path as shown. `-` is standard input, spooled to a temporary file (the presigned flow needs the exact size,
/// and a retry reads it again) and named `stdin_name`.
pub fn check_all(
    paths: &[PathBuf],
    content_type: Option<&str>,
    stdin_name: Option<&str>,
) -> Vec<(String, Result<LocalFile>)> {
    paths
        .iter()
        .map(|path| {
            let checked = if path.as_os_str() == STDIN {
                check_stdin(stdin_name, content_type)
            } else {
                check(path, content_type)
            };
            (path.display().to_string(), checked)
        })
        .collect()
}

/// Checks one file: exists, regular, readable, not empty, and of a type HeyGen accepts (from
/// its bytes), unless `content_type` overrides detection.
pub fn check(path: &Path, content_type: Option<&str>) -> Result<LocalFile> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    inspect(path, &name, content_type)
}

/// `check`, with `name` as the name HeyGen gets (and the one a type is guessed from).
fn inspect(path: &Path, name: &str, content_type: Option<&str>) -> Result<LocalFile> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| open_failure(&e))?;
    if meta.is_dir() {
        return Err(Failure::input(
            "is a directory; name the files inside it instead (for example DIR/*)",
        ));
    }
    if !meta.is_file() {
        return Err(Failure::input(
            "is not a regular file; save the data to a file and upload that",
        ));
    }
    let mut file = File::open(path).map_err(|e| open_failure(&e))?;
    if meta.len() == 0 {
        return Err(Failure::input("is empty; HeyGen refuses empty files"));
    }
    let mut head = Vec::with_capacity(media::SNIFF_LEN);
    (&mut file)
        .take(media::SNIFF_LEN as u64)
        .read_to_end(&mut head)
        .map_err(|e| open_failure(&e))?;
    let (media, content_type) = match (content_type, media::detect(&head)) {
        (Some(forced), detected) => (detected, forced.to_string()),
        (None, Some(detected)) => (Some(detected), detected.mime.to_string()),
        (None, None) => match media::refused_container(&head) {
            Some(why) => return Err(Failure::input(format!("is {why}"))),
            None => return Err(unsupported(name)),
        },
    };
    Ok(LocalFile {
        path: path.to_path_buf(),
        shown,
        name: name.to_string(),
        size: meta.len(),
        content_type,
        media,
        modified: meta.modified().ok(),
        spool: None,
    })
}

fn check_stdin(name: Option<&str>, content_type: Option<&str>) -> Result<LocalFile> {
    if let Some(name) = name
        && (name.is_empty() || name.contains(['/', '\\']))
    {
        return Err(Failure::input(format!(
            "--filename {name:?} must be a plain file name such as photo.png"
        )));
    }
    let mut spool = tempfile::Builder::new()
        .prefix("heygen-stdin-")
        .tempfile()
        .map_err(|e| Failure::input(format!("cannot make a temporary file for it ({e})")))?;
    let on_signal = interrupt::temporary(spool.path());
    std::io::copy(&mut std::io::stdin().lock(), spool.as_file_mut())
        .map_err(|e| Failure::input(format!("cannot read standard input ({e})")))?;
    let spool = spool.into_temp_path();
    let mut file = inspect(&spool, name.unwrap_or(STDIN_NAME), content_type)?;
    // Without --filename, HeyGen gets `stdin.<ext>` by the type the bytes show.
    if let (None, Some(media)) = (name, file.media) {
        file.name = format!("{STDIN_NAME}.{}", media.extension);
    }
    file.shown = STDIN.to_string();
    file.spool = Some(Arc::new(Spool::new(on_signal, spool)));
    Ok(file)
}

/// Standard input's name without --filename, before the extension its bytes give.
const STDIN_NAME: &str = "stdin";

/// The paths to upload: the FILE arguments, then those listed in `--files-from` (one per line,
/// or NUL-separated), skipping empty entries; standard input at most once.
pub fn gather(
    files: &[PathBuf],
    list: Option<&Path>,
    null_separated: bool,
) -> Result<Vec<PathBuf>> {
    let paths = read_list(files, list, null_separated)?;
    if paths.iter().filter(|p| p.as_os_str() == STDIN).count() > 1 {
        return Err(Failure::input(
            "standard input can be read once; give - as a FILE only once",
        ));
    }
    Ok(paths)
}

/// `--filename` names standard input, so it needs a FILE `-` to name.
pub fn check_filename(paths: &[PathBuf], stdin_name: Option<&str>) -> Result<()> {
    if stdin_name.is_some() && !paths.iter().any(|p| p.as_os_str() == STDIN) {
        return Err(Failure::input(
            "--filename names standard input; give - as the FILE",
        ));
    }
    Ok(())
}

fn read_list(files: &[PathBuf], list: Option<&Path>, null_separated: bool) -> Result<Vec<PathBuf>> {
    let mut paths = files.to_vec();
    let Some(list) = list else {
        return Ok(paths);
    };
    let from_stdin = list.as_os_str() == STDIN;
    if from_stdin && paths.iter().any(|p| p.as_os_str() == STDIN) {
        return Err(Failure::input(
            "standard input cannot be both the file list (--files-from -) and a file (-)",
        ));
    }
    let mut bytes = Vec::new();
    let read = if from_stdin {
        std::io::stdin().lock().read_to_end(&mut bytes)
    } else {
        File::open(list).and_then(|mut f| f.read_to_end(&mut bytes))
    };
    read.map_err(|e| {
        Failure::input(format!(
            "--files-from {}: cannot be read ({e})",
            list.display()
        ))
    })?;
    // A list `find -print0` made, read line by line, would be one name holding NULs.
    if !null_separated && bytes.contains(&0) {
        return Err(Failure::input(format!(
            "--files-from {}: the list is separated by NUL bytes (as find -print0 writes); add -0",
            list.display()
        )));
    }
    let separator = if null_separated { b'\0' } else { b'\n' };
    for entry in bytes.split(|b| *b == separator) {
        let entry = if null_separated {
            entry
        } else {
            entry.strip_suffix(b"\r").unwrap_or(entry)
        };
        let skip = entry.is_empty() || (!null_separated && is_blank_or_comment(entry));
        if !skip {
            paths.push(path_bytes::to_path(entry.to_vec()));
        }
    }
    if paths.is_empty() {
        return Err(Failure::input(format!(
            "--files-from {} lists no files",
            list.display()
        )));
    }
    Ok(paths)
}

/// In a newline-separated list, blank lines and `#` comments are not names (in a NUL-separated
/// one, made by a program, any name is a name).
fn is_blank_or_comment(line: &[u8]) -> bool {
    line.iter().all(u8::is_ascii_whitespace) || line.starts_with(b"#")
}

fn open_failure(error: &std::io::Error) -> Failure {
    Failure::input(match error.kind() {
        ErrorKind::NotFound => "no such file; check the path".to_string(),
        ErrorKind::PermissionDenied => {
            "cannot be read (permission denied); check its permissions".to_string()
        }
        _ => format!("cannot be read ({error})"),
    })
}

fn unsupported(name: &str) -> Failure {
    let (guess, types) = (media::guess_from_name(name), media::accepted());
    let message = match guess {
        Some(guess) if media::is_accepted_mime(&guess) => format!(
            "named like {guess}, but its bytes are not of any type HeyGen accepts ({types}); \
             HeyGen detects the type from the bytes"
        ),
        Some(guess) => format!("{guess} is not accepted by HeyGen ({types})"),
        None => format!("unknown file type; HeyGen accepts {types}"),
    };
    // HeyGen refuses such bytes whatever the header says: converting is the only way.
    Failure::input(format!("{message}; convert it to one of those types"))
}

/// An asset id as HeyGen makes them (`ast_…`): it goes into a URL path, so nothing else is
/// let through.
pub fn check_asset_id(id: &str) -> Result<()> {
    if crate::util::text::is_id(id) {
        Ok(())
    } else {
        Err(Failure::input(
            "is not an asset id (letters, digits, '_' and '-', like ast_abc123)",
        ))
    }
}
