// Playwright's Page (and its keyboard, clock and file chooser) for the WebKit adapter, over
// selenium-webdriver.
// Every call runs as a WebDriver script that also hands back what the probe recorded since the
// last call (console and page errors) and the page's address, so `page.url()` can answer
// without waiting, as in Playwright: it is the address seen by the last call.
import { Key } from 'selenium-webdriver';
import { Locator, TIMEOUT, setFieldFiles } from './webkit-locator.mjs';

const KEYS = {
  Tab: Key.TAB,
  Enter: Key.ENTER,
  Space: ' ',
  Escape: Key.ESCAPE,
  Backspace: Key.BACK_SPACE,
  Delete: Key.DELETE,
  Home: Key.HOME,
  End: Key.END,
  ArrowDown: Key.ARROW_DOWN,
  ArrowUp: Key.ARROW_UP,
  ArrowLeft: Key.ARROW_LEFT,
  ArrowRight: Key.ARROW_RIGHT,
  Shift: Key.SHIFT,
  Control: Key.CONTROL,
  ControlOrMeta: Key.CONTROL, // Linux
  Alt: Key.ALT,
  Meta: Key.META,
};
const keyOf = (name) => KEYS[name] ?? (name.length === 1 ? name : null);

const sleep = (ms) => new Promise((wake) => setTimeout(wake, ms));
// Longer than any wait of a locator: a command that takes this long has lost its browser.
const COMMAND_TIMEOUT = 2 * TIMEOUT;
// A first load takes a second or two; one that takes this long is stuck (see Page._firstGoto).
const FIRST_LOAD_TIMEOUT = 20_000;

