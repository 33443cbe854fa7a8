//! `heygen video-agent create|status`: a video made by HeyGen's agent from a prompt and
//! attached files (local files are uploaded first, as `asset upload` would), optionally
//! followed to the finished video and downloaded.

use std::io::Read;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value, json};

use crate::cli::{AgentMode, FollowArgs, Orientation, VideoAgentCreateArgs, VideoAgentStatusArgs};
use crate::error::{Failure, Kind, Outcome, Result};
use crate::transfer::download::{Destination, Downloader};
use crate::transfer::local_file::LocalFile;
use crate::ui::wait::{Poll, Waiter};
use crate::upload::Route;
use crate::upload::client::Client;
use crate::upload::input;
use crate::util::secret::redact_url;
use crate::util::text::is_id;

use super::Context;
use crate::upload::scheduler::Scheduler;

/// HeyGen's limits on a session's prompt and attachments.
const MAX_PROMPT_CHARS: usize = 10_000;
const MAX_FILES: usize = 20;

pub async fn create(context: &Context, args: &VideoAgentCreateArgs) -> Result<Outcome> {
    let prompt = read_prompt(args)?;
    let destination = destination(&args.follow, context.output.is_json())?;
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
    for url in &args.urls {
        check_https(url)?;
    }
    let mut outcome = Outcome::default();
    let Some(files) = check_files(context, &args.files, &mut outcome) else {
        return Ok(outcome);
    };

    let mut client = context.client()?;
    client.reuse = args.reuse.enabled;
    let uploaded = match upload(context, &client, &files, args.jobs).await {
        Ok(ids) => ids,
        Err(kind) => {
            outcome.record(kind);
            return Ok(outcome);
        }
    };
    let inputs: Vec<Value> = uploaded
        .iter()
        .map(|(_, id)| id)
        .chain(&args.asset_ids)
        .map(|id| json!({"type": "asset_id", "asset_id": id}))
        .chain(
            args.urls
                .iter()
                .map(|url| json!({"type": "url", "url": url})),
        )
        .collect();
    let body = request_body(args, prompt, inputs);
    let answer = match client.api().create_video_agent(&body).await {
        Ok(answer) => answer,
        Err(failure) => {
            if !uploaded.is_empty() {
                note_reusable(context, &uploaded);
            }
            return Err(failure);
        }
    };
    let session_id = session_id_of(&answer)?;
    match destination.is_some() || args.follow.wait {
        false => context.output.result(&session_id, &answer),
        true => {
            context
                .output
                .note(&format!("video agent session {session_id} started"));
            let followed = follow(context, &client, &session_id, destination.as_ref()).await;
            let to_stdout = to_stdout(destination.as_ref());
            report(context, &session_id, to_stdout, followed, &mut outcome);
        }
    }
    Ok(outcome)
}

pub async fn status(context: &Context, args: &VideoAgentStatusArgs) -> Result<Outcome> {
    let session_id = &args.session_id;
    if !is_id(session_id) {
        return Err(Failure::input(format!(
            "{session_id:?} is not a session id (letters, digits, '_' and '-')"
        )));
    }
    let destination = destination(&args.follow, context.output.is_json())?;
    let client = context.client()?;
    let mut outcome = Outcome::default();
    if destination.is_some() || args.follow.wait {
        let followed = follow(context, &client, session_id, destination.as_ref()).await;
        let to_stdout = to_stdout(destination.as_ref());
        report(context, session_id, to_stdout, followed, &mut outcome);
    } else {
        match client.api().video_agent(session_id).await {
            Ok(answer) => {
                let status = answer
                    .pointer("/data/status")
                    .and_then(Value::as_str)
                    .unwrap_or("unknown");
                context.output.result(status, &answer);
            }
            Err(failure) => report(context, session_id, false, Err(failure), &mut outcome),
        }
    }
    Ok(outcome)
}

/// A failure while following names the client, on stderr and (with `--json`) on stdout.
/// When the video goes to standard output, stdout stays free of anything else.
fn report(
    context: &Context,
    session_id: &str,
    to_stdout: bool,
    followed: Result<()>,
    outcome: &mut Outcome,
) {
    if let Err(failure) = followed {
        match to_stdout {
            true => context
                .output
                .error(&format!("{session_id}: {}", failure.message)),
            false => context
                .output
                .item_failed("session_id", session_id, &failure),
        }
        outcome.record(failure.kind);
    }
}

fn to_stdout(destination: Option<&Destination>) -> bool {
    matches!(destination, Some(Destination::Stdout))
}

