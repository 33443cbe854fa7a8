//! Exactly once, even when the tool is killed: every request that creates something carries
//! an idempotency key written down before it is sent, and batches go on from their record.
//! Proven against the sandbox's own records: every file one completed asset with its bytes,
//! none twice, no presigned upload left uncompleted.

use std::process::{Child, Stdio};
use std::thread::sleep;
use std::time::Duration;

use heygen_sandbox::Faults;

use super::harness::*;

/// `count` files of distinct bytes (the index after the signature).
fn distinct_pngs(env: &Env, count: usize) -> Vec<String> {
    (0..count)
        .map(|i| {
            let mut bytes = PNG_SIGNATURE.to_vec();
            bytes.extend(format!("chaos file {i:05}").bytes());
            bytes.resize(512 + i % 7, b'.');
            env.write(&format!("f{i:04}.png"), &bytes)
        })
        .collect()
}

/// Starts heygen with its output thrown away: a run that is to be killed.
fn start_silent(command: &mut std::process::Command) -> KillOnDrop {
    let child = command.stdout(Stdio::null()).stderr(Stdio::null()).spawn();
    KillOnDrop(child.expect("heygen starts"))
}

fn kill_hard(child: &mut Child) {
    let _ = child.kill();
    let _ = child.wait();
}

fn count(env: &Env, request: &str) -> usize {
    env.requests()
        .iter()
        .filter(|r| r.as_str() == request)
        .count()
}

/// What the sandbox holds for the files: (lost, duplicated, presigned uploads not completed).
fn tally(env: &Env, files: &[String]) -> (usize, usize, usize) {
    let ids = env.sandbox.asset_ids();
    let assets: Vec<(Option<Vec<u8>>, Option<&str>)> = ids
        .iter()
        .map(|id| (env.sandbox.stored_bytes(id), env.sandbox.asset_status(id)))
        .collect();
    let uncompleted = assets
        .iter()
        .filter(|(_, status)| *status != Some("completed"))
        .count();
    let (mut lost, mut duplicated) = (0, 0);
    for file in files {
        let bytes = env.read(file);
        let made = assets
            .iter()
            .filter(|(stored, _)| stored.as_deref() == Some(bytes.as_slice()))
            .count();
        match made {
            0 => lost += 1,
            1 => {}
            n => duplicated += n - 1,
        }
    }
    (lost, duplicated, uncompleted)
}

#[test]
fn a_batch_killed_mid_put_and_mid_complete_is_continued_not_made_again() {
    // Killed while a PUT is under way: the rerun sends no second init and no PUT twice.
    let env = Env::with(|config| config.faults = Faults::parse("put-stall=1").unwrap());
    let files = distinct_pngs(&env, 12);
    let mut child = start_silent(
        env.process()
            .args(["asset", "upload", "--jobs", "2"])
            .args(&files),
    );
    env.wait_for_arrival("PUT ");
    kill_hard(&mut child.0);
    let run = env
        .heygen()
        .args(["asset", "upload"])
        .args(&files)
        .assert()
        .success();
    assert!(
        stderr(&run).contains("resuming batch bat_"),
        "{}",
        stderr(&run)
    );
    assert_eq!(count(&env, "POST /v3/assets/direct-uploads/batches"), 1);
    assert_eq!(stdout(&run).lines().count(), 12);
    // A PUT answered at the very moment of the kill may go again (its record could not say
    // so in time); no other.
    let stored_puts = env
        .exchanges()
        .iter()
        .filter(|e| e.method == "PUT" && e.status == 200)
        .count();
    assert!(
        (12..=13).contains(&stored_puts),
        "{stored_puts} PUTs stored"
    );
    assert_eq!(tally(&env, &files), (0, 0, 0));

    // Killed while complete is under way (every API request takes 300 ms here).
    let env = Env::with(|config| config.faults = Faults::parse("latency=300").unwrap());
    let files = distinct_pngs(&env, 12);
    let mut child = start_silent(env.process().args(["asset", "upload"]).args(&files));
    env.wait_for_arrival("POST /v3/assets/complete/batches");
    kill_hard(&mut child.0);
    env.sandbox.set_faults(Faults::default());
    let run = env
        .heygen()
        .args(["asset", "upload"])
        .args(&files)
        .assert()
        .success();
    assert_eq!(
        count(&env, "POST /v3/assets/direct-uploads/batches"),
        1,
        "no second batch"
    );
    let puts = env.exchanges().iter().filter(|e| e.method == "PUT").count();
    assert_eq!(puts, 12, "no PUT sent again");
    assert_eq!(stdout(&run).lines().count(), 12);
    assert_eq!(tally(&env, &files), (0, 0, 0));
}

