//! Following a session to its video, the video until it is rendered, and the download.

use crate::commands::video::files::{self, Wanted};
use crate::error::{Failure, Result};
use crate::transfer::download::Destination;
use crate::ui::wait::Poll;
use crate::upload::client::Client;
use crate::util::text::{is_id, one_line};

use crate::commands::Context;

/// Follows the session until it has a video, then the video until it is done, and downloads
/// it to `destination`. Prints the video id (or, with `--json`, the last video answer).
/// `before`: the video the session had when the wait began (a message was just sent): the
/// wait is for the next one.
pub async fn follow(
    context: &Context,
    client: &Client,
    session_id: &str,
    before: Option<&str>,
    wanted: Option<&Wanted>,
) -> Result<()> {
    let mut resume = format!("heygen video-agent status {session_id}");
    match wanted.map(|w| &w.video) {
        Some(Destination::File { path, .. }) => {
            resume.push_str(&format!(" --output {}", path.display()))
        }
        Some(Destination::Stdout) => resume.push_str(" --output -"),
        None => resume.push_str(" --wait"),
    }
    let mut waiter = context.waiter();
    let subject = format!("video agent session {session_id}");
    let _stop_hint = crate::ui::interrupt::say_on_signal(format!(
        "{subject}: to stop its run instead, run: heygen video-agent stop {session_id}"
    ));
    let video_id = waiter
        .until(&subject, &resume, || {
            poll_session(client, session_id, before)
        })
        .await?;
    let subject = format!("video {video_id}");
    let video = waiter
        .until(&subject, &resume, || {
            crate::commands::video::poll(client, &video_id)
        })
        .await?;
    drop(waiter);

    let Some(wanted) = wanted else {
        context.output.result(&video_id, &video.answer);
        return Ok(());
    };
    files::download(context, client, &video_id, video, wanted, &resume).await?;
    Ok(())
}

/// One look at the session: done once it names its video.
async fn poll_session(
    client: &Client,
    session_id: &str,
    before: Option<&str>,
) -> Result<Poll<String>> {
    let session = client.api().video_agent(session_id).await?;
    match (session.status.as_str(), session.video_id.as_deref()) {
        ("failed", _) => {
            let reason = session
                .last_message(Some("error"))
                .unwrap_or("no reason given");
            Err(
                Failure::remote(format!("video agent session {session_id} failed: {reason}"))
                    .with_code("session_failed"),
            )
        }
        ("waiting_for_input", _) => {
            let question = session
                .last_message(None)
                .map(|q| format!(" ({})", cut(&one_line(q), 300)))
                .unwrap_or_default();
            Err(Failure::remote(format!(
                "video agent session {session_id} is waiting for your answer{question}; answer \
                 it with: heygen video-agent send {session_id} --message '...' --wait"
            ))
            .with_code("waiting_for_input"))
        }
        (status, Some(id)) if Some(id) == before => Ok(Poll::Pending {
            status: format!("{status}, the next video not started yet"),
            progress: None,
        }),
        (_, Some(id)) if is_id(id) => Ok(Poll::Done(id.to_string())),
        (_, Some(_)) => Err(Failure::remote(
            "HeyGen's answer holds a video_id that is not valid",
        )),
        ("completed", None) => Err(Failure::remote(format!(
            "video agent session {session_id} completed without a video"
        ))),
        (status, None) => Ok(Poll::Pending {
            status: status.to_string(),
            progress: session.progress,
        }),
    }
}

/// At most `most` characters, with `…` where cut.
fn cut(text: &str, most: usize) -> String {
    match text.chars().count() > most {
        true => text.chars().take(most).chain(['…']).collect(),
        false => text.to_string(),
    }
}
