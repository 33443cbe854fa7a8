//! `heygen avatar create`: from a local image (uploaded first), an asset id or a URL.

use serde_json::json;

use super::harness::*;

/// Checks that stdout is one avatar item id, and returns it.
fn printed_avatar_id(run: &assert_cmd::assert::Assert) -> String {
    let out = stdout(run);
    let id = out.strip_suffix('\n').unwrap_or_default();
    assert!(is_id(id, "avt_"), "stdout should be an avatar id: {out:?}");
    id.to_string()
}

#[test]
fn from_a_png_uploads_it_then_creates_the_avatar() {
    let env = Env::new();
    let face = env.png("faces/ada.png");

    let run = env
        .run(&["avatar", "create", "--name", "Ada", &face])
        .success();

    printed_avatar_id(&run);
    let id = env.only_asset_id();
    assert_eq!(env.requests(), ["POST /v3/assets", "POST /v3/avatars"]);
    let [upload, avatar] = env.exactly();
    assert_eq!(upload.parts[0].filename.as_deref(), Some("ada.png"));
    assert_eq!(env.stored(&id), env.read(&face));
    assert_eq!(
        avatar.json,
        Some(json!({
            "type": "photo",
            "name": "Ada",
            "file": {"type": "asset_id", "asset_id": id},
        }))
    );
    assert_eq!(avatar.header("x-api-key"), Some(env.key()));
    assert_eq!(avatar.status, 200);

    // stderr names the group whose training `avatar status` follows, and that command works.
    let told = stderr(&run);
    let group = told
        .split_whitespace()
        .find(|word| word.starts_with("grp_"))
        .unwrap_or_else(|| panic!("no group named: {told}"));
    assert!(
        told.contains(&format!(
            "avatar group {group} is training; follow it with: heygen avatar status avt_"
        )),
        "{told}"
    );
    env.run(&["avatar", "status", group]).success();
}

#[test]
fn from_a_jpeg_with_json_prints_the_answer_and_the_file() {
    let env = Env::new();
    let face = env.jpeg("ada.jpg");

    let run = env
        .run(&["avatar", "create", "--json", "--name", "Ada", &face])
        .success();

    let line = json_line(&run);
    let item = line["data"]["avatar_item"]["id"]
        .as_str()
        .unwrap_or_default();
    let group = line["data"]["avatar_group"]["id"]
        .as_str()
        .unwrap_or_default();
    assert!(is_id(item, "avt_") && is_id(group, "grp_"), "{line}");
    assert_eq!(line["data"]["avatar_item"]["name"], "Ada");
    assert_eq!(line["file"], "ada.jpg");
    assert_eq!(env.requests(), ["POST /v3/assets", "POST /v3/avatars"]);
}

#[test]
fn from_an_asset_id_references_it_without_uploading() {
    let env = Env::new();
    let face = env.png("ada.png");
    env.run(&["asset", "upload", &face]).success();
    let id = env.only_asset_id();

    let run = env
        .run(&["avatar", "create", "--name", "Ada", "--asset-id", &id])
        .success();

    printed_avatar_id(&run);
    assert_eq!(env.requests(), ["POST /v3/assets", "POST /v3/avatars"]);
    let avatar = env.exchanges().pop().unwrap();
    assert_eq!(
        avatar.json,
        Some(json!({
            "type": "photo",
            "name": "Ada",
            "file": {"type": "asset_id", "asset_id": id},
        }))
    );
}

#[test]
fn from_an_asset_that_is_not_completed_fails_with_the_api_message() {
    let env = Env::new();
    let face = env.png("ada.png");
    env.run(&["asset", "direct-upload", "--no-complete", &face])
        .success();
    let id = env.only_asset_id();

    let run = env
        .run(&["avatar", "create", "--name", "Ada", "--asset-id", &id])
        .code(1);

    assert_eq!(stdout(&run), "");
    let error = single_error(&stderr(&run), &id).to_string();
    assert!(error.contains("400"), "{error}");
    assert_eq!(env.exchanges().pop().unwrap().status, 400);
}

#[test]
fn from_a_url_references_it() {
    let env = Env::new();
    let url = "https://images.example.com/ada.png";

    let run = env
        .run(&["avatar", "create", "--name", "Ada", "--url", url])
        .success();

    printed_avatar_id(&run);
    let [avatar] = env.exactly();
    assert_eq!(avatar.path, "/v3/avatars");
    assert_eq!(
        avatar.json,
        Some(json!({
            "type": "photo",
            "name": "Ada",
            "file": {"type": "url", "url": url},
        }))
    );
}

