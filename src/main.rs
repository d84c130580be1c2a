//! Browser entry point; Trunk builds this binary to WebAssembly.

#[cfg(target_arch = "wasm32")]
fn main() {
    zelfevaluatie_wmo_toezicht::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "Dit is de app voor de browser; bouw en start hem met `make serve`.\n\
         Een vragenlijst controleren: `cargo run --bin controleer-vragenlijst -- questionnaires/<bestand>.yaml`."
    );
    std::process::exit(2);
}
