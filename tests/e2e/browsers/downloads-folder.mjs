// Downloads as files on disk: for drivers that report no download event (Firefox ESR over
// BiDi, see firefox.mjs; WebKitWebDriver has none at all), the browser saves into a folder of
// our own and we wait for the new, complete file there. What we read is what the user gets.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Names browsers give a download that is still being written.
const UNFINISHED = /\.(part|download|wkdownload|crdownload)$/;

export function downloadsFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-downloads-'));
  return {
    dir,
    /** Runs `action` (a click) and resolves to the file it made the browser save: { name, text, bytes }. */
    async take(action, { timeout = 15_000 } = {}) {
      const before = new Set(readdirSync(dir));
      await action();
      const deadline = Date.now() + timeout;
      let seen = new Map();
      while (Date.now() < deadline) {
        await new Promise((wake) => setTimeout(wake, 100));
        const sizes = new Map(
          readdirSync(dir)
            .filter((name) => !before.has(name) && !UNFINISHED.test(name) && !name.startsWith('.'))
            .map((name) => [name, statSync(join(dir, name))])
            .filter(([, stat]) => stat.isFile())
            .map(([name, stat]) => [name, stat.size]),
        );
        // Done when a new file kept its size for one more look and nothing is still being written.
        const unfinished = readdirSync(dir).some((name) => UNFINISHED.test(name));
        const done = [...sizes].find(([name, size]) => seen.get(name) === size);
        if (done && !unfinished) {
          const [name] = done;
          const bytes = readFileSync(join(dir, name));
          // Away again, so a second download of the same name is not renamed by the browser.
          unlinkSync(join(dir, name));
          return { name, text: bytes.toString('utf8'), bytes };
        }
        seen = sizes;
      }
      throw new Error(`Geen download in ${dir} binnen ${timeout} ms`);
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
