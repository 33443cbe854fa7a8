//! `heygen avatar status`: an avatar group's training status, optionally waiting until it is
//! done. `avatar create --wait` waits the same way.

use crate::api::answers::AvatarGroup;
use crate::cli::AvatarStatusArgs;
use crate::error::{Failure, Outcome, Result};
use crate::ui::wait::Poll;
use crate::upload::client::Client;

use crate::commands::Context;

pub async fn run(context: &Context, args: &AvatarStatusArgs) -> Result<Outcome> {
    let group_id = &args.group_id;
    if !crate::util::text::is_id(group_id) {
        return Err(Failure::input(format!(
            "{group_id:?} is not an avatar group id (letters, digits, '_' and '-', like grp_abc123)"
        )));
    }
    let client = context.client().await?;
    // An avatar item's id, as `avatar create` prints it, stands for its group.
    let group_id = &client
        .resume_records
        .noted(&group_note(group_id))
        .unwrap_or_else(|| group_id.clone());
    let group = match args.wait {
        true => wait_for_group(context, &client, group_id, false).await,
        false => client.api().avatar_group(group_id).await,
    };
    let mut outcome = Outcome::default();
    match group {
        Ok(group) => context.output.result(&group.status, &group.answer),
        // Named like every failed item: on stderr, and with --json as a line on stdout.
        Err(failure) => {
            context
                .output
                .failed(&mut outcome, "group_id", group_id, &failure);
        }
    }
    Ok(outcome)
}

/// The local record of which group an avatar item belongs to.
pub(crate) fn group_note(item_id: &str) -> String {
    format!("avatar-group-of:{item_id}")
}

/// Polls the group until training is completed (its last answer is returned), failed or
/// waiting for consent (exit 1 with HeyGen's reason), or `--wait-timeout` runs out (exit 4).
/// `submitted`: a consent video was just submitted, so `pending_consent` means under review.
pub(crate) async fn wait_for_group(
    context: &Context,
    client: &Client,
    group_id: &str,
    submitted: bool,
) -> Result<AvatarGroup> {
    let mut waiter = context.waiter();
    let subject = format!("avatar group {group_id}");
    let resume = format!("heygen avatar status {group_id} --wait");
    waiter
        .until(&subject, &resume, || async {
            let group = client.api().avatar_group(group_id).await?;
            match group.status.as_str() {
                "completed" => Ok(Poll::Done(group)),
                "failed" => {
                    let reason = group.failure.as_deref().unwrap_or("no reason given");
                    Err(Failure::remote(format!(
                        "HeyGen could not train avatar group {group_id}: {reason}"
                    )))
                }
                "pending_consent"
                    if submitted || group.consent_status.as_deref() == Some("in_review") =>
                {
                    Ok(Poll::Pending {
                        status: "consent under review".into(),
                        progress: None,
                    })
                }
                "pending_consent" => Err(Failure::remote(format!(
                    "avatar group {group_id} waits for the consent of the person shown; get \
                     the consent page or submit a recorded consent with: heygen avatar consent \
                     {group_id} --wait"
                ))
                .with_code("pending_consent")),
                status => Ok(Poll::Pending {
                    status: status.to_string(),
                    progress: None,
                }),
            }
        })
        .await
}
