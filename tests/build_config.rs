//! Build settings that must agree with each other, or the build fails only on a fresh machine.
#![cfg(not(target_arch = "wasm32"))]

mod support;

fn read(path: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

fn locked_version(lock: &str, name: &str) -> String {
    let marker = format!("name = \"{name}\"\nversion = \"");
    let start = lock.find(&marker).unwrap_or_else(|| panic!("{name} not in Cargo.lock")) + marker.len();
    lock[start..].split('"').next().unwrap().to_owned()
}

#[test]
fn trunk_uses_the_wasm_bindgen_of_cargo_lock() {
    let wanted = locked_version(&read("Cargo.lock"), "wasm-bindgen");
    assert!(
        read("Trunk.toml").contains(&format!("wasm_bindgen = \"{wanted}\"")),
        "Trunk.toml must pin wasm_bindgen = \"{wanted}\" (Cargo.lock)"
    );
}

#[test]
fn wasm_opt_comes_from_the_pinned_npm_binaryen() {
    let package = read("package.json");
    assert!(package.contains("\"binaryen\": \"132.0.0\""), "package.json pins binaryen 132");
    assert!(read("Trunk.toml").contains("wasm_opt = \"version_132\""));
}

#[test]
fn the_yaml_crate_is_the_maintained_fork() {
    let manifest = read("Cargo.toml");
    assert!(manifest.contains("serde_yaml = { package = \"serde_norway\""), "{manifest}");
}

#[test]
fn the_page_loads_the_utrecht_subset_not_the_whole_library() {
    let html = read("index.html");
    assert!(html.contains(r#"href="style/utrecht.css""#), "{html}");
    assert!(!html.contains("component-library-css"), "the whole library is ten times larger");
    // tests/e2e/styles.test.mjs checks that style/utrecht.css matches the classes in use.
}

#[test]
fn the_release_build_keeps_the_rustflags_of_cargo_config() {
    // scripts/build.sh sets RUSTFLAGS, which replaces the rustflags of .cargo/config.toml.
    let config = read(".cargo/config.toml");
    let line = config.lines().find(|l| l.starts_with("rustflags = [")).expect("rustflags in .cargo/config.toml");
    let flags: Vec<&str> = line.split('"').skip(1).step_by(2).collect();
    assert!(!flags.is_empty(), "{line}");
    let build = read("scripts/build.sh");
    let rustflags = build.lines().find(|l| l.starts_with("RUSTFLAGS=")).expect("RUSTFLAGS in scripts/build.sh");
    assert!(rustflags.contains(&flags.join(" ")), "scripts/build.sh must pass {flags:?}: {rustflags}");
    assert!(rustflags.contains("--cfg wasm_split") && rustflags.contains("-Clink-args=--emit-relocs"), "{rustflags}");
}

#[test]
fn the_app_sorts_only_through_model_sorted() {
    // Each call of the standard library's sort on another type or comparison, and each
    // `collect()` into a tree, copies the sort algorithm into the WebAssembly (src/model/sorted.rs).
    // A `collect()` whose tree type is inferred cannot be seen here; this catches the rest.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    // Each file's text up to its test module: tests may sort as they like.
    let files: Vec<(String, String)> = support::rust_files_under(&root.join("src"))
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or_default().to_owned();
            (path.display().to_string(), code)
        })
        .collect();
    let sorting =
        [".sort()", ".sort_by(", ".sort_by_key(", ".sort_by_cached_key(", ".sort_unstable", "collect::<BTree"];
    let found: Vec<String> = files
        .iter()
        .filter(|(file, _)| !file.ends_with("src/model/sorted.rs") && !file.contains("/src/bin/"))
        .flat_map(|(file, code)| {
            code.lines()
                .enumerate()
                .filter(|(_, line)| sorting.iter().any(|s| line.contains(s)))
                .map(move |(i, line)| format!("{file}:{}: {}", i + 1, line.trim()))
        })
        .collect();
    assert!(found.is_empty(), "sort through crate::model::sorted instead:\n{}", found.join("\n"));
}

#[test]
fn every_page_heading_is_the_page_heading_component() {
    // Focus moves to the page's heading by its id (after navigation, from skip links, when a
    // notice is dismissed): an `h1` written out by hand could miss the id or the tabindex.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let found: Vec<String> = support::rust_files_under(&root.join("src/ui"))
        .into_iter()
        .filter(|path| !path.ends_with("components/page_heading.rs"))
        .flat_map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            text.lines()
                .enumerate()
                .filter(|(_, line)| line.contains("<h1") || line.contains("\"paginakop\""))
                .map(|(i, line)| format!("{}:{}: {}", path.display(), i + 1, line.trim()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(
        found.is_empty(),
        "use PageHeading and PAGE_HEADING (src/ui/components/page_heading.rs):\n{}",
        found.join("\n")
    );
}
