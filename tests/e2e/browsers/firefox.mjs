// Firefox: Debian's firefox-esr, driven by playwright-core over WebDriver BiDi (the
// `moz-firefox` channel). Playwright's own patched Firefox would need a download, so this is
// the stock browser our users have. playwright-core 1.65 sends a BiDi command Firefox ESR 153
// does not know; package.json pins 1.64.1.
import { firefox } from 'playwright-core';
import { downloadsFolder } from './downloads-folder.mjs';

export const name = 'firefox';

/** What this driver cannot do, with the reason; the journeys skip exactly these parts. */
export const limitations = {
  'print-media':
    "playwright-core 1.64's emulateMedia does nothing over BiDi, and 1.65 sends emulation.setMediaFeaturesOverride, which Firefox ESR 153 does not know",
};

export async function launch() {
  // Firefox ESR 153 announces a download without the id playwright-core 1.64 waits for
  // (`browsingContext.downloadWillBegin` with `navigation: null` and no `download`), so no
  // download event ever fires. The files are saved all the same: we read them from disk.
  const downloads = downloadsFolder();
  const browser = await firefox.launch({
    channel: 'moz-firefox',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,
    downloadsPath: downloads.dir,
  });
  browser.downloads = downloads;
  browser.on('disconnected', () => downloads.remove());
  const page = await browser.newPage();
  fillAsAUserEdit(Object.getPrototypeOf(page.locator('body')));
  await page.context().close();
  return browser;
}

/**
 * Over BiDi, playwright-core's `fill` sets a text field's value from a script. Firefox then never
 * fires `change` when the field loses focus (it does after a user's edit), and the app saves plan
 * fields on `change`. So here `fill` waits and empties the field as Playwright does, then puts the
 * text in with the browser's own editing command, which Firefox counts as the user's edit (as
 * Chromium's `fill` does through the DevTools protocol). Other fields (date, select, …) keep
 * Playwright's own `fill`, which fires `change` itself.
 */
function fillAsAUserEdit(locatorPrototype) {
  if (locatorPrototype.fill.asAUserEdit) return;
  const fill = locatorPrototype.fill;
  const TEXT_TYPES = ['text', 'search', 'email', 'tel', 'url', 'password'];
  locatorPrototype.fill = async function (value, options) {
    const typed = await this.evaluate(
      (el, types) => el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && types.includes(el.type)),
      TEXT_TYPES,
      options,
    );
    if (!typed) return fill.call(this, value, options);
    await fill.call(this, '', options);
    if (value === '') return;
    await this.evaluate((el, text) => {
      el.focus();
      el.select();
      document.execCommand('insertText', false, text);
    }, value, options);
  };
  locatorPrototype.fill.asAUserEdit = true;
}

/** Runs `action` and returns the file the browser saved: { name, text, bytes }. */
export function download(page, action) {
  return page.context().browser().downloads.take(action);
}
