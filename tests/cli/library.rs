//! The asset library from the terminal: list (every page), get, status and delete, each id's
//! failure its own line, and the local reuse records following a deletion.

use super::harness::*;

fn upload_many(env: &Env, count: usize) -> Vec<String> {
    upload_range(env, 0..count)
}

/// Uploads `lib{i}.png` for each i, at once (in no particular order of creation).
fn upload_range(env: &Env, range: std::ops::Range<usize>) -> Vec<String> {
    let files: Vec<String> = range
        .map(|i| {
            let mut bytes = PNG_SIGNATURE.to_vec();
            bytes.extend(format!("library {i}").bytes());
            env.write(&format!("lib{i:03}.png"), &bytes)
        })
        .collect();
    let run = env
        .heygen()
        .args(["asset", "upload", "--reuse"])
        .args(&files)
        .assert()
        .success();
    stdout(&run).lines().map(str::to_string).collect()
}

#[test]
fn list_follows_every_page_newest_first_in_a_pipe_and_as_json() {
    let env = Env::new();
    // The files of one run are created in any order; the newest comes in a run of its own.
    let mut ids = upload_many(&env, 209);
    ids.extend(upload_range(&env, 209..210));

    let run = env.run(&["asset", "list", "--all"]).success();
    let lines: Vec<String> = stdout(&run).lines().map(str::to_string).collect();
    assert_eq!(lines.len(), 210);
    let first: Vec<&str> = lines[0].split('\t').collect();
    assert_eq!(first.len(), 5, "id, type, name, uploaded, url: {first:?}");
    assert_eq!(first[0], ids[209], "newest first");
    assert_eq!(first[1..3], ["image", "lib209.png"]);
    assert!(
        first[3].ends_with('Z') && first[3].contains('T'),
        "RFC 3339: {}",
        first[3]
    );
    let listed = env
        .requests()
        .iter()
        .filter(|r| r.as_str() == "GET /v3/assets")
        .count();
    assert_eq!(listed, 3, "three pages");
    assert!(env.requests().contains(&"GET /v3/users/me".to_string()));

    let run = env
        .run(&["--json", "asset", "list", "--limit", "3"])
        .success();
    let lines = json_lines(&run);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], ids[209].as_str());
    assert_eq!(lines[0]["owner"], "rehearsal");
    let run = env.run(&["asset", "list", "--type", "video"]).success();
    assert_eq!(stdout(&run), "");
}

#[test]
fn get_and_status_name_a_missing_id_and_print_the_others() {
    let env = Env::new();
    let ids = upload_many(&env, 2);

    let run = env
        .run(&["asset", "get", &ids[0], "ast_missing", &ids[1]])
        .code(1);
    let lines: Vec<String> = stdout(&run).lines().map(str::to_string).collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0].starts_with(&format!("{}\timage\tlib000.png\t", ids[0])));
    let errors = stderr(&run);
    assert!(single_error(&errors, "ast_missing").contains("no such asset"));

    let run = env
        .run(&["asset", "status", &ids[0], "ast_missing"])
        .code(1);
    assert_eq!(stdout(&run), format!("{}\tcompleted\n", ids[0]));
    let errors = stderr(&run);
    assert!(single_error(&errors, "ast_missing").contains("not_found"));
    let run = env.run(&["asset", "status", "--wait", &ids[1]]).success();
    assert_eq!(stdout(&run), format!("{}\tcompleted\n", ids[1]));
    env.run(&["asset", "get", "not an id"]).code(2);
}

#[test]
fn delete_wants_yes_off_a_terminal_names_unknown_ids_and_drops_reuse_records() {
    let env = Env::new();
    let ids = upload_many(&env, 2);
    let before = env.requests().len();

    let run = env.run(&["asset", "delete", &ids[0]]).code(2);
    assert!(stderr(&run).contains("add --yes"), "{}", stderr(&run));
    assert_eq!(env.requests().len(), before, "nothing sent");

    let run = env
        .heygen()
        .args(["asset", "delete", "--yes", "--from-file", "-"])
        .write_stdin(format!("# from a list\n{}\nast_gone\n", ids[0]))
        .assert()
        .code(1);
    assert_eq!(stdout(&run), format!("{}\n", ids[0]));
    let errors = stderr(&run);
    assert!(single_error(&errors, "ast_gone").contains("no such asset"));
    assert_eq!(env.sandbox.asset_status(&ids[0]), None, "deleted");

    // Its reuse record went with it: --reuse uploads those bytes again, the other is reused.
    let again = upload_many(&env, 2);
    assert_ne!(again[0], ids[0]);
    assert_eq!(again[1], ids[1]);
}
