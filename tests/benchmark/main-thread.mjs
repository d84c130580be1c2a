// Where a page's main thread spends its time, read from a Chrome trace: CPU time (the thread
// actually running), not wall time. On a machine where other processes and the browser's own
// background threads compete for the cores, a load takes longer than the main thread's work;
// the difference is time spent waiting for a core.

/** Trace categories `mainThreadWork` needs. */
export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.wasm', 'blink.user_timing'];

const STYLE_AND_LAYOUT = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'ParseAuthorStyleSheet']);

/**
 * The main thread's work from the navigation to `url` until the User Timing mark `until`.
 * Returns milliseconds: wall (navigation → mark), cpu (all top-level tasks), and the CPU time
 * spent compiling WebAssembly functions on first call, on style and layout, and on the rest.
 */
export function mainThreadWork(events, { url, until }) {
  const mark = events.find((e) => e.name === until && e.cat.includes('blink.user_timing'));
  if (!mark) throw new Error(`de markering ${until} staat niet in de trace`);
  const navigation = events.find((e) => e.name === 'navigationStart' && e.pid === mark.pid && e.args?.data?.documentLoaderURL?.startsWith(url));
  if (!navigation) throw new Error(`geen navigatie naar ${url} in de trace`);
  const onMainThread = (e) => e.ph === 'X' && e.pid === mark.pid && e.tid === mark.tid && e.ts >= navigation.ts && e.ts <= mark.ts;
  const slices = events.filter(onMainThread).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const cpu = (list) => list.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
  // Slices nest; the outermost ones together are everything the thread did.
  const outermost = [];
  let end = -Infinity;
  for (const slice of slices) {
    if (slice.ts >= end) {
      outermost.push(slice);
      end = slice.ts + (slice.dur ?? 0);
    }
  }
  const total = cpu(outermost);
  const compile = cpu(slices.filter((e) => e.name === 'wasm.CompileLazy'));
  const layout = cpu(slices.filter((e) => STYLE_AND_LAYOUT.has(e.name)));
  return { wall: (mark.ts - navigation.ts) / 1000, cpu: total, compile, layout, other: total - compile - layout };
}
