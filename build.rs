//! Marks the tests that need s3s-fs or tinyproxy as ignored, with the reason, when the program
//! is missing outside CI, so that a check that did not run is never reported as passed.

#[path = "tests/cli/harness/tools.rs"]
mod tools;

const PROGRAMS: [(&str, &str); 2] = [
    ("s3s-fs", "missing_s3s_fs"),
    ("tinyproxy", "missing_tinyproxy"),
];

fn main() {
    for variable in ["CI", "PATH", "CARGO_HOME", "HOME"] {
        println!("cargo::rerun-if-env-changed={variable}");
    }
    // A program installed later changes its folder: the marks are made again.
    for folder in tools::folders().iter().filter(|folder| folder.is_dir()) {
        println!("cargo::rerun-if-changed={}", folder.display());
    }
    for (program, cfg) in PROGRAMS {
        println!("cargo::rustc-check-cfg=cfg({cfg})");
        if !tools::in_ci() && tools::find(program).is_none() {
            println!("cargo::rustc-cfg={cfg}");
        }
    }
}
