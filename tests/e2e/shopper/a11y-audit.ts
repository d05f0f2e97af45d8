// An in-page accessibility check for the shopper surfaces (no axe here): lists every interactive
// element — through shadow roots — with its accessible name, and every visible text whose contrast
// with its effective background is below 4.5:1 (colours from getComputedStyle). Tab reachability
// is checked by the test with the real keyboard, using activeIndex().
import type { Page } from "playwright-core";

const SCRIPT = String.raw`
(() => {
  const INTERACTIVE = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  const roots = () => {
    const out = [document];
    for (let i = 0; i < out.length; i++) for (const el of out[i].querySelectorAll('*')) if (el.shadowRoot) out.push(el.shadowRoot);
    return out;
  };
  const visible = (el) => {
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none' && el.getClientRects().length > 0;
  };
  const flatText = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    if (node.getAttribute('aria-hidden') === 'true' || /^(script|style|template)$/.test(node.localName)) return '';
    if (node.localName === 'slot') return node.assignedNodes({ flatten: true }).map(flatText).join('');
    if (node.localName === 'img') return node.getAttribute('alt') || '';
    return [...(node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes)].map(flatText).join('');
  };
  const clean = (text) => text.replace(/\s+/g, ' ').trim();
  const accessibleName = (el) => {
    const root = el.getRootNode();
    const ids = el.getAttribute('aria-labelledby');
    if (ids) return clean(ids.split(/\s+/).map((id) => root.getElementById ? root.getElementById(id) : document.getElementById(id)).filter(Boolean).map(flatText).join(' '));
    const label = el.getAttribute('aria-label');
    if (label && label.trim()) return label.trim();
    if (el.labels && el.labels.length) return clean([...el.labels].map(flatText).join(' '));
    if (/^(a|button|summary)$/.test(el.localName)) { const text = clean(flatText(el)); if (text) return text; }
    return clean(el.getAttribute('title') || '');
  };
  const interactive = () => roots().flatMap((root) => [...root.querySelectorAll(INTERACTIVE)])
    .filter((el) => !el.disabled && visible(el) && !el.closest('[aria-hidden="true"]'));
  const deepActive = () => { let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; return a; };

  const parseColor = (value) => {
    const m = /rgba?\(([^)]+)\)/.exec(value);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const over = (top, bottom) => ({ r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a), b: top.b * top.a + bottom.b * (1 - top.a), a: 1 });
  const flatParent = (node) => node.assignedSlot || (node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode);
  const backgroundOf = (el) => {
    const layers = [];
    for (let n = el; n && n.nodeType === Node.ELEMENT_NODE; n = flatParent(n)) {
      const color = parseColor(getComputedStyle(n).backgroundColor);
      if (color && color.a > 0) { layers.push(color); if (color.a >= 1) break; }
    }
    return layers.reverse().reduce((below, layer) => over(layer, below), { r: 255, g: 255, b: 255, a: 1 });
  };
  const luminance = ({ r, g, b }) => {
    const c = (v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
  };
  const ratio = (a, b) => { const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x); return (hi + 0.05) / (lo + 0.05); };
  const contrast = () => {
    const problems = [];
    let checked = 0;
    for (const root of roots()) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        const parent = text.parentElement || (text.parentNode instanceof ShadowRoot ? text.parentNode.host : null);
        if (!text.data.trim() || !parent || parent.closest('script,style,noscript,template')) continue;
        const range = document.createRange();
        range.selectNodeContents(text);
        if (!range.getClientRects().length || !visible(parent)) continue;
        const background = backgroundOf(parent);
        const color = parseColor(getComputedStyle(parent).color);
        const value = ratio(over(color, background), background);
        checked++;
        if (value < 4.5) problems.push({ text: clean(text.data).slice(0, 60), ratio: Math.round(value * 100) / 100, color: getComputedStyle(parent).color });
      }
    }
    return { checked, problems };
  };

  window.__porchlightA11y = {
    audit: () => {
      const elements = interactive();
      window.__porchlightA11yTargets = elements;
      return {
        interactive: elements.map((el) => ({ tag: el.localName, name: accessibleName(el) })),
        contrast: contrast(),
      };
    },
    activeIndex: () => (window.__porchlightA11yTargets || []).indexOf(deepActive()),
    activeName: () => { const el = deepActive(); return el && el !== document.body ? accessibleName(el) : null; },
  };
})();
`;

export interface AuditResult {
  interactive: Array<{ tag: string; name: string }>;
  contrast: { checked: number; problems: Array<{ text: string; ratio: number; color: string }> };
  /** Indexes (into `interactive`) that Tab never reached. */
  unreachable: number[];
}

async function install(page: Page): Promise<void> {
  if (!(await page.evaluate("Boolean(window.__porchlightA11y)"))) await page.addScriptTag({ content: SCRIPT });
}

/** The accessible name of the element that has focus (through shadow roots), or null. */
export async function focusedName(page: Page): Promise<string | null> {
  await install(page);
  return (await page.evaluate("window.__porchlightA11y.activeName()")) as string | null;
}

/** Audits the page, then presses Tab through it to see which interactive elements it reaches. */
export async function auditPage(page: Page): Promise<AuditResult> {
  await install(page);
  const result = (await page.evaluate("window.__porchlightA11y.audit()")) as Omit<AuditResult, "unreachable">;
  await page.evaluate("document.activeElement && document.activeElement.blur && document.activeElement.blur()");
  const reached = new Set<number>();
  for (let i = 0; i < result.interactive.length + 3; i++) {
    await page.keyboard.press("Tab");
    const index = (await page.evaluate("window.__porchlightA11y.activeIndex()")) as number;
    if (index >= 0) reached.add(index);
  }
  const unreachable = result.interactive.map((_, index) => index).filter((index) => !reached.has(index));
  return { ...result, unreachable };
}
