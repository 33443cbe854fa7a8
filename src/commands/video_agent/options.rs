//! What `video-agent` is asked, checked before anything is sent: the prompt, the attached URLs
//! and ids, and where the video goes.

use std::io::Read;
use std::path::Path;

use crate::cli::{FollowArgs, VideoAgentCreateArgs};
use crate::error::{Failure, Result};
use crate::transfer::download::Destination;
use crate::upload::input;
use crate::util::secret::redact_url;
use crate::util::text::is_id;

/// HeyGen's limits on a session's prompt and attachments.
const MAX_PROMPT_CHARS: usize = 10_000;
const MAX_FILES: usize = 20;

/// The options of `create` that need no file read: attachment count, ids and URLs.
pub fn check(args: &VideoAgentCreateArgs) -> Result<()> {
    let attachments = args.files.len() + args.asset_ids.len() + args.urls.len();
    if attachments > MAX_FILES {
        return Err(Failure::input(format!(
            "{attachments} attachments (FILEs, --asset-id and --url together); HeyGen takes at \
             most {MAX_FILES} per video"
        )));
    }
    for id in &args.asset_ids {
        if !is_id(id) {
            return Err(Failure::input(format!(
                "--asset-id {id:?} is not an asset id (letters, digits, '_' and '-', like ast_abc123)"
            )));
        }
    }
    for (option, value) in [
        ("--avatar-id", &args.avatar_id),
        ("--voice-id", &args.voice_id),
        ("--style-id", &args.style_id),
    ] {
        if value.as_deref().is_some_and(|v| v.trim().is_empty()) {
            return Err(Failure::input(format!(
                "{option} is empty; give an id, or leave the option out"
            )));
        }
    }
    args.urls.iter().try_for_each(|url| check_https(url))
}

/// The prompt from `--prompt` or `--prompt-file`, checked before anything else.
pub fn read_prompt(args: &VideoAgentCreateArgs) -> Result<String> {
    let (prompt, source) = match (&args.prompt, &args.prompt_file) {
        (Some(prompt), _) => (prompt.clone(), "--prompt".to_string()),
        (None, Some(path)) => (
            read_prompt_file(path)?,
            format!("--prompt-file {}", path.display()),
        ),
        (None, None) => {
            return Err(Failure::input(
                "give the prompt with --prompt or --prompt-file",
            ));
        }
    };
    let chars = prompt.chars().count();
    if prompt.trim().is_empty() {
        return Err(Failure::input(format!(
            "{source}: the prompt is empty; say what the video should be"
        )));
    }
    if chars > MAX_PROMPT_CHARS {
        return Err(Failure::input(format!(
            "{source}: the prompt is {chars} characters; HeyGen takes at most {MAX_PROMPT_CHARS}"
        )));
    }
    Ok(prompt)
}

/// Reads the prompt, but never more than a prompt HeyGen takes could hold (`/dev/zero` or a
/// video given by mistake is refused after a few KiB); the line end an editor adds is dropped.
fn read_prompt_file(path: &Path) -> Result<String> {
    // Four bytes per character at most, and a line end.
    let most = (MAX_PROMPT_CHARS * 4 + 2) as u64;
    let mut bytes = Vec::new();
    let read = match path.as_os_str() == input::STDIN {
        true => std::io::stdin()
            .lock()
            .take(most + 1)
            .read_to_end(&mut bytes),
        false => std::fs::File::open(path).and_then(|f| f.take(most + 1).read_to_end(&mut bytes)),
    };
    read.map_err(|e| {
        Failure::input(format!(
            "--prompt-file {}: cannot be read ({e})",
            path.display()
        ))
    })?;
    if bytes.len() as u64 > most {
        return Err(Failure::input(format!(
            "--prompt-file {}: the prompt is longer than HeyGen's {MAX_PROMPT_CHARS} characters",
            path.display()
        )));
    }
    let text = String::from_utf8(bytes).map_err(|_| {
        Failure::input(format!(
            "--prompt-file {}: is not UTF-8 text",
            path.display()
        ))
    })?;
    let text = text.strip_suffix('\n').unwrap_or(&text);
    Ok(text.strip_suffix('\r').unwrap_or(text).to_string())
}

/// Where `--output` goes, refused before anything is sent when it would overwrite.
pub fn destination(follow: &FollowArgs, json: bool) -> Result<Option<Destination>> {
    let Some(path) = &follow.output else {
        return Ok(None);
    };
    let destination = Destination::new(path, follow.force);
    if json && matches!(destination, Destination::Stdout) {
        return Err(Failure::input(
            "--output - writes the video itself to standard output, so it cannot go with \
             --json; save it with --output PATH instead",
        ));
    }
    destination.check()?;
    Ok(Some(destination))
}

fn check_https(url: &str) -> Result<()> {
    match url::Url::parse(url) {
        Ok(parsed) if parsed.scheme() == "https" && parsed.host().is_some() => Ok(()),
        _ => Err(Failure::input(format!(
            "--url {} must be an https URL HeyGen can fetch",
            redact_url(url)
        ))),
    }
}
