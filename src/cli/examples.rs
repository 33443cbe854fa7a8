//! The `Examples:` every command's help ends with, one table so each command has its own and
//! a new command without one fails the help tests.

/// Examples by command path (the words after `heygen`).
const EXAMPLES: &[(&str, &str)] = &[
    (
        "",
        "heygen asset upload logo.png intro.mp4\n\
         heygen video-agent create --prompt \"A 30-second intro\" slides.pdf --output intro.mp4",
    ),
    (
        "asset upload",
        "heygen asset upload logo.png intro.mp4\n\
         find media -name '*.png' -print0 | heygen asset upload --files-from - -0 --json",
    ),
    (
        "asset direct-upload",
        "heygen asset direct-upload footage.mp4\n\
         heygen asset direct-upload --jobs 8 --reuse takes/*.mp4",
    ),
    (
        "asset complete",
        "heygen asset complete ast_123\n\
         heygen asset complete --pending",
    ),
    (
        "asset pending",
        "heygen asset pending\n\
         heygen asset pending --clear --stale",
    ),
    (
        "asset forget",
        "heygen asset forget logo.png\n\
         heygen asset forget --all",
    ),
    (
        "asset list",
        "heygen asset list --type video --limit 10\n\
         heygen asset list --all --json | jq -r .id",
    ),
    ("asset get", "heygen asset get ast_123 ast_456"),
    (
        "asset delete",
        "heygen asset delete ast_123\n\
         heygen asset list --all | cut -f1 | heygen asset delete --from-file - --yes",
    ),
    ("asset status", "heygen asset status ast_123 --wait"),
    (
        "avatar create",
        "id=$(heygen avatar create --name Ada portrait.png); heygen avatar status \"$id\" --wait\n\
         heygen avatar create --name Me --type digital-twin --wait me.mp4",
    ),
    ("avatar status", "heygen avatar status grp_123 --wait"),
    (
        "avatar consent",
        "heygen avatar consent grp_123\n\
         heygen avatar consent grp_123 --video consent.mp4 --wait",
    ),
    (
        "video-agent create",
        "heygen video-agent create --prompt \"A 30-second intro\" slides.pdf --output intro.mp4\n\
         heygen video-agent create --prompt-file brief.txt --mode chat --wait",
    ),
    (
        "video-agent status",
        "heygen video-agent status ses_123 --wait --output intro.mp4",
    ),
    (
        "video-agent send",
        "heygen video-agent send ses_123 --message \"Open with the logo\" logo.png --wait",
    ),
    ("video-agent stop", "heygen video-agent stop ses_123"),
    (
        "video-agent videos",
        "heygen video-agent videos ses_123 --json | jq -r .id",
    ),
    ("video status", "heygen video status vid_123 --wait"),
    (
        "video download",
        "heygen video download vid_123 --output intro.mp4\n\
         heygen video download vid_123 --captioned --subtitles intro.srt --thumbnail intro.jpg",
    ),
    (
        "auth login",
        "heygen auth login\n\
         printenv HEYGEN_KEY | heygen auth login",
    ),
    ("auth status", "heygen auth status --offline"),
    ("auth logout", "heygen auth logout"),
    (
        "completions",
        "heygen completions bash > ~/.local/share/bash-completion/completions/heygen\n\
         heygen completions zsh > ~/.zfunc/_heygen   # fpath+=(~/.zfunc) before compinit\n\
         heygen completions fish > ~/.config/fish/completions/heygen.fish",
    ),
    (
        "sandbox",
        "heygen sandbox --listen 127.0.0.1:0 --env-file sandbox.env\n\
         heygen sandbox --tls --fault init-429=1,put-drop=1",
    ),
];

/// The examples of the command at `path` (`""` for `heygen` itself), indented under their
/// heading, ready for clap's `after_help`.
pub fn section(path: &str) -> Option<String> {
    let (_, lines) = EXAMPLES.iter().find(|(at, _)| *at == path)?;
    let lines: Vec<String> = lines.lines().map(|line| format!("  {line}")).collect();
    Some(format!("Examples:\n{}", lines.join("\n")))
}
