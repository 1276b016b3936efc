// What the CPA Cockpit plugins share: their texts in the page's language, and the few DOM helpers they draw with.

import {language} from '../../cpa/language.js';

/**
 * t(key, ...args) for a plugin's dictionary ({key: {en: …, fr: …}}): the text in the page's language (the
 * person's choice, else the browser's; see ../../cpa/language.js); a text with blanks to fill is a function of them
 */
export function translator(texts) {
  return (key, ...args) => {
    const text = texts[key][language] ?? texts[key].en;
    return typeof text === 'function' ? text(...args) : text;
  };
}

/** an element with its attributes (an undefined or null one left out) and children (nodes, or text) */
export function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== undefined && value !== null) {
      node.setAttribute(name, value);
    }
  });
  children.forEach(child => node.append(child instanceof Node ? child : String(child ?? '')));
  return node;
}

/** a Cockpit table; a header is a text, or {label, num} for a right-aligned number column */
export function table(className, headers, rows) {
  return el('table', {class: 'cam-table ' + className},
    el('thead', {}, el('tr', {}, ...headers.map(h => el('th', {class: h.num ? 'cpa-num' : null}, h.label || h)))),
    el('tbody', {}, ...rows));
}
