// LibreOffice for the end-to-end tests: convert a downloaded .odt or .docx with soffice (Debian's
// libreoffice-writer-nogui, installed by `make setup`) and read its structure from flat ODF XML
// (.fodt), which is LibreOffice's own account of what it loaded.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// A profile of our own, kept between runs (a new one costs a few seconds) and apart from any
// LibreOffice the user runs.
const PROFILE = resolve(dirname(fileURLToPath(import.meta.url)), '.artifacts', 'libreoffice-profile');
const TIMEOUT_MS = 120_000;

// soffice's plain-text filter writes the system's encoding unless told otherwise.
const FILTERS = { txt: 'txt:Text (encoded):UTF8' };

/**
 * Converts `files` (one path or several) to `format` ('fodt', 'txt', 'pdf', …) in one soffice
 * call, into a fresh temporary folder. Resolves to the converted path, or paths for an array.
 */
export async function convert(files, format, { outDir = mkdtempSync(join(tmpdir(), 'zelfevaluatie-soffice-')) } = {}) {
  const list = Array.isArray(files) ? files : [files];
  mkdirSync(PROFILE, { recursive: true });
  const args = [
    `-env:UserInstallation=file://${PROFILE}`,
    '--headless', '--norestore', '--nolockcheck',
    '--convert-to', FILTERS[format] ?? format,
    '--outdir', outDir,
    ...list,
  ];
  await new Promise((done, fail) => {
    execFile('soffice', args, { timeout: TIMEOUT_MS }, (error, stdout, stderr) => {
      if (error?.code === 'ENOENT') {
        fail(new Error('LibreOffice (soffice) ontbreekt: voer `make setup` uit. / soffice is missing: run `make setup`.'));
      } else if (error) {
        fail(new Error(`soffice failed: ${error.message}\n${stdout}\n${stderr}`));
      } else {
        done();
      }
    });
  });
  const extension = format.split(':')[0];
  const outputs = list.map((file) => join(outDir, `${basename(file, extname(file))}.${extension}`));
  return Array.isArray(files) ? outputs : outputs[0];
}

function attributes(tag) {
  const found = {};
  for (const [, name, value] of tag.matchAll(/([\w:.-]+)="([^"]*)"/g)) found[name] = decode(value);
  return found;
}

function decode(text) {
  return text
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, decimal) => String.fromCodePoint(Number(decimal)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text of an ODF paragraph's content: spaces, tabs and line breaks as the user typed them. */
function inlineText(xml) {
  const expanded = xml
    .replace(/<text:s\s*\/>/g, ' ')
    .replace(/<text:s text:c="(\d+)"\s*\/>/g, (_, count) => ' '.repeat(Number(count)))
    .replace(/<text:tab\s*\/>/g, '\t')
    .replace(/<text:line-break\s*\/>/g, '\n')
    .replace(/<[^>]+>/g, '');
  return decode(expanded);
}

/** Paragraph styles by name: `{ name, displayName, parent, outlineLevel, automatic }`. */
function paragraphStyles(fodt) {
  const automaticStart = fodt.indexOf('<office:automatic-styles');
  const automaticEnd = fodt.indexOf('</office:automatic-styles>');
  const styles = new Map();
  for (const match of fodt.matchAll(/<style:style\b([^>]*)>/g)) {
    const found = attributes(match[1]);
    if (found['style:family'] !== 'paragraph') continue;
    styles.set(found['style:name'], {
      name: found['style:name'],
      displayName: found['style:display-name'] ?? found['style:name'],
      parent: found['style:parent-style-name'],
      outlineLevel: found['style:default-outline-level'] ? Number(found['style:default-outline-level']) : undefined,
      automatic: match.index > automaticStart && match.index < automaticEnd,
    });
  }
  return styles;
}

/**
 * The headings of a .fodt in order: `{ level, text, style }`, where `style` is the display name
 * of the named paragraph style (through an automatic style, e.g. "Heading 1") and `level` the
 * heading's outline level.
 */
export function headingsFromFodt(fodt) {
  const styles = paragraphStyles(fodt);
  const headings = [];
  for (const [, tag, content] of fodt.matchAll(/<text:h\b([^>]*?)(?:\/>|>([\s\S]*?)<\/text:h>)/g)) {
    const found = attributes(tag);
    let style = styles.get(found['text:style-name']);
    if (style?.automatic && style.parent) style = styles.get(style.parent);
    headings.push({
      level: Number(found['text:outline-level']),
      text: inlineText(content ?? ''),
      style: style?.displayName,
      styleOutlineLevel: style?.outlineLevel,
    });
  }
  return headings;
}

/**
 * The document's language: `{ defaultStyle, metadata }`, e.g. both 'nl-NL', from the default
 * paragraph style (fo:language, fo:country) and from dc:language.
 */
export function languageFromFodt(fodt) {
  const defaults = fodt.match(/<style:default-style style:family="paragraph">([\s\S]*?)<\/style:default-style>/);
  const text = defaults && defaults[1].match(/<style:text-properties\b([^>]*)\/?>/);
  const found = text ? attributes(text[1]) : {};
  const defaultStyle = found['fo:language'] && [found['fo:language'], found['fo:country']].filter(Boolean).join('-');
  const metadata = fodt.match(/<dc:language>([^<]*)<\/dc:language>/)?.[1];
  return { defaultStyle, metadata };
}
