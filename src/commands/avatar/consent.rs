//! `heygen avatar consent ID`: a digital twin trains only once the person shown consents.
//! Without a video, the page where they approve is printed; with one (a file, uploaded first,
//! an asset or a URL), the recording is submitted for review. `--wait` follows training on.

use std::io::IsTerminal;

use serde_json::{Value, json};

use crate::cli::AvatarConsentArgs;
use crate::error::{Failure, Outcome, Result};
use crate::ui::progress::Progress;
use crate::upload::{Route, Uploader, input};
use crate::util::text::is_id;

use crate::commands::Context;
use crate::commands::avatar::status::{group_note, wait_for_group};

pub async fn run(context: &Context, args: &AvatarConsentArgs) -> Result<Outcome> {
    if !is_id(&args.group_id) {
        return Err(Failure::input(format!(
            "{:?} is not an avatar group id (letters, digits, '_' and '-', like grp_abc123)",
            args.group_id
        )));
    }
    // The recording, checked before anything is sent.
    let file = match &args.video {
        Some(path) => {
            let file =
                input::check(path, None).map_err(|failure| failure.context(path.display()))?;
            if !file.media.is_some_and(|m| m.mime.starts_with("video/")) {
                return Err(Failure::input(format!(
                    "{}: a consent recording must be an MP4 or WebM video",
                    path.display()
                )));
            }
            Some(file)
        }
        None => None,
    };
    if let Some(id) = &args.asset_id {
        input::check_asset_id(id)
            .map_err(|failure| failure.context(format!("--asset-id {id:?}")))?;
    }
    if let Some(url) = &args.url
        && !url.starts_with("https://")
    {
        return Err(Failure::input(
            "--url must be an https URL HeyGen can fetch",
        ));
    }
    let client = context.client().await?;
    let group_id = client
        .resume_records
        .noted(&group_note(&args.group_id))
        .unwrap_or_else(|| args.group_id.clone());
    let video: Option<Value> = match (&file, &args.asset_id, &args.url) {
        (Some(file), _, _) => {
            let progress = Progress::new(context.progress_mode(), None, context.output.screen());
            let uploader = Uploader {
                client: &client,
                progress: &progress,
                checksum: true,
            };
            let uploaded = uploader.upload(file, Route::BySize).await;
            progress.finish();
            let uploaded = uploaded.map_err(|failure| failure.context(&file.shown))?;
            Some(json!({"type": "asset_id", "asset_id": uploaded.asset_id}))
        }
        (None, Some(id), _) => Some(json!({"type": "asset_id", "asset_id": id})),
        (None, None, Some(url)) => Some(json!({"type": "url", "url": url})),
        (None, None, None) => None,
    };
    let submitted = video.is_some();
    let mut body = json!({});
    if let Some(video) = video {
        body["consent_video"] = video;
    }
    let mut outcome = Outcome::default();
    let answer = match client.api().avatar_consent(&group_id, &body).await {
        Ok(answer) => answer,
        Err(failure) => {
            context.output.item_failed("group_id", &group_id, &failure);
            outcome.record(failure.kind);
            return Ok(outcome);
        }
    };
    match answer["data"]["url"].as_str() {
        Some(url) => {
            context.output.result(url, &answer);
            if std::io::stderr().is_terminal() {
                context.output.note(
                    "open that page and have the person shown approve there; training goes on \
                     once they have",
                );
            }
        }
        None => {
            let status = answer["data"]["avatar_group"]["consent_status"]
                .as_str()
                .unwrap_or("submitted");
            context.output.result(status, &answer);
        }
    }
    if args.wait {
        match wait_for_group(context, &client, &group_id, submitted).await {
            Ok(group) => context.output.result(&group.status, &group.answer),
            Err(failure) => {
                context.output.item_failed("group_id", &group_id, &failure);
                outcome.record(failure.kind);
            }
        }
    }
    Ok(outcome)
}
