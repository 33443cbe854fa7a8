//! `heygen avatar consent ID`: a digital twin trains only once the person shown consents.
//! Without a video, the page where they approve is printed; with one (a file, uploaded first,
//! an asset or a URL), the recording is submitted for review. `--wait` follows training on.

use std::io::IsTerminal;

use serde_json::json;

use crate::cli::AvatarConsentArgs;
use crate::error::{Failure, Outcome, Result};
use crate::ui::progress::Progress;
use crate::upload::input;
use crate::util::text::is_id;

use crate::commands::Context;
use crate::commands::avatar::source::Source;
use crate::commands::avatar::status::{group_note, wait_for_group};

/// The recording to submit (`--video`, `--asset-id` or `--url`), checked before anything is
/// sent; none asks for the consent page.
fn recording(args: &AvatarConsentArgs) -> Result<Option<Source>> {
    if let Some(path) = &args.video {
        let file = input::check(path, None).map_err(|failure| failure.context(path.display()))?;
        if !file.media.is_some_and(|m| m.is_video()) {
            return Err(Failure::input(format!(
                "{}: a consent recording must be an MP4 or WebM video",
                path.display()
            )));
        }
        return Ok(Some(Source::File(file)));
    }
    if let Some(id) = &args.asset_id {
        input::check_asset_id(id)
            .map_err(|failure| failure.context(format!("--asset-id {id:?}")))?;
        return Ok(Some(Source::AssetId(id.clone())));
    }
    match &args.url {
        Some(url) if !url.starts_with("https://") => Err(Failure::input(
            "--url must be an https URL HeyGen can fetch",
        )),
        Some(url) => Ok(Some(Source::Url(url.clone()))),
        None => Ok(None),
    }
}

pub async fn run(context: &Context, args: &AvatarConsentArgs) -> Result<Outcome> {
    if !is_id(&args.group_id) {
        return Err(Failure::input(format!(
            "{:?} is not an avatar group id (letters, digits, '_' and '-', like grp_abc123)",
            args.group_id
        )));
    }
    let recording = recording(args)?;
    let client = context.client().await?;
    let group_id = client
        .resume_records
        .noted(&group_note(&args.group_id))
        .unwrap_or_else(|| args.group_id.clone());
    let submitted = recording.is_some();
    let mut body = json!({});
    if let Some(recording) = &recording {
        let progress = Progress::new(context.progress_mode(), None, context.output.screen());
        let video = recording.asset_input(&client, &progress).await;
        progress.finish();
        body["consent_video"] = match (video, recording) {
            (Ok(video), _) => video,
            (Err(failure), Source::File(file)) => return Err(failure.context(&file.shown)),
            (Err(failure), _) => return Err(failure),
        };
    }
    let mut outcome = Outcome::default();
    let answer = match client.api().avatar_consent(&group_id, &body).await {
        Ok(answer) => answer,
        Err(failure) => {
            context
                .output
                .failed(&mut outcome, "group_id", &group_id, &failure);
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
                context
                    .output
                    .failed(&mut outcome, "group_id", &group_id, &failure);
            }
        }
    }
    Ok(outcome)
}