/// The prompt from `--prompt` or `--prompt-file`, checked before anything else.
fn read_prompt(args: &VideoAgentCreateArgs) -> Result<String> {
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
fn destination(follow: &FollowArgs, json: bool) -> Result<Option<Destination>> {
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

/// Every FILE checked as `asset upload` checks it; `None` (with every problem reported) when
/// one fails, so nothing is sent.
fn check_files(
    context: &Context,
    paths: &[PathBuf],
    outcome: &mut Outcome,
) -> Option<Vec<LocalFile>> {
    let mut files = Vec::with_capacity(paths.len());
    for path in paths {
        let shown = path.display().to_string();
        let checked = match path.as_os_str() == input::STDIN {
            true => Err(Failure::input(
                "standard input cannot be attached; save it to a file and name that",
            )),
            false => input::check(path, None),
        };
        match checked {
            Ok(file) => files.push(file),
            Err(failure) => {
                context.output.item_failed("file", &shown, &failure);
                outcome.record(Kind::Input);
            }
        }
    }
    if outcome.failed() {
        context
            .output
            .note("nothing was sent; fix the files above and run again");
        return None;
    }
    Some(files)
}

/// Uploads the FILEs as `asset upload` would. When one fails, no session is made: the ids that
/// did upload are listed so that a rerun can pass them with --asset-id.
async fn upload(
    context: &Context,
    client: &Client,
    files: &[LocalFile],
    jobs: u16,
) -> std::result::Result<Vec<(String, String)>, Kind> {
    let scheduler = Scheduler {
        route: Route::BySize,
        jobs,
        checksum: true,
        progress: context.progress_mode(),
    };
    let mut ids = Vec::with_capacity(files.len());
    let mut failed = None;
    scheduler
        .upload(client, files, |file, result| match result {
            Ok(uploaded) => ids.push((file.shown.clone(), uploaded.asset_id)),
            Err(failure) => {
                context.output.item_failed("file", &file.shown, &failure);
                failed.get_or_insert(failure.kind);
            }
        })
        .await;
    match failed {
        None => Ok(ids),
        Some(kind) => {
            note_reusable(context, &ids);
            Err(kind)
        }
    }
}

/// No video was started: says which files did upload (path and asset id), so that a rerun can
/// pass their ids instead of uploading them again.
fn note_reusable(context: &Context, uploaded: &[(String, String)]) {
    let mut note = "no video was started".to_string();
    if !uploaded.is_empty() {
        let listed: Vec<String> = uploaded
            .iter()
            .map(|(shown, id)| format!("{shown} is {id}"))
            .collect();
        let again: Vec<String> = uploaded
            .iter()
            .map(|(_, id)| format!("--asset-id {id}"))
            .collect();
        note.push_str(&format!(
            "; uploaded already: {}; to reuse them, run again with {} in place of those files",
            listed.join(", "),
            again.join(" ")
        ));
    }
    context.output.note(&note);
}

/// Only the fields given go into the body.
fn request_body(args: &VideoAgentCreateArgs, prompt: String, files: Vec<Value>) -> Value {
    let mut body = Map::new();
    body.insert("prompt".into(), prompt.into());
    if !files.is_empty() {
        body.insert("files".into(), files.into());
    }
    if let Some(mode) = args.mode {
        let mode = match mode {
            AgentMode::Generate => "generate",
            AgentMode::Chat => "chat",
        };
        body.insert("mode".into(), mode.into());
    }
    if let Some(orientation) = args.orientation {
        let orientation = match orientation {
            Orientation::Landscape => "landscape",
            Orientation::Portrait => "portrait",
        };
        body.insert("orientation".into(), orientation.into());
    }
    for (name, value) in [
        ("avatar_id", &args.avatar_id),
        ("voice_id", &args.voice_id),
        ("style_id", &args.style_id),
    ] {
        if let Some(value) = value {
            body.insert(name.into(), value.as_str().into());
        }
    }
    Value::Object(body)
}

fn session_id_of(answer: &Value) -> Result<String> {
    answer
        .pointer("/data/session_id")
        .and_then(Value::as_str)
        .filter(|id| is_id(id))
        .map(str::to_string)
        .ok_or_else(|| Failure::remote("HeyGen's answer holds no valid data.session_id"))
}

/// Follows the session until it has a video, then the video until it is done, and downloads
/// it to `destination`. Prints the video id (or, with `--json`, the last video answer).
async fn follow(
    context: &Context,
    client: &Client,
    session_id: &str,
    destination: Option<&Destination>,
) -> Result<()> {
    let settings = &context.settings;
    let mut resume = format!("heygen video-agent status {session_id}");
    match &destination {
        Some(Destination::File { path, .. }) => {
            resume.push_str(&format!(" --output {}", path.display()))
        }
        Some(Destination::Stdout) => resume.push_str(" --output -"),
        None => resume.push_str(" --wait"),
    }
    let mut waiter = Waiter::new(
        settings.wait_timeout,
        context.progress_mode(),
        &context.output,
    );
    let subject = format!("video agent session {session_id}");
    let video_id = waiter
        .until(&subject, &resume, || poll_session(client, session_id))
        .await?;
    let subject = format!("video {video_id}");
    let video = waiter
        .until(&subject, &resume, || poll_video(client, &video_id))
        .await?;
    drop(waiter);

    let Some(destination) = destination else {
        context.output.result(&video_id, &video);
        return Ok(());
    };
    let url = video
        .pointer("/data/video_url")
        .and_then(Value::as_str)
        .ok_or_else(|| {
            Failure::remote(format!(
                "video {video_id} is completed but HeyGen gave no video_url"
            ))
        })?;
    let downloader = Downloader {
        http: &client.http,
        output: &context.output,
        progress: context.progress_mode(),
        retries: settings.retries,
        stall_timeout: settings.stall_timeout,
        verbose: settings.verbose,
    };
    let name = match destination {
        Destination::File { path, .. } => path.file_name().map_or_else(
            || format!("{video_id}.mp4"),
            |n| n.to_string_lossy().into_owned(),
        ),
        Destination::Stdout => format!("{video_id}.mp4"),
    };
    // The video is made: a failed download is fetched again, never made again.
    let bytes = downloader
        .fetch(url, "video_url", &name, destination)
        .await
        .map_err(|failure| Failure {
            message: format!(
                "{}; the video is ready, so to download it again run: {resume}",
                failure.message
            ),
            ..failure
        })?;
    match destination {
        // Standard output holds the video only; the id goes to stderr.
        Destination::Stdout => context.output.note(&format!(
            "video {video_id}: {bytes} bytes written to standard output"
        )),
        Destination::File { path, .. } => {
            context.output.result(&video_id, &video);
            context.output.note(&format!(
                "video {video_id}: {bytes} bytes saved to {}",
                path.display()
            ));
        }
    }
    Ok(())
}

fn text<'a>(answer: &'a Value, pointer: &str) -> Option<&'a str> {
    answer.pointer(pointer).and_then(Value::as_str)
}