/** `promise`, or an error after `ms` milliseconds: a WebDriver call has no time limit of its own. */
export function withTimeout(promise, ms, message) {
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} (binnen ${ms / 1000} s)`)), ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

class Keyboard {
  constructor(page) {
    this._page = page;
  }

  /** `Tab`, `Space`, `ArrowDown`, `ControlOrMeta+a`, …: Playwright's key names. */
  async press(combination) {
    const names = combination.split('+');
    const keys = names.map((name) => {
      const key = keyOf(name);
      if (key === null) throw new Error(`keyboard.press: onbekende toets ${name}`);
      return key;
    });
    await this._page._act(() => {
      let actions = this._page._driver.actions();
      for (const key of keys) actions = actions.keyDown(key);
      for (const key of [...keys].reverse()) actions = actions.keyUp(key);
      return actions.perform();
    }, `keyboard.press(${combination})`);
  }

  type(text) {
    return this._type(text);
  }

  /** Types into the focused element; `null` deletes the selection. A newline is Enter. */
  async _type(text, delay = 0) {
    await this._page._act(() => {
      let actions = this._page._driver.actions();
      for (const char of text === null ? [Key.BACK_SPACE] : [...text]) {
        const key = char === '\n' ? Key.ENTER : char;
        actions = actions.keyDown(key).keyUp(key);
        if (delay) actions = actions.pause(delay);
      }
      return actions.perform();
    }, 'keyboard.type');
  }
}

/**
 * Playwright's fake clock, one per context (`page.clock` is the context's): webkit-clock.js runs
 * in every page loaded after `install`, before the page's own scripts. Date runs from the
 * installed time; `pauseAt` stops time and the pages' timers in every tab, `resume` lets them run
 * on. Not here: `runFor`, `fastForward` and `setFixedTime` (no journey uses them).
 */
export class Clock {
  constructor(context) {
    this._context = context;
  }
  async install({ time } = {}) {
    this._context._clockState = { offset: time === undefined ? 0 : +new Date(time) - Date.now(), pausedAt: null };
  }
  async setSystemTime(time) {
    const clock = this._installed('setSystemTime');
    if (clock.pausedAt === null) clock.offset = +new Date(time) - Date.now();
    else clock.pausedAt = +new Date(time);
    await this._inEveryPage('clock.offset = arguments[0].offset; clock.pausedAt = arguments[0].pausedAt;', clock);
  }
  async pauseAt(time) {
    const clock = this._installed('pauseAt');
    clock.pausedAt = +new Date(time);
    await this._inEveryPage('clock.pause(arguments[0].pausedAt);', clock);
  }
  async resume() {
    const clock = this._installed('resume');
    if (clock.pausedAt === null) return;
    clock.offset = clock.pausedAt - Date.now();
    clock.pausedAt = null;
    await this._inEveryPage('clock.resume();', clock);
  }
  _installed(call) {
    if (!this._context._clockState) throw new Error(`clock.${call}: eerst clock.install()`);
    return this._context._clockState;
  }
  /** Runs `body` with the page's `clock`; a page loaded before `install` has none: an error. */
  async _inEveryPage(body, clock) {
    for (const page of this._context.pages()) {
      const without = await page._script(`const clock = window.__e2eClock; if (!clock) return location.href; ${body} return null;`, clock);
      if (without && without !== 'about:blank') throw new Error(`clock: ${without} is geladen vóór clock.install()`);
    }
  }
}

/** Playwright's FileChooser: the file field whose activation the probe caught. */
class FileChooser {
  constructor(page, { index, multiple }) {
    this._page = page;
    this._index = index;
    this._multiple = multiple;
  }
  page() {
    return this._page;
  }
  isMultiple() {
    return this._multiple;
  }
  /** As `locator.setInputFiles`: paths, or { name, mimeType, buffer }, one or a list. */
  async setFiles(files) {
    const field = await this._page._script('return window.__e2eProbe.chooser(arguments[0])', this._index);
    if (!field) throw new Error('setFiles: het bestandsveld is niet meer in de pagina');
    await setFieldFiles(this._page, field, files);
  }
}

export class Page {
  constructor(context, handle) {
    this._context = context;
    this._driver = context._driver;
    this._handle = handle;
    this._url = 'about:blank';
    this._listeners = {};
    this.keyboard = new Keyboard(this);
    this.clock = context.clock;
  }

  /** console, pageerror, request and filechooser. */
  on(event, listener) {
    (this._listeners[event] ??= []).push(listener);
    return this;
  }
  off(event, listener) {
    this._listeners[event] = (this._listeners[event] ?? []).filter((l) => l !== listener);
    return this;
  }
  /**
   * The next such event (one the `predicate` accepts). Events arrive with the commands that
   * caused them, so start the action that fires it together with this (`Promise.all`).
   */
  waitForEvent(event, options = {}) {
    const { predicate, timeout = TIMEOUT } = typeof options === 'function' ? { predicate: options } : options;
    return new Promise((resolve, reject) => {
      const listener = (value) => {
        if (predicate && !predicate(value)) return;
        stop();
        resolve(value);
      };
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`waitForEvent('${event}'): Timeout ${timeout}ms exceeded`));
      }, timeout);
      const stop = () => {
        clearTimeout(timer);
        this.off(event, listener);
      };
      this.on(event, listener);
    });
  }
  _emit(event, value) {
    for (const listener of this._listeners[event] ?? []) listener(value);
  }
  _deliver(events = []) {
    for (const e of events) {
      if (e.kind === 'console') this._emit('console', { type: () => e.type, text: () => e.text });
      else if (e.kind === 'resource') this._context._requests.fromPage(this, e);
      else if (e.kind === 'filechooser') this._emit('filechooser', new FileChooser(this, e));
      else this._emit('pageerror', Object.assign(new Error(e.message), { message: e.message }));
    }
  }

  context() {
    return this._context;
  }
  url() {
    return this._url;
  }

  /** Runs `body` (a function body; `arguments` are `args`) in this page. */
  async _script(body, ...args) {
    await this._context._focus(this);
    const out = await withTimeout(this._driver.executeScript(
      `const run = () => { ${body} };
       const report = (extra) => Object.assign({ events: window.__e2eProbe ? window.__e2eProbe.take() : [], url: location.href }, extra);
       return Promise.resolve().then(run).then((value) => report({ value, undefined: value === undefined }), (error) => report({ error: String((error && error.message) || error) }));`,
      ...args,
    ), COMMAND_TIMEOUT, 'WebKitWebDriver antwoordde niet op een script');
    this._url = out.url;
    this._deliver(out.events);
    if (out.error !== undefined) throw new Error(`page.evaluate: ${out.error}`);
    // JSON has no undefined; Playwright gives it back as such.
    return out.undefined ? undefined : out.value;
  }

  /**
   * A WebDriver command on this page, then what the probe saw meanwhile. One not answered within
   * `limit` is an error that names it (`what`) and has `unanswered` set.
   */
  async _act(command, what = 'een opdracht', { limit = COMMAND_TIMEOUT } = {}) {
    await this._context._focus(this);
    const message = `WebKitWebDriver antwoordde niet op ${what}`;
    let lost = false;
    try {
      return await withTimeout(command(), limit, message);
    } catch (error) {
      lost = error.message.startsWith(message);
      if (lost) error.unanswered = true;
      throw error;
    } finally {
      // A driver that did not answer would not answer this either: fail now, not a minute later.
      if (!lost) await this._script('return null').catch(() => {});
    }
  }

  // Navigation. WebDriver waits for the load event, as Playwright's goto does.
  async goto(url) {
    if (this._url === 'about:blank' && this._context._pages.length === 1) return this._firstGoto(url);
    await this._script('return null').catch(() => {}); // what the old page still had to say
    await this._act(() => this._driver.get(url), `goto(${url})`);
  }
  /**
   * A context's first load. Now and then (about once in a full run, on a busy machine) MiniBrowser
   * never finishes it and WebKitWebDriver never answers again. The page has loaded nothing yet,
   * and what the context holds (init scripts, routes, the clock) lives in this adapter and its
   * proxy, so a fresh MiniBrowser loses nothing: the load gets a limit, and one second chance.
   */
  async _firstGoto(url) {
    try {
      await this._act(() => this._driver.get(url), `de eerste laadbeurt van ${url}`, { limit: FIRST_LOAD_TIMEOUT });
    } catch (error) {
      if (!error.unanswered) throw error;
      process.stderr.write(`# webkit: MiniBrowser laadde ${url} niet binnen ${FIRST_LOAD_TIMEOUT / 1000} s; opnieuw gestart\n`);
      await this._context._restartBrowser(this);
      await this._act(() => this._driver.get(url), `goto(${url})`);
    }
  }
  async reload() {
    await this._script('return null').catch(() => {});
    await this._act(() => this._driver.navigate().refresh(), 'reload()');
  }
  /**
   * WebDriver's Back and Forward, which in WebKit work as its buttons do: a place in the history
   * that a script added without a user's action (a click, a key) is skipped.
   */
  async goBack() {
    await this._script('return null').catch(() => {});
    await this._act(() => this._driver.navigate().back(), 'goBack()');
  }
  async goForward() {
    await this._script('return null').catch(() => {});
    await this._act(() => this._driver.navigate().forward(), 'goForward()');
  }
  /** Only waits, as Playwright's does (which advises against it: prefer waiting for a state). */
  async waitForTimeout(ms) {
    await sleep(ms);
  }
  async waitForURL(pattern, { timeout = TIMEOUT } = {}) {
    const deadline = Date.now() + timeout;
    const matches = (url) => (pattern instanceof RegExp ? pattern.test(url) : url === pattern);
    while (!matches(await this._script('return location.href'))) {
      if (Date.now() > deadline) throw new Error(`waitForURL: Timeout ${timeout}ms exceeded waiting for ${pattern}`);
      await sleep(50);
    }
  }
  title() {
    return this._script('return document.title');
  }

  // Scripts.
  /** A function with one argument, as in Playwright; a string runs as a script (for axe-core). */
  evaluate(fn, arg) {
    if (typeof fn === 'string') return this._script(fn);
    return this._script(`return (${fn})(arguments[0])`, arg);
  }
  async waitForFunction(fn, arg, { timeout = TIMEOUT } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await this.evaluate(fn, arg);
      if (value) return { jsonValue: async () => value };
      if (Date.now() > deadline) throw new Error(`waitForFunction: Timeout ${timeout}ms exceeded`);
      await sleep(50);
    }
  }
  /** For every page of this context (WebDriver cannot tell its tabs' requests apart). */
  addInitScript(fn, arg) {
    return this._context.addInitScript(fn, arg);
  }

  // Locators.
  locator(css, options) {
    return new Locator(this, [], 'page').locator(css, options);
  }
  getByTestId(testId) {
    return new Locator(this, [], 'page').getByTestId(testId);
  }
  getByRole(role, options) {
    return new Locator(this, [], 'page').getByRole(role, options);
  }
  getByLabel(label, options) {
    return new Locator(this, [], 'page').getByLabel(label, options);
  }
  getByText(text, options) {
    return new Locator(this, [], 'page').getByText(text, options);
  }

  // Network, through the context's proxy: for every page of this context.
  route(glob, handler) {
    return this._context.route(glob, handler);
  }
  unroute(glob) {
    return this._context.unroute(glob);
  }

  // The window.
  /** The inside of the window (the viewport), as in Playwright: the window is sized around it. */
  async setViewportSize({ width, height }) {
    await this._context._focus(this);
    const inside = () => this._script('return { width: innerWidth, height: innerHeight }');
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const rect = await this._driver.manage().window().getRect();
      const inner = await inside();
      if (inner.width === width && inner.height === height) return;
      // Just after a resize the window may not have its new size yet: measure again.
      const chrome = { width: rect.width - inner.width, height: rect.height - inner.height };
      if (chrome.width >= 0 && chrome.height >= 0) {
        await this._driver.manage().window().setRect({ width: width + chrome.width, height: height + chrome.height });
      }
      await sleep(50);
    }
    const inner = await inside();
    throw new Error(`setViewportSize: het venster werd ${inner.width}×${inner.height} in plaats van ${width}×${height}`);
  }
  async close() {
    await this._context._closePage(this);
  }
}
