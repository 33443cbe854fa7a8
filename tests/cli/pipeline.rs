//! Scripts and pipelines: parallel runs, file lists, standard input, progress that fits a
//! log, the run's summary, dry runs.

use super::harness::*;

/// Each printed id is the asset holding the file in the same position.
fn assert_ids_match_files(env: &Env, stdout: &str, files: &[String]) {
    let ids: Vec<&str> = stdout.lines().collect();
    assert_eq!(ids.len(), files.len(), "{stdout}");
    for (id, file) in ids.iter().zip(files) {
        assert_eq!(env.stored(id), env.read(file), "{file} is printed as {id}");
    }
}

#[test]
fn parallel_jobs_keep_argument_order() {
    let env = Env::new();
    // Sizes that finish out of order when sent at once.
    let files: Vec<String> = [40_000, 200, 9_000, 300, 70_000, 100]
        .iter()
        .enumerate()
        .map(|(i, size)| env.mp4(&format!("clip{i}.mp4"), *size))
        .collect();
    let mut args = vec!["asset", "upload", "--jobs", "8"];
    args.extend(files.iter().map(String::as_str));

    let run = env.run(&args).success();

    assert_ids_match_files(&env, &stdout(&run), &files);
    assert_eq!(env.sandbox.asset_ids().len(), files.len());
    assert!(
        stderr(&run).contains("6 files: 6 done, 0 failed"),
        "{}",
        stderr(&run)
    );
}

#[test]
fn files_from_a_list_file_and_from_nul_separated_stdin() {
    let env = Env::new();
    let files = [env.png("a b.png"), env.jpeg("c.jpg"), env.mp4("d.mp4", 500)];
    env.write(
        "list.txt",
        format!("{}\n\n{}\r\n", files[0], files[1]).as_bytes(),
    );

    let run = env
        .run(&["asset", "upload", &files[2], "--files-from", "list.txt"])
        .success();
    assert_ids_match_files(
        &env,
        &stdout(&run),
        &[files[2].clone(), files[0].clone(), files[1].clone()],
    );

    let nul_list = format!("{}\0{}\0", files[1], files[0]);
    let run = env
        .heygen()
        .args(["asset", "upload", "-0", "--files-from", "-"])
        .write_stdin(nul_list)
        .assert()
        .success();
    assert_ids_match_files(&env, &stdout(&run), &[files[1].clone(), files[0].clone()]);
}

#[test]
fn a_bad_path_in_the_list_stops_everything_before_sending() {
    let env = Env::new();
    let good = env.png("good.png");
    env.write("list.txt", format!("{good}\nmissing.png\n").as_bytes());

    let run = env
        .run(&["asset", "upload", "--files-from", "list.txt"])
        .code(2);

    single_error(&stderr(&run), "missing.png");
    env.assert_nothing_sent();
}

#[test]
fn stdin_is_a_file_named_by_filename() {
    let env = Env::new();
    let photo = env.png("photo.png");

    let run = env
        .heygen()
        .args(["asset", "upload", "-", "--filename", "shot.png", "--json"])
        .write_stdin(env.read(&photo))
        .assert()
        .success();

    let line = json_line(&run);
    assert_eq!(line["file"], "-");
    let id = line["data"]["asset_id"].as_str().unwrap();
    assert_eq!(env.stored(id), env.read(&photo));
    let [post] = env.exactly();
    assert_eq!(post.parts[0].filename.as_deref(), Some("shot.png"));
}

#[test]
fn stdin_takes_the_direct_path_with_its_exact_size() {
    let env = Env::new();
    let clip = env.mp4("clip.mp4", 5000);

    let run = env
        .heygen()
        .args(["asset", "direct-upload", "-", "--filename", "clip.mp4"])
        .write_stdin(env.read(&clip))
        .assert()
        .success();

    let id = stdout(&run).trim().to_string();
    assert_eq!(env.stored(&id), env.read(&clip));
    let init = &env.exchanges()[0];
    let fields = init.json.as_ref().unwrap();
    assert_eq!(fields["filename"], "clip.mp4");
    assert_eq!(fields["size_bytes"], 5000);
}

