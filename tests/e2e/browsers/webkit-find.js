// Runs in the page under WebKit (served by the context's proxy, after @testing-library/dom): finds
// the elements of a locator the way Playwright does, for the WebKit adapter (webkit-locator.mjs).
// A locator is a list of steps, each applied to every element the step before found:
//   { css }                 querySelectorAll
//   { testId }              [data-testid=…]
//   { role, name, level }   ARIA role and accessible name (@testing-library/dom computes both;
//                           hidden elements are left out, as in Playwright; a file field is a
//                           button, as in Playwright, named by its labels)
//   { label }               aria-labelledby, else aria-label, else the <label>s of a form control
//   { text }                the innermost elements whose text matches
//   { hasText }             keep the elements whose text matches anywhere inside
//   { nth }                 one of them, by index (-1 is the last)
// Text is matched as in Playwright: a string matches case-insensitively anywhere in the
// whitespace-normalised text, or the whole text exactly with `exact`; a RegExp is tested as is.
(() => {
  const dom = window.TestingLibraryDom;
  const normalise = (s) => s.replace(/\s+/g, ' ').trim();

  function matcher({ string, exact, regex }) {
    if (regex) {
      const re = new RegExp(regex.source, regex.flags.replace('g', ''));
      return (text) => re.test(text);
    }
    const wanted = normalise(string);
    if (exact) return (text) => normalise(text) === wanted;
    const lower = wanted.toLowerCase();
    return (text) => normalise(text).toLowerCase().includes(lower);
  }

  const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'HEAD', 'TEMPLATE']);
  const skipped = (el) => SKIPPED.has(el.nodeName) || Boolean(document.head && document.head.contains(el));
  function elementText(el) {
    if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type)) return el.value;
    let out = '';
    for (const node of el.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) out += node.nodeValue;
      else if (node.nodeType === Node.ELEMENT_NODE && !skipped(node)) out += elementText(node);
    }
    return out;
  }

  function labelsOf(el) {
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) {
      const labels = labelledBy.split(/\s+/).map((id) => document.getElementById(id)).filter(Boolean);
      if (labels.length) return labels.map(elementText);
    }
    const ariaLabel = el.getAttribute('aria-label');
    if (ariaLabel && ariaLabel.trim()) return [ariaLabel];
    const labelled = ['BUTTON', 'METER', 'OUTPUT', 'PROGRESS', 'SELECT', 'TEXTAREA'].includes(el.nodeName)
      || (el.nodeName === 'INPUT' && el.type !== 'hidden');
    return labelled && el.labels ? [...el.labels].map(elementText) : [];
  }

  const descendants = (scope) => [...scope.querySelectorAll('*')].filter((el) => !skipped(el));

  const STEPS = {
    css: (scope, { css }) => [...scope.querySelectorAll(css)],
    testId: (scope, { testId }) => [...scope.querySelectorAll(`[data-testid="${CSS.escape(testId)}"]`)],
    role(scope, { role, name, level }) {
      const options = { hidden: false };
      if (name) {
        const matches = matcher(name);
        options.name = (accessibleName) => matches(accessibleName);
      }
      if (level !== undefined) options.level = level;
      const found = dom.queryAllByRole(scope, role, options);
      if (role !== 'button') return found;
      const fileFields = [...scope.querySelectorAll('input[type=file]:not([role])')].filter(
        (el) => !dom.isInaccessible(el) && (!options.name || labelsOf(el).some(options.name)),
      );
      return [...found, ...fileFields];
    },
    label: (scope, { label }) => {
      const matches = matcher(label);
      return descendants(scope).filter((el) => labelsOf(el).some(matches));
    },
    text(scope, { text }) {
      const matches = matcher(text);
      // As in Playwright, the scope itself may be the match.
      const candidates = scope.nodeType === Node.ELEMENT_NODE && !skipped(scope) ? [scope, ...descendants(scope)] : descendants(scope);
      const hits = candidates.filter((el) => matches(elementText(el)));
      const hitSet = new Set(hits);
      // The innermost: an element whose child element matches too is left out.
      return hits.filter((el) => ![...el.children].some((child) => hitSet.has(child)));
    },
    hasText(scope, { hasText }) {
      const matches = matcher(hasText);
      return matches(elementText(scope)) ? [scope] : [];
    },
  };

  function find(steps) {
    let found = [document];
    for (const step of steps) {
      if ('nth' in step) {
        const el = step.nth < 0 ? found[found.length + step.nth] : found[step.nth];
        found = el ? [el] : [];
        continue;
      }
      const kind = Object.keys(STEPS).find((k) => k in step);
      const next = new Set();
      for (const scope of found) for (const el of STEPS[kind](scope, step)) next.add(el);
      // Document order, as Playwright returns them.
      found = [...next].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    }
    return found.filter((el) => el !== document);
  }

  /** Playwright's visibility: a non-empty box and not visibility:hidden. */
  function isVisible(el) {
    const style = getComputedStyle(el);
    if (style.display === 'contents') return [...el.children].some(isVisible);
    if (el.checkVisibility && !el.checkVisibility()) return false;
    if (style.visibility !== 'visible') return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  }

  function isDisabled(el) {
    if (['BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION', 'OPTGROUP', 'FIELDSET'].includes(el.nodeName) && el.matches(':disabled')) return true;
    return Boolean(el.closest('[aria-disabled=true]'));
  }

  const describe = (el) => el.outerHTML.slice(0, 120);

  Object.defineProperty(window, '__e2eFind', {
    value: Object.freeze({ find, isVisible, isDisabled, elementText, describe }),
  });
})();
