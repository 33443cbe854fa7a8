//! `heygen asset list`: the library, newest first, page after page for the key's own user.

use serde_json::Value;

use crate::api::library::MAX_PER_REQUEST;
use crate::cli::ListArgs;
use crate::error::{Failure, Kind, Outcome, Result};

use crate::commands::Context;
use crate::commands::asset::rows;

pub async fn run(context: &Context, args: &ListArgs) -> Result<Outcome> {
    let client = context.client().await?;
    let api = client.api();
    let username = match &args.username {
        Some(name) => name.clone(),
        None => api
            .me()
            .await?
            .and_then(|account| account.username)
            .ok_or_else(|| {
                Failure::new(
                    Kind::Remote,
                    "HeyGen did not say which user the key belongs to; pass --username",
                )
            })?,
    };
    let wanted = match args.all {
        true => usize::MAX,
        false => args.limit as usize,
    };
    let mut assets: Vec<Value> = Vec::new();
    let mut token: Option<String> = None;
    loop {
        let page = api
            .list_assets(
                &username,
                MAX_PER_REQUEST,
                token.as_deref(),
                args.folder_id.as_deref(),
            )
            .await?;
        let kind = args.kind.map(|k| k.name());
        assets.extend(
            page.assets
                .into_iter()
                .filter(|asset| kind.is_none_or(|k| asset["type"] == k)),
        );
        token = page.next_token;
        if assets.len() >= wanted || token.is_none() {
            break;
        }
    }
    assets.truncate(wanted);
    rows::print(context, &assets, None);
    Ok(Outcome::default())
}