/// Without --filename, standard input is named by the type its bytes show.
#[test]
fn stdin_without_a_name_is_named_by_its_type() {
    let env = Env::new();
    let run = env
        .heygen()
        .args(["asset", "upload", "-"])
        .write_stdin(env.read(&env.png("p.png")))
        .assert()
        .success();
    let id = stdout(&run).trim().to_string();
    assert!(id.starts_with("ast_"), "{id}");
    let [post] = env.exactly();
    assert_eq!(post.parts[0].filename.as_deref(), Some("stdin.png"));

    let clip = env.mp4("clip.mp4", 5000);
    env.heygen()
        .args(["asset", "direct-upload", "-"])
        .write_stdin(env.read(&clip))
        .assert()
        .success();
    let init = env
        .exchanges()
        .into_iter()
        .find(|e| e.path == "/v3/assets/direct-uploads")
        .expect("an init");
    assert_eq!(init.json.as_ref().unwrap()["filename"], "stdin.mp4");
}

#[test]
fn stdin_of_an_unknown_type_is_refused() {
    let env = Env::new();
    let run = env
        .heygen()
        .args(["asset", "upload", "-"])
        .write_stdin(&b"GIF89a\x01\x00"[..])
        .assert()
        .code(2);
    assert!(
        single_error(&stderr(&run), "-").contains("PNG, JPEG"),
        "{}",
        stderr(&run)
    );

    let run = env
        .heygen()
        .args(["asset", "upload", "-", "--filename", "anim.gif"])
        .write_stdin(&b"GIF89a\x01\x00"[..])
        .assert()
        .code(2);
    assert!(single_error(&stderr(&run), "-").contains("image/gif is not accepted"));
    env.assert_nothing_sent();
}

/// `--progress plain` (what `auto` picks where stderr is a log): a transfer shorter than 10 s
/// gets one line, when it is done, with the time, the name, the duration, the size and the rate.
#[test]
fn plain_progress_lines_for_logs() {
    let env = Env::new();
    let clip = env.mp4("clip.mp4", 5 << 20);

    for mode in ["plain", "auto"] {
        let run = env
            .run(&["asset", "upload", "--progress", mode, &clip])
            .success();
        let stderr = stderr(&run);
        let lines: Vec<&str> = stderr.lines().collect();
        assert_eq!(lines.len(), 1, "{mode}: {stderr}");
        let fields: Vec<&str> = lines[0].split(' ').collect();
        assert_eq!(fields.len(), 10, "{stderr}");
        assert!(
            fields[0].len() == 8 && fields[0].as_bytes()[2] == b':',
            "{stderr}"
        );
        assert_eq!(fields[1..4], ["clip.mp4", "done", "in"], "{stderr}");
        assert_eq!(fields[5..8], ["s", "(5.0", "MiB,"], "{stderr}");
        assert!(fields[9].ends_with("/s)"), "{stderr}");
    }

    let run = env
        .run(&["asset", "upload", "--progress", "plain", "-q", &clip])
        .success();
    assert_eq!(stderr(&run), "", "--quiet means no progress");
}

#[test]
fn dry_run_prints_the_plan_and_sends_nothing() {
    let env = Env::new();
    let photo = env.png("photo.png");
    env.generate("big.mp4", MP4_HEADER, 32_000_001);

    let run = env
        .run(&["asset", "upload", "--dry-run", &photo, "big.mp4"])
        .success();
    let out = stdout(&run);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].starts_with("photo.png: 256 bytes, image/png, simple upload"),
        "{out}"
    );
    assert_eq!(
        lines[1],
        "big.mp4: 32000001 bytes, video/mp4, direct upload (over 32,000,000 bytes; HeyGen's cap \
         is known only at init (max_bytes), usually 209,715,200 bytes)",
    );

    let run = env
        .run(&["--json", "asset", "direct-upload", "--dry-run", &photo])
        .success();
    let plan = json_line(&run);
    assert_eq!(plan["file"], "photo.png");
    assert_eq!(plan["size_bytes"], SMALL);
    assert_eq!(plan["content_type"], "image/png");
    assert_eq!(plan["route"], "direct");
    assert_eq!(plan["usual_max_bytes"], 209_715_200);
    assert!(
        plan["reason"]
            .as_str()
            .unwrap()
            .contains("known only at init (max_bytes)"),
        "{plan}"
    );

    let gif = env.gif("anim.gif");
    let run = env
        .run(&["asset", "upload", "--dry-run", &photo, &gif])
        .code(2);
    assert_eq!(stdout(&run).lines().count(), 1);
    single_error(&stderr(&run), "anim.gif");
    env.assert_nothing_sent();
}

