//! `heygen video status|download VIDEO_ID`: a video by its id, followed until it is rendered,
//! and its files downloaded.

pub mod files;

use std::path::PathBuf;

use crate::api::answers::Video;
use crate::cli::{VideoDownloadArgs, VideoStatusArgs};
use crate::error::{Failure, Outcome, Result};
use crate::transfer::download::Destination;
use crate::ui::wait::Poll;
use crate::upload::client::Client;
use crate::util::text::is_id;

use super::Context;
use files::Wanted;

pub async fn status(context: &Context, args: &VideoStatusArgs) -> Result<Outcome> {
    check_video_id(&args.video_id)?;
    let client = context.client().await?;
    let mut outcome = Outcome::default();
    let found = match args.wait {
        true => {
            let resume = format!("heygen video status {} --wait", args.video_id);
            wait(context, &client, &args.video_id, &resume).await
        }
        false => client.api().video(&args.video_id).await,
    };
    match found {
        Ok(video) => context.output.result(&video.status, &video.answer),
        Err(failure) => {
            context
                .output
                .failed(&mut outcome, "video_id", &args.video_id, &failure);
        }
    }
    Ok(outcome)
}

pub async fn download(context: &Context, args: &VideoDownloadArgs) -> Result<Outcome> {
    let video_id = &args.video_id;
    check_video_id(video_id)?;
    let output = args
        .output
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("{video_id}.mp4")));
    let video = Destination::new(&output, args.force);
    if context.output.is_json() && matches!(video, Destination::Stdout) {
        return Err(Failure::input(
            "--output - writes the video itself to standard output, so it cannot go with --json",
        ));
    }
    let wanted = Wanted::new(video, &args.files, args.force)?;
    let client = context.client().await?;
    let mut outcome = Outcome::default();
    let found = match args.wait {
        true => {
            let resume = format!("heygen video download {video_id} --wait");
            wait(context, &client, video_id, &resume).await
        }
        // One look, judged as a wait judges it: a failed video says why.
        false => match poll(&client, video_id).await {
            Ok(Poll::Done(video)) => Ok(video),
            Ok(Poll::Pending { status, .. }) => Err(Failure::remote(format!(
                "is {status}, not rendered yet; wait for it with: heygen video download \
                 {video_id} --wait"
            ))),
            Err(failure) => Err(failure),
        },
    };
    let resume = format!("heygen video download {video_id}");
    let done = match found {
        Ok(video) => files::download(context, &client, video_id, video, &wanted, &resume)
            .await
            .map(drop),
        Err(failure) => Err(failure),
    };
    if let Err(failure) = done {
        context
            .output
            .failed(&mut outcome, "video_id", video_id, &failure);
    }
    Ok(outcome)
}

/// Polls the video until it is rendered (a failure or a 404 ends the wait at once).
/// `resume`: the command that goes on waiting, when the wait runs out of time.
async fn wait(context: &Context, client: &Client, video_id: &str, resume: &str) -> Result<Video> {
    let subject = format!("video {video_id}");
    context
        .waiter()
        .until(&subject, resume, || poll(client, video_id))
        .await
}

/// One look at the video: done once completed.
pub async fn poll(client: &Client, video_id: &str) -> Result<Poll<Video>> {
    let video = client.api().video(video_id).await?;
    match video.status.as_str() {
        "completed" => Ok(Poll::Done(video)),
        "failed" => {
            let code = video.failure_code.as_deref().unwrap_or("video_failed");
            let message = video
                .failure_message
                .as_deref()
                .unwrap_or("no reason given");
            Err(
                Failure::remote(format!("video {video_id} failed: {code}: {message}"))
                    .with_code(code),
            )
        }
        status => Ok(Poll::Pending {
            status: status.to_string(),
            progress: video.progress,
        }),
    }
}

fn check_video_id(video_id: &str) -> Result<()> {
    match is_id(video_id) {
        true => Ok(()),
        false => Err(Failure::input(format!(
            "{video_id:?} is not a video id (letters, digits, '_' and '-', like vid_abc123)"
        ))),
    }
}