#[test]
fn without_a_source_is_a_usage_error() {
    let env = Env::new();

    let run = env.run(&["avatar", "create", "--name", "Ada"]).code(2);

    assert_eq!(stdout(&run), "");
    assert!(!stderr(&run).is_empty());

    // Standard input is no source for an avatar: said so, not "no such file".
    let run = env.run(&["avatar", "create", "--name", "Ada", "-"]).code(2);
    assert!(
        stderr(&run).contains("standard input cannot make an avatar; save it to a file"),
        "{}",
        stderr(&run)
    );
    env.assert_nothing_sent();
}

#[test]
fn with_two_sources_is_a_usage_error() {
    let env = Env::new();
    let face = env.png("ada.png");

    for extra in [
        ["--url", "https://images.example.com/ada.png"],
        ["--asset-id", "ast_0123456789abcdef"],
    ] {
        let mut args = vec!["avatar", "create", "--name", "Ada", &face];
        args.extend(extra);
        let run = env.run(&args).code(2);
        assert_eq!(stdout(&run), "");
        assert!(!stderr(&run).is_empty());
    }
    env.assert_nothing_sent();
}

#[test]
fn from_a_video_is_refused_before_anything_is_sent() {
    let env = Env::new();
    let clip = env.mp4("clip.mp4", 3000);

    let run = env
        .run(&["avatar", "create", "--name", "Ada", &clip])
        .code(2);

    assert_eq!(stdout(&run), "");
    let error = single_error(&stderr(&run), "clip.mp4").to_string();
    assert!(error.contains("PNG or JPEG"), "{error}");
    env.assert_nothing_sent();
}

/// The group of an avatar made from a fresh photo.
fn new_group(env: &Env) -> String {
    let photo = env.png("ada.png");
    let run = env
        .run(&["--json", "avatar", "create", "--name", "Ada", &photo])
        .success();
    json_line(&run)["data"]["avatar_group"]["id"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn status_prints_the_groups_status_or_its_answer() {
    let env = Env::new();
    let group = new_group(&env);

    let run = env.run(&["avatar", "status", &group]).success();
    assert_eq!(stdout(&run), "processing\n");
    let run = env.run(&["--json", "avatar", "status", &group]).success();
    let line = json_line(&run);
    assert_eq!(line["data"]["id"], group.as_str());
    assert_eq!(line["data"]["status"], "processing");

    let run = env
        .run(&["--progress", "plain", "avatar", "status", &group, "--wait"])
        .success();
    assert_eq!(stdout(&run), "completed\n");
    assert_eq!(stderr(&run), "", "already trained at the first poll");
}

#[test]
fn status_wait_follows_training_and_bad_ids_are_refused() {
    let env = Env::new();
    let group = new_group(&env);

    let run = env
        .run(&[
            "--progress",
            "plain",
            "--json",
            "avatar",
            "status",
            &group,
            "--wait",
        ])
        .success();
    assert_eq!(json_line(&run)["data"]["status"], "completed");
    let notes = stderr(&run);
    assert_eq!(
        notes,
        format!("heygen: avatar group {group}: processing\n"),
        "one line per status"
    );

    let run = env.run(&["avatar", "status", "grp_/../x"]).code(2);
    assert!(stderr(&run).contains("is not an avatar group id"));
    let run = env
        .run(&["avatar", "status", "grp_0000000000000000"])
        .code(1);
    assert!(stderr(&run).contains("404"), "{}", stderr(&run));
}

#[test]
fn create_wait_json_holds_the_trained_group_and_the_items_final_status() {
    let env = Env::new();
    let photo = env.png("ada.png");

    let run = env
        .run(&[
            "--json", "avatar", "create", "--name", "Ada", "--wait", &photo,
        ])
        .success();

    let line = json_line(&run);
    assert_eq!(line["data"]["avatar_group"]["status"], "completed");
    assert_eq!(line["data"]["avatar_item"]["status"], "completed");
    assert_eq!(line["file"], "ada.png");
}

#[test]
fn status_of_an_unknown_group_names_it() {
    let env = Env::new();
    let run = env.run(&["--json", "avatar", "status", "grp_nope"]).code(1);
    assert!(
        stderr(&run).starts_with("heygen: error: grp_nope: "),
        "{}",
        stderr(&run)
    );
    let line = json_line(&run);
    assert_eq!(line["group_id"], "grp_nope");
    assert_eq!(line["error"]["code"], "not_found");
}

/// The id `avatar create` prints is the avatar item's; `avatar status` takes it for its group,
/// so the two commands chain in a script.
#[test]
fn the_printed_avatar_id_chains_into_avatar_status() {
    let env = Env::new();
    let photo = env.png("me.png");
    let run = env
        .run(&["avatar", "create", "--name", "A", &photo])
        .success();
    let id = stdout(&run).trim().to_string();

    let run = env.run(&["avatar", "status", &id, "--wait"]).success();
    assert_eq!(stdout(&run), "completed\n");
    assert!(
        env.requests()
            .iter()
            .any(|r| r.starts_with("GET /v3/avatars/grp_"))
    );
}
