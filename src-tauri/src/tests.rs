//! Checks that keep the generated and declared pieces in step with the code.

use crate::command_names::COMMAND_NAMES;

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

/// Beyond its own commands, the window is granted only what a screen calls:
/// each grant is listed here with the code in `ui/src` that needs it, so a
/// grant nobody uses, or a new one nobody justified, fails. The opener opens
/// only `https:` and `mailto:` links, and there is one capability, for the
/// main window, with no remote origin.
#[test]
fn capabilities_grant_only_what_the_screens_use() {
    // (permission, module the UI imports it from, what the UI calls)
    const USES: &[(&str, &str, &str)] = &[
        // closeGuard: the close button waits for pending saves, then closes.
        (
            "core:event:allow-listen",
            "@tauri-apps/api/window",
            "onCloseRequested(",
        ),
        (
            "core:event:allow-unlisten",
            "@tauri-apps/api/window",
            "onCloseRequested(",
        ),
        (
            "core:window:allow-destroy",
            "@tauri-apps/api/window",
            "onCloseRequested(",
        ),
        (
            "opener:allow-open-url",
            "@tauri-apps/plugin-opener",
            "openUrl(",
        ),
        ("dialog:allow-open", "@tauri-apps/plugin-dialog", "open("),
        ("dialog:allow-save", "@tauri-apps/plugin-dialog", "save("),
    ];
    let sources = ui_sources(&repo_file("../ui/src"));
    for (permission, module, call) in USES {
        let used = sources
            .iter()
            .any(|text| text.contains(&format!("from \"{module}\"")) && text.contains(call));
        assert!(
            used,
            "{permission} is granted but no screen calls {call} from {module}"
        );
    }

    let dir: Vec<_> = std::fs::read_dir(repo_file("capabilities"))
        .expect("capabilities folder")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(dir, ["default.json"], "one capability file only");
    let capability: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo_file("capabilities/default.json")).expect("capability file"),
    )
    .expect("capability JSON");
    assert_eq!(capability["windows"], serde_json::json!(["main"]));
    assert!(capability.get("remote").is_none(), "no remote origin");
    let others: BTreeSet<&str> = capability["permissions"]
        .as_array()
        .expect("permissions")
        .iter()
        .filter_map(|p| p.as_str().or_else(|| p["identifier"].as_str()))
        .filter(|p| !p.starts_with("allow-"))
        .collect();
    let justified: BTreeSet<&str> = USES.iter().map(|(p, _, _)| *p).collect();
    assert_eq!(others, justified, "grants beyond the app's commands");
    let opener = capability["permissions"]
        .as_array()
        .expect("permissions")
        .iter()
        .find(|p| p["identifier"] == "opener:allow-open-url")
        .expect("the opener's scope");
    assert_eq!(
        opener["allow"],
        serde_json::json!([{ "url": "https://*" }, { "url": "mailto:*" }])
    );
}

/// The text of every non-test TypeScript file under `dir`.
fn ui_sources(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("ui sources") {
        let path = entry.expect("entry").path();
        let name = path.to_string_lossy();
        if path.is_dir() {
            out.extend(ui_sources(&path));
        } else if (name.ends_with(".ts") || name.ends_with(".tsx")) && !name.contains(".test.") {
            out.push(std::fs::read_to_string(&path).expect("source"));
        }
    }
    out
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

#[test]
fn the_engine_settings_are_web_view_options_the_bench_can_read() {
    let settings = crate::engine_env();
    assert!(!settings.is_empty(), "engine-env.json did not parse");
    for (key, value) in &settings {
        // JavaScriptCore's options, and glibc malloc's for WebKit's processes.
        assert!(
            key.starts_with("JSC_") || key.starts_with("MALLOC_"),
            "{key} is neither a JavaScriptCore nor a malloc setting"
        );
        assert!(!value.is_empty(), "{key} has no value");
    }
    // bench.mjs reads the same file for the month-grid page.
    let bench = std::fs::read_to_string(repo_file("../tests/bench/bench.mjs")).unwrap();
    assert!(bench.contains("src-tauri/engine-env.json"));
}
