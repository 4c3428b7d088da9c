// DOM building without innerHTML: everything that comes from mail becomes text nodes.
import { navigate } from './router.js';

/** An element with attributes (on* keys become listeners) and children (strings become text). */
export function el(tag, attrs = {}, ...children) {
  return build(document.createElement(tag), attrs, children);
}

const SVG = 'http://www.w3.org/2000/svg';
export function svg(tag, attrs = {}, ...children) {
  return build(document.createElementNS(SVG, tag), attrs, children);
}

function build(node, attrs, children) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.setAttribute('class', v);
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c !== null && c !== undefined && c !== false) node.append(c instanceof Node ? c : String(c));
  }
  return node;
}

/**
 * A search snippet: the server escapes the text and adds only <mark> around matches. Exactly that tag
 * becomes an element; everything else is decoded and appended as text, so no markup can slip in.
 */
export function snippetNode(html) {
  const span = el('span', { class: 'snippet', dir: 'auto' });
  let target = span;
  for (const part of String(html || '').split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') { target = el('mark'); span.append(target); }
    else if (part === '</mark>') target = span;
    else if (part) target.append(decodeEntities(part));
  }
  return span;
}

const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Character references back to characters (the highlighter writes &#x2F; and friends). */
export function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

export function loading(text) {
  return el('p', { class: 'loading', id: 'loading', role: 'status' }, text);
}

/** An error box that shows the API's own explanation (its `detail`). */
export function errorBox(title, error, id = 'error') {
  return el('div', { class: 'error', id, role: 'alert' }, el('strong', {}, title), ': ', error.message);
}

/** Client-side navigation for links inside the app (keeps modifier-clicks opening new tabs). */
export function appLink(href, attrs, ...children) {
  return el('a', { ...attrs, href, onclick: (e) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  } }, ...children);
}

let renders = 0;
/**
 * Marks the view as taken by a new render. The returned check turns false once a newer render took
 * it, so a slow answer for a page the user already left never overwrites the page they are on.
 */
export function claim(view) {
  const token = String(++renders);
  view.dataset.render = token;
  return () => view.dataset.render === token;
}
