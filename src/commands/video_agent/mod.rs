//! `heygen video-agent create|status|send|stop|videos`: a video made by HeyGen's agent from a
//! prompt and
//! attached files (local files are uploaded first, as `asset upload` would), optionally
//! followed to the finished video and downloaded.

mod attachments;
mod follow;
mod options;
mod request;

use serde_json::{Value, json};

use crate::api::answers;
use crate::cli::{
    AttachArgs, SessionArgs, VideoAgentCreateArgs, VideoAgentSendArgs, VideoAgentStatusArgs,
};
use crate::error::{Failure, Outcome, Result};
use crate::transfer::download::Destination;
use crate::transfer::local_file::LocalFile;
use crate::upload::client::Client;
use crate::upload::is_definite;
use crate::util::text::is_id;

use super::Context;
use crate::commands::video::files::Wanted;
use attachments::{check_files, note_reusable, upload};
use follow::follow;
use options::destination;

pub async fn create(context: &Context, args: &VideoAgentCreateArgs) -> Result<Outcome> {
    let prompt = options::read_prompt(args)?;
    let destination = destination(&args.follow, context.output.is_json())?;
    options::check(args)?;
    let mut outcome = Outcome::default();
    let Some(files) = check_files(context, &args.attach.files, &mut outcome) else {
        return Ok(outcome);
    };

    let mut client = context.client().await?;
    client.reuse = args.attach.reuse.enabled;
    let Some((uploaded, inputs)) =
        attach(context, &client, &args.attach, &files, &mut outcome).await
    else {
        return Ok(outcome);
    };
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
        false => {
            context.output.result(&session_id, &answer);
            context.output.note(&format!(
                "video agent session {session_id} started; follow it with: heygen video-agent \
                 status {session_id} --wait"
            ));
        }
        true => {
            context
                .output
                .note(&format!("video agent session {session_id} started"));
            let followed = follow(context, &client, &session_id, None, destination.as_ref()).await;
            let to_stdout = to_stdout(destination.as_ref());
            report(context, &session_id, to_stdout, followed, &mut outcome);
        }
    }
    client.work_done(&work);
    Ok(outcome)
}

pub async fn status(context: &Context, args: &VideoAgentStatusArgs) -> Result<Outcome> {
    let session_id = &args.session_id;
    check_session_id(session_id)?;
    let destination = destination(&args.follow, context.output.is_json())?;
    let client = context.client().await?;
    let mut outcome = Outcome::default();
    if destination.is_some() || args.follow.wait {
        let followed = follow(context, &client, session_id, None, destination.as_ref()).await;
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

/// The files uploaded (each named by its path) and every attachment as HeyGen takes it; `None`
/// (the outcome recorded, the uploaded ids listed) when a file did not go up.
async fn attach(
    context: &Context,
    client: &Client,
    attach: &AttachArgs,
    files: &[LocalFile],
    outcome: &mut Outcome,
) -> Option<(Vec<(String, String)>, Vec<Value>)> {
    let uploaded = match upload(context, client, files, attach.jobs, attach.batch.when).await {
        Ok(ids) => ids,
        Err(kind) => {
            outcome.record(kind);
            return None;
        }
    };
    let inputs = uploaded
        .iter()
        .map(|(_, id)| id)
        .chain(&attach.asset_ids)
        .map(|id| json!({"type": "asset_id", "asset_id": id}))
        .chain(
            attach
                .urls
                .iter()
                .map(|url| json!({"type": "url", "url": url})),
        )
        .collect();
    Some((uploaded, inputs))
}

/// `video-agent send`: a message (and files) to a chat session, which then thinks again and
/// makes a new video; `--wait`/`--output` follow it to that video, not the one before.
pub async fn send(context: &Context, args: &VideoAgentSendArgs) -> Result<Outcome> {
    let session_id = &args.session_id;
    check_session_id(session_id)?;
    let message = options::read_message(args)?;
    let destination = destination(&args.follow, context.output.is_json())?;
    options::check_attachments(&args.attach)?;
    let mut outcome = Outcome::default();
    let Some(files) = check_files(context, &args.attach.files, &mut outcome) else {
        return Ok(outcome);
    };
    let mut client = context.client().await?;
    client.reuse = args.attach.reuse.enabled;
    // The video the session has now, so that following it waits for the next one.
    let before = match client.api().video_agent(session_id).await {
        Ok(session) => session.video_id,
        Err(failure) => {
            report(context, session_id, false, Err(failure), &mut outcome);
            return Ok(outcome);
        }
    };
    let Some((uploaded, inputs)) =
        attach(context, &client, &args.attach, &files, &mut outcome).await
    else {
        return Ok(outcome);
    };
    let mut body = json!({ "message": message });
    if !inputs.is_empty() {
        body["files"] = json!(inputs);
    }
    let (work, key) = client.work_key(&format!("video-agent-send:{session_id}"), &body);
    let answer = match client
        .api()
        .send_to_video_agent(session_id, &body, &key)
        .await
    {
        Ok(answer) => answer,
        Err(failure) => {
            if is_definite(&failure) {
                client.work_done(&work);
            }
            if !uploaded.is_empty() {
                note_reusable(context, &uploaded);
            }
            context
                .output
                .failed(&mut outcome, "session_id", session_id, &failure);
            return Ok(outcome);
        }
    };
    match destination.is_some() || args.follow.wait {
        false => context.output.result(session_id, &answer),
        true => {
            context.output.note(&format!(
                "video agent session {session_id} took the message"
            ));
            let followed = follow(
                context,
                &client,
                session_id,
                before.as_deref(),
                destination.as_ref(),
            )
            .await;
            let to_stdout = to_stdout(destination.as_ref());
            report(context, session_id, to_stdout, followed, &mut outcome);
        }
    }
    client.work_done(&work);
    Ok(outcome)
}

/// `video-agent stop`: the session's run halts at its next checkpoint.
pub async fn stop(context: &Context, args: &SessionArgs) -> Result<Outcome> {
    check_session_id(&args.session_id)?;
    let client = context.client().await?;
    let mut outcome = Outcome::default();
    match client.api().stop_video_agent(&args.session_id).await {
        Ok(answer) => context.output.result(&args.session_id, &answer),
        Err(failure) => report(context, &args.session_id, false, Err(failure), &mut outcome),
    }
    Ok(outcome)
}

/// `video-agent videos`: every video the session made, newest first.
pub async fn videos(context: &Context, args: &SessionArgs) -> Result<Outcome> {
    check_session_id(&args.session_id)?;
    let client = context.client().await?;
    let mut outcome = Outcome::default();
    match client.api().video_agent_videos(&args.session_id).await {
        Ok(videos) => {
            for video in videos {
                let text = |name: &str| match &video[name] {
                    Value::String(text) => text.clone(),
                    Value::Null => String::new(),
                    other => other.to_string(),
                };
                let fields = [text("id"), text("status"), text("duration"), text("title")];
                context.output.result_fields(&fields, &video);
            }
        }
        Err(failure) => report(context, &args.session_id, false, Err(failure), &mut outcome),
    }
    Ok(outcome)
}

fn check_session_id(session_id: &str) -> Result<()> {
    match is_id(session_id) {
        true => Ok(()),
        false => Err(Failure::input(format!(
            "{session_id:?} is not a session id (letters, digits, '_' and '-')"
        ))),
    }
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

fn to_stdout(wanted: Option<&Wanted>) -> bool {
    matches!(wanted.map(|w| &w.video), Some(Destination::Stdout))
}
