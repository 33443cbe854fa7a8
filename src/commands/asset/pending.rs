//! `heygen asset pending`: the resume records this computer keeps (uploads begun and not
//! completed), one per line, and `--clear` to drop them.

use std::time::Duration;

use serde_json::json;

use crate::cli::PendingArgs;
use crate::error::{Outcome, Result};
use crate::upload::resume::ResumeRecords;
use crate::util::duration;

use crate::commands::Context;

pub fn run(context: &Context, args: &PendingArgs) -> Result<Outcome> {
    let output = &context.output;
    // Every record, whatever its API or key: listing and clearing need neither.
    let records = ResumeRecords::new(context.settings.state_dir.clone(), "", "");
    // What was removed is the result, on stdout, as `asset forget` reports it.
    if args.clear {
        if args.all {
            let removed = records.clear_all();
            output.result(
                &format!("{removed} resume record(s) removed"),
                &json!({"all": true, "records_removed": removed}),
            );
        }
        for file in &args.files {
            let removed = records.clear_path(file);
            let shown = file.display().to_string();
            output.result(
                &format!("{shown}: {removed} resume record(s) removed"),
                &json!({"file": shown, "records_removed": removed}),
            );
        }
        return Ok(Outcome::default());
    }
    for entry in records.entries() {
        let gone = !entry.path.exists();
        let mut file = entry.path.display().to_string();
        if gone {
            file.push_str(" (file gone)");
        }
        let asset_id = entry.asset_id.clone().unwrap_or_else(|| "-".into());
        let age = duration::compact(Duration::from_secs(entry.age_secs()));
        let fields = [
            file,
            asset_id,
            entry.step.name().to_string(),
            age.clone(),
            entry.base_url.clone(),
        ];
        let answer = json!({
            "file": entry.path.display().to_string(),
            "file_gone": gone,
            "asset_id": entry.asset_id,
            "step": entry.step.name(),
            "age": age,
            "age_seconds": entry.age_secs(),
            "base_url": entry.base_url,
            "key_fingerprint": entry.key_fingerprint,
        });
        output.result_fields(&fields, &answer);
    }
    Ok(Outcome::default())
}
