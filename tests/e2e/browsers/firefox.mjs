// Firefox: Debian's firefox-esr, driven by playwright-core over WebDriver BiDi (the
// `moz-firefox` channel). Playwright's own patched Firefox would need a download, so this is
// the stock browser our users have. playwright-core 1.65 sends a BiDi command Firefox ESR 153
// does not know; package.json pins 1.64.1.
import { firefox } from 'playwright-core';
import { downloadsFolder } from './downloads-folder.mjs';

export const name = 'firefox';

/** What this driver cannot do, with the reason; the journeys skip exactly these parts. */
export const limitations = {};

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
  typeLikeAUser(Object.getPrototypeOf(page.locator('body')));
  await page.context().close();
  return browser;
}

/**
 * Over BiDi, playwright-core's `fill` sets the field's value from a script. Firefox then never
 * fires `change` when the field loses focus (a user's typing does), and the app saves plan fields
 * on `change`. So here `fill` empties a text field and types the text key by key, as a user does.
 * Other fields (date, select, …) keep Playwright's own `fill`, which fires `change` itself.
 */
function typeLikeAUser(locatorPrototype) {
  if (locatorPrototype.fill.typesLikeAUser) return;
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
    await this.pressSequentially(value, options);
  };
  locatorPrototype.fill.typesLikeAUser = true;
}

/** Runs `action` and returns the file the browser saved: { name, text }. */
export function download(page, action) {
  return page.context().browser().downloads.take(action);
}
