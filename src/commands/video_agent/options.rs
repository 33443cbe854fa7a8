//! What `video-agent` is asked, checked before anything is sent: the prompt, the attached URLs
//! and ids, and where the video goes.

use std::io::Read;
use std::path::Path;

use crate::cli::{AttachArgs, FollowArgs, VideoAgentCreateArgs, VideoAgentSendArgs};
use crate::commands::video::files::Wanted;
use crate::error::{Failure, Result};
use crate::transfer::download::Destination;
use crate::upload::input;
use crate::util::secret::redact_url;
use crate::util::text::is_id;

/// HeyGen's limits on a session's prompt and attachments.
const MAX_PROMPT_CHARS: usize = 10_000;
const MAX_FILES: usize = 20;

/// The attachments, checked before any file is read: how many, the ids and the URLs.
pub fn check_attachments(attach: &AttachArgs) -> Result<()> {
    let attachments = attach.files.len() + attach.asset_ids.len() + attach.urls.len();
    if attachments > MAX_FILES {
        return Err(Failure::input(format!(
            "{attachments} attachments (FILEs, --asset-id and --url together); HeyGen takes at \
             most {MAX_FILES} at a time"
        )));
    }
    for id in &attach.asset_ids {
        if !is_id(id) {
            return Err(Failure::input(format!(
                "--asset-id {id:?} is not an asset id (letters, digits, '_' and '-', like ast_abc123)"
            )));
        }
    }
    attach.urls.iter().try_for_each(|url| check_https(url))
}

/// The options of `create` that need no file read: attachments and the ids given.
pub fn check(args: &VideoAgentCreateArgs) -> Result<()> {
    check_attachments(&args.attach)?;
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
    Ok(())
}

/// The prompt from `--prompt` or `--prompt-file`, checked before anything else.
pub fn read_prompt(args: &VideoAgentCreateArgs) -> Result<String> {
    read_text("prompt", &args.prompt, args.prompt_file.as_deref())
}

/// The message from `--message` or `--message-file`, checked before anything else.
pub fn read_message(args: &VideoAgentSendArgs) -> Result<String> {
    read_text("message", &args.message, args.message_file.as_deref())
}

/// A text given inline (`--NAME`) or in a file (`--NAME-file`), as HeyGen takes it.
fn read_text(name: &str, inline: &Option<String>, file: Option<&Path>) -> Result<String> {
    let (text, source) = match (inline, file) {
        (Some(text), _) => (text.clone(), format!("--{name}")),
        (None, Some(path)) => (
            read_text_file(name, path)?,
            format!("--{name}-file {}", path.display()),
        ),
        (None, None) => {
            return Err(Failure::input(format!(
                "give the {name} with --{name} or --{name}-file"
            )));
        }
    };
    let chars = text.chars().count();
    if text.trim().is_empty() {
        return Err(Failure::input(format!(
            "{source}: the {name} is empty; say what the video should be"
        )));
    }
    if chars > MAX_PROMPT_CHARS {
        return Err(Failure::input(format!(
            "{source}: the {name} is {chars} characters; HeyGen takes at most {MAX_PROMPT_CHARS}"
        )));
    }
    Ok(text)
}

/// Reads the text, but never more than HeyGen takes could hold (`/dev/zero` or a video given
/// by mistake is refused after a few KiB); the line end an editor adds is dropped.
fn read_text_file(name: &str, path: &Path) -> Result<String> {
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
    let shown = path.display();
    read.map_err(|e| Failure::input(format!("--{name}-file {shown}: cannot be read ({e})")))?;
    if bytes.len() as u64 > most {
        return Err(Failure::input(format!(
            "--{name}-file {shown}: the {name} is longer than HeyGen's {MAX_PROMPT_CHARS} characters"
        )));
    }
    let text = String::from_utf8(bytes)
        .map_err(|_| Failure::input(format!("--{name}-file {shown}: is not UTF-8 text")))?;
    let text = text.strip_suffix('\n').unwrap_or(&text);
    Ok(text.strip_suffix('\r').unwrap_or(text).to_string())
}

/// Where `--output` (and the other files asked for) go, refused before anything is sent when
/// it would overwrite.
pub fn destination(follow: &FollowArgs, json: bool) -> Result<Option<Wanted>> {
    let files = &follow.files;
    let Some(path) = &follow.output else {
        if files.captioned || files.subtitles.is_some() || files.thumbnail.is_some() {
            return Err(Failure::input(
                "--captioned, --subtitles and --thumbnail go with --output, which downloads the \
                 video",
            ));
        }
        return Ok(None);
    };
    let destination = Destination::new(path, follow.force);
    if json && matches!(destination, Destination::Stdout) {
        return Err(Failure::input(
            "--output - writes the video itself to standard output, so it cannot go with \
             --json; save it with --output PATH instead",
        ));
    }
    Wanted::new(destination, files, follow.force).map(Some)
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
