//! `heygen asset upload`: the simple multipart path, and the switch to the direct path above
//! 32,000,000 bytes.

use super::harness::*;

#[test]
fn small_png_prints_its_id_and_sends_one_multipart_post() {
    let env = Env::new();
    let photo = env.png("media/photo.png");

    let run = env.run(&["asset", "upload", &photo]).success();

    let id = env.only_asset_id();
    assert!(is_id(&id, "ast_"), "{id}");
    assert_eq!(stdout(&run), format!("{id}\n"));
    assert_eq!(stderr(&run), "", "no notes when all went well");
    let [post] = env.exactly();
    assert_eq!(
        (post.method.as_str(), post.path.as_str()),
        ("POST", "/v3/assets")
    );
    assert_eq!(post.status, 200);
    assert_eq!(post.header("x-api-key"), Some(env.key()));
    assert_eq!(post.header_count("x-api-key"), 1);
    let length = post
        .header("content-length")
        .expect("the multipart body has a Content-Length, not chunked encoding");
    assert_eq!(length.parse::<u64>().ok(), Some(post.body_len));
    assert!(
        post.header("content-type")
            .is_some_and(|t| t.starts_with("multipart/form-data; boundary=")),
        "{:?}",
        post.header("content-type")
    );
    assert_eq!(post.parts.len(), 1, "{:?}", post.parts);
    let part = &post.parts[0];
    assert_eq!(part.name, "file");
    assert_eq!(part.filename.as_deref(), Some("photo.png"), "the base name");
    assert_eq!(part.content_type.as_deref(), Some("image/png"));
    assert_eq!(part.len, SMALL);
    assert_eq!(env.stored(&id), env.read(&photo));
}

/// Names with a newline, a carriage return, quotes and letters beyond ASCII go into the form
/// as browsers write them, and the sandbox's multipart parser reads each back as it was.
#[test]
fn any_file_name_arrives_as_it_was_on_the_simple_path() {
    let env = Env::new();
    let names = [
        "new\nline.png",
        "carriage\rreturn.png",
        "say \"cheese\".png",
        "café ünïcødé 写真.png",
        "all \"of\"\r\nthem é.png",
    ];
    let paths: Vec<String> = names.iter().map(|name| env.png(name)).collect();

    let run = env
        .heygen()
        .arg("asset")
        .arg("upload")
        .args(&paths)
        .assert()
        .success();

    assert_eq!(stdout(&run).lines().count(), names.len());
    let mut received: Vec<String> = env
        .exchanges()
        .iter()
        .inspect(|post| assert_eq!(post.status, 200, "{:?}", post.error_code))
        .flat_map(|post| post.parts.iter().filter_map(|part| part.filename.clone()))
        .collect();
    received.sort();
    let mut sent = names.map(str::to_string).to_vec();
    sent.sort();
    assert_eq!(received, sent);
}

#[test]
fn small_png_with_json_prints_the_answer_and_the_path_as_given() {
    let env = Env::new();
    let photo = env.png("media/photo.png");

    let run = env.run(&["--json", "asset", "upload", &photo]).success();

    let id = env.only_asset_id();
    assert_eq!(stdout(&run).lines().count(), 1);
    let line = json_line(&run);
    assert_eq!(line["data"]["asset_id"], id.as_str());
    assert_eq!(line["data"]["mime_type"], "image/png");
    assert_eq!(line["data"]["size_bytes"], SMALL);
    assert_eq!(line["file"], "media/photo.png");
    assert_eq!(env.requests(), ["POST /v3/assets"]);
}

#[test]
fn several_files_print_ids_in_argument_order() {
    let env = Env::new();
    let files = [env.png("b.png"), env.jpeg("a.jpg"), env.mp4("c.mp4", 3000)];

    let run = env
        .run(&[
            "asset", "upload", "--jobs", "1", &files[0], &files[1], &files[2],
        ])
        .success();

    let ids: Vec<String> = stdout(&run).lines().map(str::to_string).collect();
    assert_eq!(
        ids,
        env.sandbox.asset_ids(),
        "one id per file, sent in order"
    );
    for (file, id) in files.iter().zip(&ids) {
        assert_eq!(env.stored(id), env.read(file), "{file} is stored as {id}");
    }
    let sent: Vec<Option<String>> = env
        .exchanges()
        .iter()
        .map(|e| e.parts.first().and_then(|p| p.filename.clone()))
        .collect();
    assert_eq!(sent, files.map(Some));
}

#[test]
fn several_files_with_json_print_one_line_each_in_argument_order() {
    let env = Env::new();
    let files = [env.mp4("z.mp4", 3000), env.png("y.png")];

    // Global options also work after the subcommand.
    let run = env
        .run(&["asset", "upload", &files[0], &files[1], "--json"])
        .success();

    let lines = json_lines(&run);
    assert_eq!(lines.len(), 2, "{lines:?}");
    for (line, file) in lines.iter().zip(&files) {
        assert_eq!(line["file"], file.as_str());
        let id = line["data"]["asset_id"].as_str().unwrap();
        assert_eq!(env.stored(id), env.read(file), "{file} is stored as {id}");
    }
    assert_eq!(lines[0]["data"]["mime_type"], "video/mp4");
    assert_eq!(lines[1]["data"]["mime_type"], "image/png");
}

#[test]
fn exactly_32_000_000_bytes_takes_the_simple_path() {
    let env = Env::new();
    let digest = env.generate("limit.mp4", MP4_HEADER, 32_000_000);

    let run = env.run(&["asset", "upload", "limit.mp4"]).success();

    let id = env.only_asset_id();
    assert_eq!(stdout(&run), format!("{id}\n"));
    // Over 8 MiB, the key is checked first.
    let [me, post] = env.exactly();
    assert_eq!(me.path, "/v3/users/me");
    assert_eq!(post.path, "/v3/assets");
    assert_eq!(post.status, 200);
    assert_eq!(post.parts.len(), 1);
    assert_eq!(post.parts[0].len, 32_000_000);
    assert_eq!(sha256_hex(&env.stored(&id)), digest);
}

#[test]
fn one_byte_more_takes_the_direct_path() {
    let env = Env::new();
    let digest = env.generate("over.mp4", MP4_HEADER, 32_000_001);

    let run = env.run(&["asset", "upload", "over.mp4"]).success();

    let id = env.only_asset_id();
    assert_eq!(stdout(&run), format!("{id}\n"));
    assert_eq!(
        env.requests(),
        [
            "POST /v3/assets/direct-uploads".to_string(),
            format!("PUT /storage/{id}/over.mp4"),
            format!("POST /v3/assets/{id}/complete"),
        ]
    );
    let [init, put, complete] = env.exactly();
    assert_eq!(init.json.as_ref().unwrap()["size_bytes"], 32_000_001);
    assert_eq!(put.body_len, 32_000_001);
    assert_eq!([init.status, put.status, complete.status], [200; 3]);
    assert_eq!(sha256_hex(&env.stored(&id)), digest);
}
