// Playwright's Locator for the WebKit adapter: the same calls the journeys make on Chromium and
// Firefox, carried out over WebDriver classic. Elements are found in the page by webkit-find.js.
// As in Playwright, a locator is lazy (found anew on each call), actions and single-element
// reads wait up to the timeout for the element and fail when more than one element matches
// (strict mode), and `count`, `isVisible`, `allTextContents` and `evaluateAll` do not wait.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TIMEOUT = 30_000;
const POLL = 50;

/** A string or RegExp as the finder expects it. */
export function textMatch(value, exact) {
  return value instanceof RegExp ? { regex: { source: value.source, flags: value.flags } } : { string: String(value), exact: Boolean(exact) };
}

const sleep = (ms) => new Promise((wake) => setTimeout(wake, ms));

/**
 * The paths WebDriver needs for a file field: a path as it is, Playwright's { name, mimeType,
 * buffer } written to a file of that name first; one or a list.
 */
function filePaths(files) {
  return (Array.isArray(files) ? files : [files]).map((file) => {
    if (typeof file === 'string') return file;
    const path = join(mkdtempSync(join(tmpdir(), 'e2e-upload-')), file.name);
    writeFileSync(path, file.buffer);
    return path;
  });
}

/**
 * Gives the file field (a WebDriver element) exactly these files, as Playwright's setInputFiles
 * does. WebDriver's Element Send Keys takes several files as one text, a line per path, and adds
 * them to those already chosen in a field with `multiple`: the field is emptied first.
 */
export async function setFieldFiles(page, field, files) {
  const paths = filePaths(files);
  await page._script(
    `const field = arguments[0];
     field.value = '';
     if (arguments[1]) { field.dispatchEvent(new Event('input', { bubbles: true })); field.dispatchEvent(new Event('change', { bubbles: true })); }`,
    field,
    paths.length === 0,
  );
  if (paths.length > 0) await page._act(() => field.sendKeys(paths.join('\n')), 'setInputFiles');
}

export class Locator {
  constructor(page, steps, description) {
    this._page = page;
    this._steps = steps;
    this._description = description;
  }

  _with(step, description) {
    return new Locator(this._page, [...this._steps, step], `${this._description}.${description}`);
  }

  /** CSS, and as in Playwright `{ hasText }` keeps the elements with that text inside. */
  locator(css, { hasText } = {}) {
    const found = this._with({ css }, `locator(${css})`);
    return hasText === undefined ? found : found.filter({ hasText });
  }
  getByTestId(testId) {
    return this._with({ testId }, `getByTestId(${testId})`);
  }
  getByRole(role, { name, exact, level } = {}) {
    return this._with({ role, ...(name !== undefined ? { name: textMatch(name, exact) } : {}), level }, `getByRole(${role}, ${name ?? ''})`);
  }
  getByLabel(label, { exact } = {}) {
    return this._with({ label: textMatch(label, exact) }, `getByLabel(${label})`);
  }
  getByText(text, { exact } = {}) {
    return this._with({ text: textMatch(text, exact) }, `getByText(${text})`);
  }
  filter({ hasText }) {
    return this._with({ hasText: textMatch(hasText, false) }, `filter(${hasText})`);
  }
  first() {
    return this._with({ nth: 0 }, 'first()');
  }
  last() {
    return this._with({ nth: -1 }, 'last()');
  }
  nth(index) {
    return this._with({ nth: index }, `nth(${index})`);
  }

  /**
   * Runs `body` (the source of a function of the element and `arg`) in the page on the one
   * matching element. Resolves to { count, value }: value only when exactly one matched.
   */
  _onOne(body, arg) {
    return this._page._script(
      `const found = window.__e2eFind.find(arguments[0]);
       if (found.length !== 1) return { count: found.length, matches: found.slice(0, 3).map(window.__e2eFind.describe) };
       return Promise.resolve((${body})(found[0], arguments[1])).then((value) => ({ count: 1, value }));`,
      this._steps,
      arg,
    );
  }

