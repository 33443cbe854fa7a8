//! `heygen video-agent create|status`: a video made by HeyGen's agent from a prompt and
//! attached files (local files are uploaded first, as `asset upload` would), optionally
//! followed to the finished video and downloaded.

mod attachments;
mod follow;
mod options;
mod request;

use serde_json::{Value, json};

use crate::api::answers;
use crate::cli::{VideoAgentCreateArgs, VideoAgentStatusArgs};
use crate::error::{Failure, Outcome, Result};
use crate::transfer::download::Destination;
use crate::upload::is_definite;
use crate::util::text::is_id;

use super::Context;
use attachments::{check_files, note_reusable, upload};
use follow::follow;
use options::destination;

pub async fn create(context: &Context, args: &VideoAgentCreateArgs) -> Result<Outcome> {
    let prompt = options::read_prompt(args)?;
    let destination = destination(&args.follow, context.output.is_json())?;
    options::check(args)?;
    let mut outcome = Outcome::default();
    let Some(files) = check_files(context, &args.files, &mut outcome) else {
        return Ok(outcome);
    };

    let mut client = context.client().await?;
    client.reuse = args.reuse.enabled;
    let uploaded = match upload(context, &client, &files, args.jobs, args.batch.when).await {
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
    let body = request::body(args, prompt, inputs);
    // Kept until the command ends: a run killed while it waits sends the same key again and
    // follows the session HeyGen made, rather than starting a second one.
    let (work, key) = client.work_key("video-agent", &body);
    let answer = match client.api().create_video_agent(&body, &key).await {
        Ok(answer) => answer,
        Err(failure) => {
            if is_definite(&failure) {
                client.work_done(&work);
            }
            if !uploaded.is_empty() {
                note_reusable(context, &uploaded);
            }
            return Err(failure);
        }
    };
    let session_id = answers::session_id(&answer)?;
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
    client.work_done(&work);
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
    let client = context.client().await?;
    let mut outcome = Outcome::default();
    if destination.is_some() || args.follow.wait {
        let followed = follow(context, &client, session_id, destination.as_ref()).await;
        let to_stdout = to_stdout(destination.as_ref());
        report(context, session_id, to_stdout, followed, &mut outcome);
    } else {
        match client.api().video_agent(session_id).await {
            Ok(session) => context.output.result(&session.status, &session.answer),
            Err(failure) => report(context, session_id, false, Err(failure), &mut outcome),
        }
    }
    Ok(outcome)
}

/// A failure while following names the session, on stderr and (with `--json`) on stdout.
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
