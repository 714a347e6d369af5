//! Checks that keep the generated and declared pieces in step with the code.

include!("command_names.rs");

use std::collections::BTreeSet;
use std::path::PathBuf;

fn repo_file(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn fresh_bindings() -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bindings.ts");
    super::export_bindings(&path).expect("bindings export");
    std::fs::read_to_string(path).expect("exported bindings")
}

/// Fails when `ui/src/bindings.ts` is not what the builder generates now.
/// `make bindings` (REGIA_UPDATE_BINDINGS=1) rewrites it.
#[test]
fn committed_bindings_are_fresh() {
    let fresh = fresh_bindings();
    let committed_path = repo_file("../ui/src/bindings.ts");
    if std::env::var_os("REGIA_UPDATE_BINDINGS").is_some() {
        std::fs::write(&committed_path, &fresh).expect("write bindings");
    }
    let committed = std::fs::read_to_string(&committed_path).unwrap_or_default();
    assert!(
        committed == fresh,
        "ui/src/bindings.ts is stale: run `make bindings` and commit it"
    );
}

/// Every command the builder registers is in COMMAND_NAMES (so build.rs
/// declares its permission) and is granted by the main window's capability.
#[test]
fn every_command_is_declared_and_granted() {
    let bindings = fresh_bindings();
    let invoked: BTreeSet<&str> = bindings
        .lines()
        .filter(|line| line.contains("__TAURI_INVOKE"))
        .filter_map(|line| line.split("(\"").nth(1)?.split('"').next())
        .collect();
    let declared: BTreeSet<&str> = COMMAND_NAMES.iter().copied().collect();
    assert_eq!(
        invoked, declared,
        "src/command_names.rs differs from the builder"
    );

    let capability: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo_file("capabilities/default.json")).expect("capability file"),
    )
    .expect("capability JSON");
    let granted: BTreeSet<String> = capability["permissions"]
        .as_array()
        .expect("permissions")
        .iter()
        .filter_map(|p| p.as_str())
        .filter(|p| p.starts_with("allow-"))
        .map(str::to_owned)
        .collect();
    let expected: BTreeSet<String> = COMMAND_NAMES
        .iter()
        .map(|name| format!("allow-{}", name.replace('_', "-")))
        .collect();
    assert_eq!(granted, expected);
}

/// The CSP allows nothing remote and no eval.
#[test]
fn csp_is_strict() {
    let config: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo_file("tauri.conf.json")).expect("config"),
    )
    .expect("config JSON");
    let csp = config["app"]["security"]["csp"]
        .as_object()
        .expect("csp object");
    for (directive, sources) in csp {
        let sources = sources.as_str().expect("csp string");
        for source in sources.split_whitespace() {
            let allowed = ["'self'", "'none'", "data:", "ipc:", "http://ipc.localhost"];
            assert!(allowed.contains(&source), "{directive} allows {source}");
        }
    }
    assert_eq!(csp["script-src"], "'self'");
}