#[test]
fn a_simple_upload_whose_answer_was_lost_is_not_made_twice_by_the_rerun() {
    // HeyGen stores the file, the answer never arrives, and the run is out of retries.
    let env = Env::with(|config| config.faults = Faults::parse("assets-lost=1").unwrap());
    let files = distinct_pngs(&env, 1);
    env.heygen()
        .args(["--retries", "0", "asset", "upload"])
        .args(&files)
        .assert()
        .code(1);
    assert_eq!(env.sandbox.asset_ids().len(), 1, "HeyGen made the asset");
    let run = env
        .heygen()
        .args(["asset", "upload"])
        .args(&files)
        .assert()
        .success();
    assert_eq!(stdout(&run).trim(), env.sandbox.asset_ids()[0]);
    let keys: Vec<String> = env
        .exchanges()
        .iter()
        .filter(|e| e.path == "/v3/assets")
        .map(|e| e.header("idempotency-key").unwrap().to_string())
        .collect();
    assert_eq!(keys.len(), 2);
    assert_eq!(keys[0], keys[1], "the rerun sent the same key");
    assert_eq!(tally(&env, &files), (0, 0, 0));
    // Finished work is new work next time: a new key, a new asset.
    env.heygen()
        .args(["asset", "upload"])
        .args(&files)
        .assert()
        .success();
    assert_eq!(env.sandbox.asset_ids().len(), 2);
}

/// A small deterministic generator, so that a seed replays the same chaos.
struct Chaos(u64);

impl Chaos {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

/// Uploads `count` files with `args` under faults on every step (counts drawn from `seed`),
/// killing the tool with SIGKILL `kills` times at random moments, then reruns with --reuse
/// until it succeeds; returns (lost, duplicated, uncompleted) as the sandbox counts them.
fn chaos(args: &[&str], count: usize, kills: usize, seed: u64) -> (usize, usize, usize) {
    let mut chaos = Chaos(seed.max(1));
    let mut spec: Vec<String> = [
        "assets-503",
        "assets-lost",
        "init-500",
        "init-lost",
        "put-503",
        "put-drop",
        "complete-409",
        "complete-lost",
        "batch-init-503",
        "batch-init-lost",
        "batch-complete-500",
        "batch-complete-lost",
    ]
    .iter()
    .map(|name| format!("{name}={}", 1 + chaos.next(3)))
    .collect();
    spec.push("assets-429=1".into());
    let env = Env::with(|config| config.faults = Faults::parse(&spec.join(",")).unwrap());
    let files = distinct_pngs(&env, count);
    let run_args = |command: &mut std::process::Command| {
        command
            .args(["--retries", "6", "asset"])
            .args(args)
            .arg("--reuse")
            .args(&files);
    };
    for _ in 0..kills {
        let mut command = env.process();
        run_args(&mut command);
        let mut child = start_silent(&mut command);
        sleep(Duration::from_millis(20 + chaos.next(400)));
        kill_hard(&mut child.0);
    }
    for _ in 0..10 {
        let mut command = env.process();
        run_args(&mut command);
        let done = command.output().expect("heygen runs");
        if done.status.success() {
            assert_eq!(String::from_utf8_lossy(&done.stdout).lines().count(), count);
            return tally(&env, &files);
        }
    }
    panic!(
        "no rerun succeeded; sandbox faults left: {}",
        env.sandbox.faults()
    );
}

#[test]
fn chaos_loses_nothing_and_duplicates_nothing_on_every_path() {
    for (path, args) in [
        ("simple", &["upload", "--batch", "never"][..]),
        ("direct", &["direct-upload", "--batch", "never"][..]),
        ("batches", &["upload", "--batch", "always"][..]),
    ] {
        for seed in [7, 1234] {
            let (lost, duplicated, uncompleted) = chaos(args, 12, 3, seed);
            assert_eq!(
                (lost, duplicated, uncompleted),
                (0, 0, 0),
                "{path}, seed {seed}: lost, duplicated, uncompleted"
            );
        }
    }
}

/// The bench's scale (`bench/chaos.py`): files and kills from the environment.
#[test]
#[ignore = "a bench: run by bench/chaos.py"]
fn chaos_at_scale() {
    let number = |name: &str, default: usize| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let (files, kills) = (number("CHAOS_FILES", 300), number("CHAOS_KILLS", 8));
    for (path, args) in [
        ("simple", &["upload", "--batch", "never", "--jobs", "8"][..]),
        (
            "direct",
            &["direct-upload", "--batch", "never", "--jobs", "8"][..],
        ),
        (
            "batches",
            &["upload", "--batch", "always", "--jobs", "8"][..],
        ),
    ] {
        let (lost, duplicated, uncompleted) = chaos(args, files, kills, 42);
        println!(
            "chaos: {path}: {files} files, {kills} kills: {lost} lost, {duplicated} duplicates, \
             {uncompleted} uncompleted"
        );
        assert_eq!((lost, duplicated, uncompleted), (0, 0, 0), "{path}");
    }
}
