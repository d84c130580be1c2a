// Chromium: Debian's chromium, driven by playwright-core over the DevTools protocol. The
// reference browser: everything the journeys use works here.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export const name = 'chromium';

/** What this driver cannot do, with the reason; the journeys skip exactly these parts. */
export const limitations = {};

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: FLAGS });
}

/** Runs `action` and returns the file the page offered: { name, text, bytes }. */
export async function download(page, action) {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  const bytes = readFileSync(await file.path());
  return { name: file.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}