  /** Waits until exactly one element matches and `body` returns something other than undefined. */
  async _waitForOne(body, arg, what, { timeout = TIMEOUT } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      last = await this._onOne(body, arg);
      if (last.count > 1) {
        throw new Error(`strict mode violation: ${this._description} gaf ${last.count} elementen: ${last.matches.join(' | ')}`);
      }
      if (last.count === 1 && last.value !== undefined && last.value !== null) return last.value;
      if (Date.now() > deadline) {
        throw new Error(`${what}: Timeout ${timeout}ms exceeded waiting for ${this._description}` + (last.count === 1 ? ' (found, but not ready)' : ''));
      }
      await sleep(POLL);
    }
  }

  // Reading.
  textContent() {
    return this._waitForOne('(el) => ({ v: el.textContent })', undefined, 'textContent').then((r) => r.v);
  }
  innerText() {
    return this._waitForOne('(el) => ({ v: el.innerText })', undefined, 'innerText').then((r) => r.v);
  }
  inputValue() {
    return this._waitForOne('(el) => ({ v: el.value })', undefined, 'inputValue').then((r) => r.v);
  }
  getAttribute(name) {
    return this._waitForOne('(el, name) => ({ v: el.getAttribute(name) })', name, 'getAttribute').then((r) => r.v);
  }
  isChecked() {
    return this._waitForOne(
      `(el) => {
        if (!(el instanceof HTMLInputElement) || !['checkbox', 'radio'].includes(el.type)) throw new Error('Not a checkbox or radio button');
        return { v: el.checked };
      }`,
      undefined,
      'isChecked',
    ).then((r) => r.v);
  }
  isDisabled() {
    return this._waitForOne('(el) => ({ v: window.__e2eFind.isDisabled(el) })', undefined, 'isDisabled').then((r) => r.v);
  }
  boundingBox() {
    return this._waitForOne(
      `(el) => {
        const box = el.getBoundingClientRect();
        return { v: box.width === 0 && box.height === 0 ? false : { x: box.x, y: box.y, width: box.width, height: box.height } };
      }`,
      undefined,
      'boundingBox',
    ).then((r) => r.v || null);
  }
  evaluate(fn, arg) {
    return this._waitForOne(`(el, arg) => Promise.resolve((${fn})(el, arg)).then((v) => ({ v }))`, arg, 'evaluate').then((r) => r.v);
  }
  async isVisible() {
    const { count, value, matches } = await this._onOne('(el) => window.__e2eFind.isVisible(el)');
    if (count > 1) throw new Error(`strict mode violation: ${this._description} gaf ${count} elementen: ${matches.join(' | ')}`);
    return count === 1 && value;
  }
  count() {
    return this._page._script('return window.__e2eFind.find(arguments[0]).length', this._steps);
  }
  allTextContents() {
    return this._page._script('return window.__e2eFind.find(arguments[0]).map((el) => el.textContent)', this._steps);
  }
  evaluateAll(fn, arg) {
    return this._page._script(`return (${fn})(window.__e2eFind.find(arguments[0]), arguments[1])`, this._steps, arg);
  }

  /** Playwright's states: attached, detached, visible (the default) and hidden. */
  async waitFor({ state = 'visible', timeout = TIMEOUT } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const { count, value, matches } = await this._onOne('(el) => window.__e2eFind.isVisible(el)');
      if (count > 1 && state !== 'detached' && state !== 'hidden') {
        throw new Error(`strict mode violation: ${this._description} gaf ${count} elementen: ${matches.join(' | ')}`);
      }
      const done = { attached: count === 1, detached: count === 0, visible: count === 1 && value, hidden: count === 0 || (count === 1 && !value) }[state];
      if (done) return;
      if (Date.now() > deadline) throw new Error(`waitFor(${state}): Timeout ${timeout}ms exceeded waiting for ${this._description}`);
      await sleep(POLL);
    }
  }

  // Acting.
  /** The one element, once visible and enabled, as a WebDriver element (its click scrolls it into view). */
  _actionable(what) {
    return this._waitForOne(
      `(el) => (window.__e2eFind.isVisible(el) && !window.__e2eFind.isDisabled(el) ? el : undefined)`,
      undefined,
      what,
    );
  }

  async click() {
    const deadline = Date.now() + TIMEOUT;
    for (;;) {
      const element = await this._actionable('click');
      try {
        await this._page._act(() => element.click(), `${this._description}.click()`);
        return;
      } catch (error) {
        // Covered by something else, or moved away mid-click: Playwright retries these too.
        if (Date.now() > deadline || !/intercepted|not interactable|stale/i.test(error.message)) throw error;
        await sleep(POLL);
      }
    }
  }

  /**
   * The pointer moved onto the element, through WebDriver actions, as Playwright's hover. The
   * element is scrolled into view first (as Playwright does): WebDriver refuses a move to a
   * point outside the viewport.
   */
  async hover() {
    const element = await this._actionable('hover');
    const driver = this._page._driver;
    await this._page._act(async () => {
      await driver.executeScript('arguments[0].scrollIntoView({ block: "center", inline: "center" })', element);
      await driver.actions().move({ origin: element }).perform();
    }, `${this._description}.hover()`);
  }

  async _setChecked(checked) {
    const state = () => this._waitForOne('(el) => ({ v: el.checked })', undefined, 'check').then((r) => r.v);
    if ((await state()) === checked) return;
    await this.click();
    if ((await state()) !== checked) throw new Error(`${checked ? 'check' : 'uncheck'}: ${this._description} veranderde niet`);
  }
  check() {
    return this._setChecked(true);
  }
  uncheck() {
    return this._setChecked(false);
  }

  /**
   * As Playwright's fill does in Chromium: a text field's text is selected and replaced in one
   * go by the browser's own editing command, which the browser counts as the user's edit (so
   * `change` fires when focus leaves). Typing key by key instead would race the app, which moves
   * the focus to the page heading just after a page opens. Other inputs, such as a date: value
   * set and input + change fired, as Playwright does for them.
   */
  async fill(value) {
    await this._waitForOne(
      `(el, value) => {
        if (!window.__e2eFind.isVisible(el) || window.__e2eFind.isDisabled(el)) return undefined;
        el.focus();
        const typed = el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && ['text', 'search', 'email', 'tel', 'url', 'password', 'number'].includes(el.type));
        if (!typed) {
          el.value = value;
          el.dispatchEvent(new Event('input', { bubbles: true }));
          el.dispatchEvent(new Event('change', { bubbles: true }));
          return true;
        }
        el.select();
        document.execCommand(value === '' ? 'delete' : 'insertText', false, value);
        const expected = el instanceof HTMLInputElement ? value.replace(/[\\r\\n]/g, '') : value;
        return el.value === expected ? true : undefined;
      }`,
      value,
      'fill',
    );
  }

  async pressSequentially(text, { delay = 0 } = {}) {
    await this._waitForOne('(el) => { el.focus(); return true; }', undefined, 'pressSequentially');
    await this._page.keyboard._type(text, delay);
  }
  async focus() {
    await this._waitForOne('(el) => { el.focus(); return true; }', undefined, 'focus');
  }
  async blur() {
    await this._waitForOne('(el) => { el.blur(); return true; }', undefined, 'blur');
  }

  /** By value, or `{ label }`; fires input and change as Playwright does. */
  async selectOption(option) {
    const wanted = typeof option === 'string' ? { value: option } : option;
    await this._waitForOne(
      `(el, wanted) => {
        if (!window.__e2eFind.isVisible(el) || window.__e2eFind.isDisabled(el)) return undefined;
        const match = [...el.options].find((o) => (wanted.value !== undefined ? o.value === wanted.value : o.label === wanted.label));
        if (!match) return undefined;
        el.focus();
        match.selected = true;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
        return true;
      }`,
      wanted,
      'selectOption',
    );
  }

  /** Paths, or Playwright's { name, mimeType, buffer }, one or a list (see filePaths). */
  async setInputFiles(files) {
    const field = await this._waitForOne('(el) => (el instanceof HTMLInputElement && el.type === "file" ? el : undefined)', undefined, 'setInputFiles');
    await setFieldFiles(this._page, field, files);
  }
}
