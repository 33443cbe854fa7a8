//! `heygen avatar create`: an avatar from a local file (uploaded first), an asset id or a URL,
//! optionally waiting until HeyGen has trained it.

use serde_json::{Value, json};

use crate::api::answers::CreatedAvatar;
use crate::cli::{AvatarCreateArgs, AvatarKind};
use crate::error::{Failure, Outcome, Result};
use crate::ui::progress::Progress;
use crate::upload::client::Client;
use crate::upload::input;
use crate::upload::is_definite;
use crate::util::secret::redact_url;

use crate::commands::avatar::source::Source;
use crate::commands::avatar::status::group_note;
use crate::commands::{Context, with_file};

pub async fn run(context: &Context, args: &AvatarCreateArgs) -> Result<Outcome> {
    let mut outcome = Outcome::default();
    if args.name.trim().is_empty() {
        return Err(Failure::input("--name is empty; give the avatar a name"));
    }
    let (subject, source) = match check_source(args) {
        Ok(checked) => checked,
        Err((subject, failure)) => {
            context
                .output
                .failed(&mut outcome, "file", &subject, &failure);
            return Ok(outcome);
        }
    };
    let mut client = context.client().await?;
    client.reuse = args.reuse.enabled;
    let progress = Progress::new(context.progress_mode(), None, context.output.screen());
    let created = async {
        let created = create(&client, &progress, args, &source).await?;
        let id = created.avatar_id.clone();
        // No API maps an item to its group: kept here, so `avatar status ITEM_ID` works.
        if let Some(group) = &created.group_id {
            client.resume_records.note(&group_note(&id), group);
        }
        let answer = match args.wait {
            true => wait_for_training(context, &client, created).await?,
            false => {
                // The printed id is the item's; training is followed by the group's.
                if let Some(group) = (created.group_id.as_deref())
                    .filter(|group| input::check_asset_id(group).is_ok())
                {
                    context.output.note(&format!(
                        "avatar group {group} is training; follow it with: heygen avatar \
                         status {id} --wait"
                    ));
                }
                created.answer
            }
        };
        Ok::<_, Failure>((id, answer))
    };
    match created.await {
        Ok((id, answer)) => {
            let answer = match &source {
                Source::File(file) => with_file(answer, &file.shown),
                _ => answer,
            };
            context.output.result(&id, &answer);
        }
        Err(failure) => {
            context
                .output
                .failed(&mut outcome, "file", &subject, &failure);
        }
    }
    Ok(outcome)
}

fn check_source(
    args: &AvatarCreateArgs,
) -> std::result::Result<(String, Source), (String, Failure)> {
    if let Some(path) = &args.file {
        let shown = path.display().to_string();
        if path.as_os_str() == input::STDIN {
            return Err((
                shown,
                Failure::input(
                    "standard input cannot make an avatar; save it to a file and name that",
                ),
            ));
        }
        let file = input::check(path, None).map_err(|f| (shown.clone(), f))?;
        let (fits, needed) = match args.kind {
            AvatarKind::Photo => (
                file.media.is_some_and(|m| m.is_image()),
                "a PNG or JPEG image",
            ),
            AvatarKind::DigitalTwin => (
                file.media.is_some_and(|m| m.is_video()),
                "an MP4 or WebM video",
            ),
        };
        if !fits {
            let what = file.media.map_or("of another type", |m| m.label);
            return Err((
                shown,
                Failure::input(format!(
                    "{} avatars need {needed}, and this is {what}",
                    kind_name(args.kind)
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
    match url::Url::parse(&url) {
        Ok(parsed) if matches!(parsed.scheme(), "http" | "https") => Ok((shown, Source::Url(url))),
        _ => Err((
            shown,
            Failure::input("--url must be an http(s) URL HeyGen can fetch"),
        )),
    }
}

async fn create(
    client: &Client,
    progress: &Progress,
    args: &AvatarCreateArgs,
    source: &Source,
) -> Result<CreatedAvatar> {
    let file = source.asset_input(client, progress).await?;
    let body = json!({"type": kind_name(args.kind), "name": args.name, "file": file});
    let (work, key) = client.work_key("avatar", &body);
    let created = client.api().create_avatar(&body, &key).await;
    if created.as_ref().is_ok() || created.as_ref().is_err_and(is_definite) {
        client.work_done(&work);
    }
    created
}

fn kind_name(kind: AvatarKind) -> &'static str {
    match kind {
        AvatarKind::Photo => "photo",
        AvatarKind::DigitalTwin => "digital_twin",
    }
}

/// Waits for the avatar's group to be trained; the answer then holds the last poll's group
/// and the item carries the group's final status.
async fn wait_for_training(
    context: &Context,
    client: &Client,
    created: CreatedAvatar,
) -> Result<Value> {
    let mut answer = created.answer;
    let group_id = created
        .group_id
        .ok_or_else(|| Failure::remote("HeyGen's answer names no avatar group to wait for"))?;
    input::check_asset_id(&group_id).map_err(|_| {
        Failure::remote("HeyGen's answer holds an avatar group id that is not valid")
    })?;
    let group =
        crate::commands::avatar::status::wait_for_group(context, client, &group_id, false).await?;
    let status = group.answer["data"]["status"].clone();
    answer["data"]["avatar_group"] = group.answer["data"].clone();
    if let Some(item) = answer["data"]["avatar_item"].as_object_mut() {
        item.insert("status".into(), status);
    }
    Ok(answer)
}
