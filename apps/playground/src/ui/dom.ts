/** A child of {@link h}: nodes, text, or nothing (skipped). */
export type Child = Node | string | null | undefined | false;

/** Attribute values: `true` sets an empty attribute, `false`/`undefined` leave it out. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/**
 * Creates an element. Text always goes in as text nodes, never as HTML, so values and messages
 * from the API cannot inject markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, ...children);
  return element;
}

/** Appends children to a parent, skipping empty ones. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** The element with `id`, of the expected type, or an error naming what the page lacks. */
export function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`The page has no ${type.name} #${id}.`);
  return element;
}

/**
 * Wraps a wide table in a region that scrolls sideways on narrow screens instead of widening
 * the page. It is focusable so keyboard users can scroll it, and named after the table.
 */
export function scrollable(table: HTMLTableElement, label: string): HTMLDivElement {
  return h('div', { class: 'app-table-scroll', role: 'region', 'aria-label': label, tabindex: 0 }, table);
}
