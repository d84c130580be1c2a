// Runs in the page under WebKit, before the app's own scripts (the context's proxy puts it first
// in every HTML page, see webkit-proxy.mjs). WebDriver classic reports no console messages and
// no page errors, so this script records them, for the adapter to collect after each command:
//   - console.error calls                          → Playwright's `console` event, type error
//   - uncaught errors and unhandled rejections     → Playwright's `pageerror` event
//   - Content-Security-Policy violations           → a console error, as Chromium logs them
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
  Object.defineProperty(window, '__e2eProbe', {
    value: Object.freeze({
      /** Everything recorded since the last call. */
      take: () => events.splice(0),
    }),
  });
})();
