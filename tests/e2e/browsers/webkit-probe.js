// Runs in the page under WebKit, before the app's own scripts (the context's proxy puts it first
// in every HTML page, see webkit-proxy.mjs). WebDriver classic reports no console messages and
// no page errors, so this script records them, for the adapter to collect after each command:
//   - console.error calls                          → Playwright's `console` event, type error
//   - uncaught errors and unhandled rejections     → Playwright's `pageerror` event
//   - Content-Security-Policy violations           → a console error, as Chromium logs them
//   - every resource the page loaded (Resource Timing), with its start and end on the system
//     clock: the adapter matches them to the requests the proxy saw, and a load the proxy never
//     saw came from a cache (the service worker's, usually) → Playwright's `request` event
//   - the activation of a file field, which the probe cancels so that no dialog opens
//                                                  → Playwright's `filechooser` event
// The proxy appends the context's init scripts after this file (`addInitScript`).
(() => {
  const events = [];
  const text = (value) => {
    if (value instanceof Error) return value.message;
    if (typeof value === 'string') return value;
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  };
  const consoleError = console.error;
  console.error = function (...args) {
    events.push({ kind: 'console', type: 'error', text: args.map(text).join(' ') });
    return consoleError.apply(this, args);
  };
  const consoleWarn = console.warn;
  console.warn = function (...args) {
    events.push({ kind: 'console', type: 'warning', text: args.map(text).join(' ') });
    return consoleWarn.apply(this, args);
  };
  window.addEventListener('error', (event) => {
    if (event.error !== undefined || event.message) {
      events.push({ kind: 'pageerror', message: event.error ? text(event.error) : event.message });
    }
  });
  window.addEventListener('unhandledrejection', (event) => {
    events.push({ kind: 'pageerror', message: text(event.reason) });
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    events.push({
      kind: 'console',
      type: 'error',
      text: `Refused to load ${event.blockedURI} because it violates the Content-Security-Policy directive ${event.violatedDirective}`,
    });
  });
  const origin = performance.timeOrigin ?? performance.timing.navigationStart;
  const driverScripts = `${location.origin}/__e2e__/`;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name.startsWith(driverScripts)) continue;
        events.push({ kind: 'resource', url: entry.name, start: origin + entry.startTime, end: origin + Math.max(entry.responseEnd, entry.startTime + entry.duration) });
      }
    }).observe({ type: 'resource', buffered: true });
  } catch (error) {
    events.push({ kind: 'console', type: 'error', text: `e2e-probe: geen Resource Timing: ${error.message}` });
  }
  // As Playwright does while a test waits for a file chooser, and always here: WebDriver cannot
  // close a dialog. A test chooses the files by `FileChooser.setFiles` (webkit-page.mjs).
  const choosers = [];
  document.addEventListener(
    'click',
    (event) => {
      const field = event.target;
      if (!(field instanceof HTMLInputElement) || field.type !== 'file') return;
      event.preventDefault();
      choosers.push(field);
      events.push({ kind: 'filechooser', index: choosers.length - 1, multiple: field.multiple });
    },
    true,
  );
  Object.defineProperty(window, '__e2eProbe', {
    value: Object.freeze({
      /** Everything recorded since the last call. */
      take: () => events.splice(0),
      /** The file field of a `filechooser` event. */
      chooser: (index) => choosers[index],
    }),
  });
})();
