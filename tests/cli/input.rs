//! What a run is made of: standard input named and read once, comments in file lists,
//! and `--skip-invalid` for lists that pick up stray files.

use super::harness::*;

#[test]
fn filename_without_a_stdin_file_is_a_usage_error() {
    let env = Env::new();
    let photo = env.png("photo.png");

    let run = env
        .run(&["asset", "upload", &photo, "--filename", "shot.png"])
        .code(2);

    let errors = error_lines(&stderr(&run)).join("\n");
    assert_eq!(
        errors,
        "heygen: error: --filename names standard input; give - as the FILE"
    );
    env.assert_nothing_sent();
}

#[test]
fn standard_input_twice_is_a_usage_error() {
    let env = Env::new();
    let photo = env.png("photo.png");
    env.write("list.txt", b"-\n");

    for args in [
        &["asset", "upload", "-", "-", "--filename", "a.png"][..],
        &[
            "asset",
            "upload",
            "-",
            "--files-from",
            "list.txt",
            "--filename",
            "a.png",
        ],
    ] {
        let run = env
            .heygen()
            .args(args)
            .write_stdin(env.read(&photo))
            .assert()
            .code(2);
        let stderr = stderr(&run);
        let errors = error_lines(&stderr);
        assert_eq!(errors.len(), 1, "{args:?}: {stderr}");
        assert!(
            errors[0].contains("standard input can be read once"),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("is empty"), "{stderr}");
    }
    env.assert_nothing_sent();
}

#[test]
fn blank_lines_and_comments_in_a_newline_list_are_not_files() {
    let env = Env::new();
    let (a, b) = (env.png("a.png"), env.jpeg("b.jpg"));
    env.write(
        "list.txt",
        format!("# shots of the day\n\n{a}\n   \n\t\r\n#{b}\n{b}\n# the end").as_bytes(),
    );

    let run = env
        .run(&["asset", "upload", "--files-from", "list.txt"])
        .success();

    let ids: Vec<String> = stdout(&run).lines().map(str::to_string).collect();
    assert_eq!(ids.len(), 2, "{}", stderr(&run));
    assert_eq!(env.stored(&ids[0]), env.read(&a));
    assert_eq!(env.stored(&ids[1]), env.read(&b));

    // A list of comments only lists no files.
    env.write("comments.txt", b"# nothing yet\n\n");
    let run = env
        .run(&["asset", "upload", "--files-from", "comments.txt"])
        .code(2);
    assert!(stderr(&run).contains("lists no files"), "{}", stderr(&run));
}

/// In a NUL-separated list (made by a program) a name starting with `#` is a name.
#[test]
fn in_a_nul_separated_list_any_name_is_a_name() {
    let env = Env::new();
    let odd = env.png("#1.png");

    let run = env
        .heygen()
        .args(["asset", "upload", "-0", "--files-from", "-"])
        .write_stdin(format!("{odd}\0"))
        .assert()
        .success();

    let id = stdout(&run).trim().to_string();
    assert_eq!(env.stored(&id), env.read(&odd));

    // The same list without -0 is not taken for one odd name: the fix is named.
    let run = env
        .heygen()
        .args(["asset", "upload", "--files-from", "-"])
        .write_stdin(format!("{odd}\0"))
        .assert()
        .code(2);
    assert!(
        stderr(&run)
            .contains("the list is separated by NUL bytes (as find -print0 writes); add -0"),
        "{}",
        stderr(&run)
    );
}

#[test]
fn skip_invalid_lists_the_bad_files_and_uploads_the_rest() {
    let env = Env::new();
    let (a, b) = (env.png("a.png"), env.mp4("b.mp4", 2000));
    let stray = env.write(".DS_Store", b"\0\0\0\x01Bud1\0\0");
    let empty = env.empty("empty.png");

    let run = env
        .run(&["asset", "upload", "--skip-invalid", &a, &stray, &b, &empty])
        .success();

    let ids: Vec<String> = stdout(&run).lines().map(str::to_string).collect();
    assert_eq!(ids.len(), 2, "{}", stderr(&run));
    assert_eq!(env.stored(&ids[0]), env.read(&a));
    assert_eq!(env.stored(&ids[1]), env.read(&b));
    let stderr = stderr(&run);
    let errors = error_lines(&stderr);
    assert_eq!(errors.len(), 2, "{stderr}");
    assert!(
        errors[0].starts_with("heygen: error: .DS_Store: ") && errors[0].ends_with("; skipped"),
        "{stderr}"
    );
    assert!(
        errors[1].starts_with("heygen: error: empty.png: ") && errors[1].ends_with("; skipped"),
        "{stderr}"
    );
    assert!(
        stderr.contains("4 files: 2 done, 0 failed, 2 skipped"),
        "{stderr}"
    );
    assert_eq!(env.sandbox.asset_ids().len(), 2);

    // With --json, a skipped file is an error line in its place.
    let run = env
        .run(&["--json", "asset", "upload", "--skip-invalid", &stray, &a])
        .success();
    let lines = json_lines(&run);
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(lines[0]["file"], ".DS_Store");
    assert_eq!(lines[0]["error"]["code"], "invalid_input");
    assert_eq!(lines[1]["file"], "a.png");
    assert!(lines[1]["data"]["asset_id"].is_string(), "{lines:?}");
}

#[test]
fn skip_invalid_with_nothing_valid_is_exit_2_and_without_it_nothing_is_sent() {
    let env = Env::new();
    let a = env.png("a.png");
    let stray = env.write(".DS_Store", b"\0\0\0\x01Bud1\0\0");
    let gif = env.gif("anim.gif");

    let run = env
        .run(&["asset", "upload", "--skip-invalid", &stray, &gif])
        .code(2);
    assert_eq!(error_lines(&stderr(&run)).len(), 2, "{}", stderr(&run));
    env.assert_nothing_sent();

    let run = env.run(&["asset", "upload", &a, &stray]).code(2);
    single_error(&stderr(&run), ".DS_Store");
    assert!(
        stderr(&run).contains("nothing was uploaded"),
        "{}",
        stderr(&run)
    );
    env.assert_nothing_sent();
}
