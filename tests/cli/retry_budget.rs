//! `complete` tries at most 5 times in all, as HeyGen's own client does: its waits for
//! storage to catch up (409) and the transport's retries after transient failures share that one
//! budget, so a stubborn server gets 5 requests, not 5 times the transport's 4.

use heygen_sandbox::Faults;

use super::harness::*;

fn complete_statuses(env: &Env) -> Vec<u16> {
    env.exchanges()
        .iter()
        .filter(|e| e.path.ends_with("/complete"))
        .map(|e| e.status)
        .collect()
}

#[test]
fn conflicts_and_transient_failures_share_five_tries() {
    let env = Env::with(|config| config.faults = Faults::parse("complete-409=20").unwrap());
    let clip = env.mp4("clip.mp4", 3000);
    env.run(&["asset", "direct-upload", &clip]).code(1);
    assert_eq!(complete_statuses(&env), [409; 5]);

    // Transient failures count against the same budget, whatever --retries allows.
    env.sandbox
        .set_faults(Faults::parse("complete-503=20").unwrap());
    let id = env.only_asset_id();
    env.run(&["--retries", "10", "asset", "complete", &id])
        .code(1);
    assert_eq!(complete_statuses(&env)[5..], [503; 5]);
}
