//! The examples as command-line tools: each answers `--help`, rejects an
//! unknown flag with the usage and exit status 2, and ends quietly with
//! exit status 0 when its standard output is a closed pipe (issue #15).
//!
//! Each run goes through `cargo run --example`, so the example is built
//! first even when only this test was (`cargo test --test examples_cli`
//! builds no examples), with the features this test was built with, so the
//! library is not built a second time with other ones.

use std::process::{Command, Output, Stdio};

/// Every example, with the arguments that make it print something (`check`
/// reads a file; it needs the `serde` feature).
fn examples() -> Vec<(&'static str, Vec<String>)> {
    let mut all = vec![("caict", vec![]), ("fit", vec![]), ("schedule", vec![])];
    if cfg!(feature = "serde") {
        let forecasts = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/forecasts.json");
        all.push(("check", vec![forecasts.to_owned()]));
    }
    all
}

/// `cargo run --quiet --example NAME -- ARGS`, with this test's features.
fn example(name: &str, args: &[String]) -> Command {
    let features: Vec<&str> = [
        ("serde", cfg!(feature = "serde")),
        ("proptest", cfg!(feature = "proptest")),
        ("plot", cfg!(feature = "plot")),
        ("rayon", cfg!(feature = "rayon")),
    ]
    .into_iter()
    .filter_map(|(feature, on)| on.then_some(feature))
    .collect();
    let mut command = Command::new(env!("CARGO"));
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["run", "--quiet", "--no-default-features", "--features"])
        .arg(features.join(","))
        .args(["--example", name, "--"])
        .args(args)
        .stdin(Stdio::null());
    command
}

/// Runs an example to the end and returns its exit status and output.
#[track_caller]
fn run(name: &str, args: &[&str]) -> Output {
    let args: Vec<String> = args.iter().map(|&a| a.to_owned()).collect();
    example(name, &args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run cargo for {name}: {e}"))
}

#[test]
fn help_prints_the_usage() {
    for (name, _) in examples() {
        for flag in ["--help", "-h"] {
            let out = run(name, &[flag]);
            let stdout = String::from_utf8_lossy(&out.stdout);
            assert_eq!(out.status.code(), Some(0), "{name} {flag}: {out:?}");
            assert!(
                stdout.starts_with(&format!("usage: {name}")),
                "{name} {flag} printed {stdout:?}"
            );
            assert!(stdout.contains("-h, --help"), "{name} {flag}: {stdout:?}");
        }
    }
}

#[test]
fn unknown_flag_is_a_usage_error() {
    for (name, _) in examples() {
        let out = run(name, &["--frobnicate"]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {out:?}");
        assert!(
            stderr.contains(&format!("{name}: unknown flag --frobnicate\n")),
            "{name}: {stderr:?}"
        );
        assert!(stderr.contains("usage: "), "{name}: {stderr:?}");
        assert!(out.stdout.is_empty(), "{name} printed {:?}", out.stdout);
    }
}

#[test]
fn unexpected_argument_is_a_usage_error() {
    // `check` takes a FILE; the others take no argument but their flags.
    for name in ["caict", "fit", "schedule"] {
        let out = run(name, &["extra"]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {out:?}");
        assert!(
            stderr.contains(&format!("{name}: unexpected argument extra\n")),
            "{name}: {stderr:?}"
        );
        assert!(stderr.contains("usage: "), "{name}: {stderr:?}");
    }
}

#[test]
fn a_chart_size_must_be_width_x_height() {
    for name in ["caict", "fit"] {
        for bad in ["640", "0x400", "640x", "wide", "-1x5"] {
            let out = run(name, &["--size", bad]);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{name} --size {bad}: {out:?}");
            assert!(
                stderr.contains("--size takes WIDTHxHEIGHT"),
                "{name}: {stderr}"
            );
        }
        let out = run(name, &["--size", "640x400"]);
        assert_eq!(out.status.code(), Some(0), "{name} --size 640x400: {out:?}");
    }
}

#[test]
fn closed_pipe_ends_quietly() {
    for (name, args) in examples() {
        let mut child = example(name, &args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run cargo for {name}: {e}"));
        // Close the reading end before the example writes anything: its
        // whole output would fit in the pipe's buffer, so reading a line
        // first could let it finish without ever meeting the closed pipe.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{name}: {stderr}");
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        assert!(!stderr.contains("Broken pipe"), "{name}: {stderr}");
    }
}

#[test]
fn default_output_is_unchanged() {
    // The first line of each report, as the README shows it.
    for (name, first) in [
        ("caict", "China's core AI industry\n"),
        ("fit", "A market, billion USD, 2015-2024 (2019 missing)\n"),
        ("schedule", "The schedule, with the rate of each phase\n"),
    ] {
        let out = run(name, &[]);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{name}: {out:?}");
        assert!(stdout.starts_with(first), "{name} printed {stdout:?}");
    }
}

/// A claim whose figures were set aside says why, in text and in JSON
/// (`check` needs the `serde` feature).
#[cfg(feature = "serde")]
#[test]
fn check_says_why_figures_were_set_aside() {
    let text = "Sales were $3.0bn in 2021 and should reach $4.4bn in 2027, though one broker pencils in a CAGR of 5%.";
    let out = run("check", &["--text", text]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(stdout.contains("Unverifiable"), "{stdout}");
    assert!(
        stdout.contains("not read with it: the rate is another source's estimate."),
        "{stdout}"
    );
    let out = run("check", &["--json", "--text", text]);
    let line: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(line["set_aside"], "other_source", "{line}");
}
