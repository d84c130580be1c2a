//! User Timing measures: visible in the browser's performance tools, and read by the benchmark
//! (tests/benchmark/run.mjs).

/// Runs `work` as a User Timing measure called `name`.
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}:begin");
    if let Some(performance) = &performance {
        let _ = performance.mark(&start);
    }
    let result = work();
    if let Some(performance) = &performance {
        let _ = performance.measure_with_start_mark(name, &start);
        // The measure keeps the duration; the start mark is not needed any more.
        performance.clear_marks_with_mark_name(&start);
    }
    result
}