/// One look at the session: done once it names its video.
async fn poll_session(client: &Client, session_id: &str) -> Result<Poll<String>> {
    let answer = client.api().video_agent(session_id).await?;
    let status = text(&answer, "/data/status").unwrap_or("unknown");
    let video_id = text(&answer, "/data/video_id").filter(|id| !id.is_empty());
    // Newest first, as HeyGen lists them.
    let last_message = |kind: Option<&str>| {
        answer
            .pointer("/data/messages")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter(|m| kind.is_none_or(|k| m["type"] == k))
            .find_map(|m| m["content"].as_str())
            .map(str::to_string)
    };
    match (status, video_id) {
        ("failed", _) => {
            let reason = last_message(Some("error")).unwrap_or_else(|| "no reason given".into());
            Err(
                Failure::remote(format!("video agent session {session_id} failed: {reason}"))
                    .with_code("session_failed"),
            )
        }
        ("waiting_for_input", _) => {
            let question = last_message(None)
                .map(|q| format!(" ({q})"))
                .unwrap_or_default();
            Err(Failure::remote(format!(
                "video agent session {session_id} is waiting for your answer{question}; answer \
                 it in HeyGen's web app, then run: heygen video-agent status {session_id} --wait"
            ))
            .with_code("waiting_for_input"))
        }
        (_, Some(id)) if is_id(id) => Ok(Poll::Done(id.to_string())),
        (_, Some(_)) => Err(Failure::remote(
            "HeyGen's answer holds a video_id that is not valid",
        )),
        ("completed", None) => Err(Failure::remote(format!(
            "video agent session {session_id} completed without a video"
        ))),
        (status, None) => Ok(Poll::Pending {
            status: status.to_string(),
            progress: answer.pointer("/data/progress").and_then(Value::as_u64),
        }),
    }
}

/// One look at the video: done once completed.
async fn poll_video(client: &Client, video_id: &str) -> Result<Poll<Value>> {
    let answer = client.api().video(video_id).await?;
    match text(&answer, "/data/status").unwrap_or("unknown") {
        "completed" => Ok(Poll::Done(answer)),
        "failed" => {
            let code = text(&answer, "/data/failure_code").unwrap_or("video_failed");
            let message = text(&answer, "/data/failure_message").unwrap_or("no reason given");
            Err(
                Failure::remote(format!("video {video_id} failed: {code}: {message}"))
                    .with_code(code),
            )
        }
        status => Ok(Poll::Pending {
            status: status.to_string(),
            progress: answer.pointer("/data/progress").and_then(Value::as_u64),
        }),
    }
}
