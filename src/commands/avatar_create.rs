//! `heygen avatar create`: a photo avatar from a local image (uploaded first), an asset id or
//! a URL.

use serde_json::{Value, json};

use crate::cli::AvatarCreateArgs;
use crate::error::{Failure, Outcome, Result};
use crate::input::{self, LocalFile};
use crate::secret::redact_url;
use crate::upload::{Route, Uploader};

use super::{Context, with_file};

/// Where the avatar's image comes from, checked before anything is sent.
enum Source {
    File(LocalFile),
    AssetId(String),
    Url(String),
}

pub async fn run(context: &Context, args: &AvatarCreateArgs) -> Result<Outcome> {
    let mut outcome = Outcome::default();
    let (subject, source) = match check_source(args) {
        Ok(checked) => checked,
        Err((subject, failure)) => {
            context.output.item_failed("file", &subject, &failure);
            outcome.record(failure.kind);
            return Ok(outcome);
        }
    };
    if args.name.trim().is_empty() {
        return Err(Failure::input("--name is empty; give the avatar a name"));
    }
    let session = context.session()?;
    match create(&session, &args.name, &source).await {
        Ok(answer) => {
            let id = avatar_id(&answer)?;
            let answer = match &source {
                Source::File(file) => with_file(answer, &file.shown),
                _ => answer,
            };
            context.output.result(&id, &answer);
        }
        Err(failure) => {
            context.output.item_failed("file", &subject, &failure);
            outcome.record(failure.kind);
        }
    }
    Ok(outcome)
}

fn check_source(
    args: &AvatarCreateArgs,
) -> std::result::Result<(String, Source), (String, Failure)> {
    if let Some(path) = &args.file {
        let shown = path.display().to_string();
        let file = input::check(path, None).map_err(|f| (shown.clone(), f))?;
        if !file.media.is_some_and(|m| m.is_image()) {
            let what = file.media.map_or("not an image", |m| m.label);
            return Err((
                shown,
                Failure::input(format!(
                    "photo avatars need a PNG or JPEG image, and this is {what}"
                )),
            ));
        }
        return Ok((shown, Source::File(file)));
    }
    if let Some(id) = &args.asset_id {
        input::check_asset_id(id).map_err(|f| (id.clone(), f))?;
        return Ok((id.clone(), Source::AssetId(id.clone())));
    }
    let url = args.url.clone().unwrap_or_default();
    let shown = redact_url(&url);
    match reqwest::Url::parse(&url) {
        Ok(parsed) if matches!(parsed.scheme(), "http" | "https") => Ok((shown, Source::Url(url))),
        _ => Err((
            shown,
            Failure::input("--url must be an http(s) URL of a PNG or JPEG image"),
        )),
    }
}

async fn create(session: &crate::session::Session, name: &str, source: &Source) -> Result<Value> {
    let file = match source {
        Source::File(file) => {
            let uploader = Uploader {
                session,
                checksum: true,
            };
            let uploaded = uploader.upload(file, Route::BySize).await?;
            json!({"type": "asset_id", "asset_id": uploaded.asset_id})
        }
        Source::AssetId(id) => json!({"type": "asset_id", "asset_id": id}),
        Source::Url(url) => json!({"type": "url", "url": url}),
    };
    let body = json!({"type": "photo", "name": name, "file": file});
    session.api().create_avatar(&body).await
}

/// The id a video uses: the avatar item's, or the group's when HeyGen made no item yet.
fn avatar_id(answer: &Value) -> Result<String> {
    ["/data/avatar_item/id", "/data/avatar_group/id"]
        .iter()
        .find_map(|pointer| answer.pointer(pointer).and_then(Value::as_str))
        .map(str::to_string)
        .ok_or_else(|| Failure::remote("HeyGen's answer names no avatar item or group id"))
}
