//! Build settings that must agree with each other, or the build fails only on a fresh machine.
#![cfg(not(target_arch = "wasm32"))]

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

/// Every `utrecht-…` class the app uses, reduced to its component ("block"): `utrecht-form-field__label--radio` → `form-field`.
fn used_utrecht_blocks() -> std::collections::BTreeSet<String> {
    fn sources(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("index.html")];
    sources(&root.join("src"), &mut files);
    let mut blocks = std::collections::BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (at, _) in text.match_indices("utrecht-") {
            let class: String = text[at + "utrecht-".len()..]
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-' || *c == '_')
                .collect();
            let block = class.split("__").next().unwrap().split("--").next().unwrap().trim_end_matches('-');
            if !block.is_empty() {
                blocks.insert(block.to_owned());
            }
        }
    }
    blocks
}

#[test]
fn the_utrecht_subset_styles_every_component_the_app_uses() {
    let css = read("style/utrecht.css");
    let blocks = used_utrecht_blocks();
    assert!(blocks.contains("button") && blocks.contains("form-field"), "found {blocks:?}");
    let missing: Vec<_> = blocks.iter().filter(|b| !css.contains(&format!(".utrecht-{b}"))).collect();
    assert!(
        missing.is_empty(),
        "style/utrecht.css has no CSS for {missing:?}: run `node scripts/make-utrecht-css.mjs`"
    );
}

#[test]
fn the_page_loads_the_utrecht_subset_not_the_whole_library() {
    let html = read("index.html");
    assert!(html.contains(r#"href="style/utrecht.css""#), "{html}");
    assert!(!html.contains("component-library-css"), "the whole library is ten times larger");
}
