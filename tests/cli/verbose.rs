//! `-v`: every exchange on stderr, with the key and the upload URL's signature redacted.

use super::harness::*;

const KEY: &str = "sk_live_verbose_5b3e81f0";

/// Asserts that neither output of a run contains `secret`.
fn assert_not_shown(run: &assert_cmd::assert::Assert, what: &str, secret: &str) {
    assert!(!stdout(run).contains(secret), "{what} on stdout");
    assert!(!stderr(run).contains(secret), "{what} on stderr");
}

#[test]
fn direct_upload_shows_each_request_without_key_or_signature() {
    let env = Env::with(|config| config.key = KEY.into());
    let clip = env.mp4("clip.mp4", 3000);

    let run = env.run(&["-v", "asset", "direct-upload", &clip]).success();

    let id = env.only_asset_id();
    assert_eq!(stdout(&run), format!("{id}\n"));
    let stderr = stderr(&run);
    let base = env.base_url();
    for shown in [
        format!("POST {base}/v3/assets/direct-uploads"),
        format!("PUT {base}/storage/{id}/clip.mp4"),
        format!("POST {base}/v3/assets/{id}/complete"),
        "x-api-key".to_string(),
        "200".to_string(),
    ] {
        assert!(
            stderr.contains(&shown),
            "-v should show {shown:?}:\n{stderr}"
        );
    }
    let [_, put, _] = env.exactly();
    let signature = put
        .query
        .iter()
        .find(|(name, _)| name == "X-Amz-Signature")
        .map(|(_, value)| value.clone())
        .expect("a signed upload URL");
    assert_not_shown(&run, "the key", KEY);
    assert_not_shown(&run, "the URL signature", &signature);
}

#[test]
fn simple_upload_with_json_never_shows_the_key() {
    let env = Env::with(|config| config.key = KEY.into());
    let photo = env.png("photo.png");

    let run = env
        .run(&["asset", "upload", "--json", "--verbose", &photo])
        .success();

    assert!(stderr(&run).contains("/v3/assets"), "{}", stderr(&run));
    assert_eq!(json_line(&run)["file"], "photo.png");
    assert_not_shown(&run, "the key", KEY);
}

#[test]
fn a_rejected_key_is_not_shown_either() {
    let env = Env::with(|config| config.key = KEY.into());
    let photo = env.png("photo.png");
    let wrong = "sk_live_wrong_a9c2d7e4";

    let run = env
        .heygen()
        .args(["-v", "--api-key", wrong, "asset", "upload", &photo])
        .assert()
        .code(3);

    assert_not_shown(&run, "the rejected key", wrong);
}
