//! A digital twin trains only once the person shown consents: a wait that reaches
//! `pending_consent` stops at once naming `avatar consent`, which prints the consent page or
//! submits a recorded consent video, and `--wait` follows training on.

use std::io::{Read, Write};

use heygen_sandbox::Faults;

use super::harness::*;

fn needing_consent() -> Env {
    Env::with(|config| config.faults = Faults::parse("avatar-consent=1").unwrap())
}

/// A digital twin whose training waits for consent; the id `avatar create` printed.
fn twin(env: &Env) -> String {
    let clip = env.mp4("me.mp4", 3000);
    let run = env
        .run(&[
            "avatar",
            "create",
            "--name",
            "Me",
            "--type",
            "digital-twin",
            &clip,
        ])
        .success();
    stdout(&run).trim().to_string()
}

/// What a browser does with the consent page: one GET.
fn visit(url: &str) {
    let rest = url
        .strip_prefix("http://")
        .expect("the sandbox serves http");
    let (host, path) = rest.split_once('/').unwrap();
    let mut stream = std::net::TcpStream::connect(host).unwrap();
    write!(
        stream,
        "GET /{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}

#[test]
fn pending_consent_ends_the_wait_naming_the_consent_command() {
    let env = needing_consent();
    let id = twin(&env);

    let run = env.run(&["avatar", "status", &id, "--wait"]).code(1);

    let errors = stderr(&run);
    assert!(
        errors.contains("waits for the consent of the person shown"),
        "{errors}"
    );
    assert!(errors.contains("heygen avatar consent grp_"), "{errors}");
    assert!(errors.contains(" --wait"), "{errors}");
}

#[test]
fn consent_by_its_page_then_training_goes_on() {
    let env = needing_consent();
    let id = twin(&env);

    let run = env.run(&["avatar", "consent", &id]).success();
    let url = stdout(&run).trim().to_string();
    assert!(url.contains("/consent/grp_"), "{url}");
    visit(&url);

    let run = env.run(&["avatar", "status", &id, "--wait"]).success();
    assert_eq!(stdout(&run), "completed\n");
}

#[test]
fn consent_by_a_recorded_video_is_uploaded_submitted_and_reviewed() {
    let env = needing_consent();
    let id = twin(&env);
    let recording = env.mp4("consent.mp4", 4000);

    let run = env
        .run(&["avatar", "consent", &id, "--video", &recording, "--wait"])
        .success();

    assert_eq!(stdout(&run).lines().last(), Some("completed"));
    let consent = env
        .exchanges()
        .into_iter()
        .find(|e| e.path.ends_with("/consent"))
        .expect("the consent request");
    let uploaded = consent.json.unwrap()["consent_video"]["asset_id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(env.stored(&uploaded), env.read(&recording));
}