#[test]
fn digital_twin_from_a_video_and_waiting_for_training() {
    let env = Env::new();
    let clip = env.mp4("me.mp4", 3000);

    let run = env
        .run(&[
            "avatar",
            "create",
            "--name",
            "Me",
            "--type",
            "digital-twin",
            "--wait",
            &clip,
        ])
        .success();

    let id = stdout(&run).trim().to_string();
    assert!(is_id(&id, "avt_"), "{id}");
    let requests = env.requests();
    let create = env
        .exchanges()
        .into_iter()
        .find(|e| e.path == "/v3/avatars")
        .unwrap();
    let body = create.json.unwrap();
    assert_eq!(body["type"], "digital_twin");
    let polls: Vec<&String> = requests
        .iter()
        .filter(|r| r.starts_with("GET /v3/avatars/grp_"))
        .collect();
    assert_eq!(
        polls.len(),
        3,
        "processing twice, then completed: {requests:?}"
    );
}

#[test]
fn waiting_gives_up_at_the_wait_timeout_with_exit_4() {
    let env = Env::new();
    let photo = env.png("me.png");

    // Polled at the pace of use, the sandbox is still working when the second is up.
    let run = env
        .heygen()
        .env("HEYGEN_TEST_TIME_SCALE", "1")
        .args([
            "avatar",
            "create",
            "--name",
            "Me",
            "--wait",
            "--wait-timeout",
            "1s",
            &photo,
        ])
        .assert()
        .code(4);

    let error = single_error(&stderr(&run), "me.png").to_string();
    assert!(error.contains("still processing after 1s"), "{error}");
    let group = env
        .requests()
        .iter()
        .find_map(|r| r.strip_prefix("GET /v3/avatars/").map(str::to_string))
        .unwrap();
    assert!(
        error.ends_with(&format!("run: heygen avatar status {group} --wait")),
        "{error}"
    );
}

#[test]
fn a_photo_avatar_refuses_a_video_and_a_twin_refuses_an_image() {
    let env = Env::new();
    let (clip, photo) = (env.mp4("me.mp4", 500), env.png("me.png"));
    env.run(&["avatar", "create", "--name", "Me", &clip])
        .code(2);
    env.run(&[
        "avatar",
        "create",
        "--name",
        "Me",
        "--type",
        "digital-twin",
        &photo,
    ])
    .code(2);
    env.assert_nothing_sent();
}

/// Whether the text holds an SGR sequence (`ESC [ digits ; ... m`), the kind that colours.
fn has_colour(text: &str) -> bool {
    text.split('\u{1b}').skip(1).any(|sequence| {
        sequence.strip_prefix('[').is_some_and(|rest| {
            let end = rest.find(|c: char| !c.is_ascii_digit() && c != ';');
            end.is_some_and(|at| rest[at..].starts_with('m'))
        })
    })
}

#[test]
fn bars_on_a_terminal_plain_lines_on_a_dumb_one() {
    let env = Env::new();
    let (a, b) = (env.mp4("a.mp4", 3 << 20), env.mp4("b.mp4", 3 << 20));

    let screen = env.on_a_terminal("xterm", None, &format!("asset upload -j 2 {a} {b}"));
    assert!(screen.contains("total "), "a bar for the run: {screen:?}");
    assert!(
        screen.contains("a.mp4 ") && screen.contains("] "),
        "{screen:?}"
    );
    assert!(!has_colour(&screen), "no colour: {screen:?}");

    let screen = env.on_a_terminal("dumb", None, &format!("asset upload {a}"));
    assert!(
        !screen.contains('\u{1b}'),
        "no escape sequences: {screen:?}"
    );
    assert!(screen.contains(" a.mp4 done in "), "{screen:?}");
}
