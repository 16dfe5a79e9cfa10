/**
 * DOM for one search result. Text only ever goes in as text nodes: titles,
 * excerpts and metadata come from the index and are never parsed as HTML.
 */
import type { SearchResultView } from '../../lib/search/result.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function fact(label: string, value: Node | string): HTMLLIElement {
  const item = element('li');
  item.append(element('span', 'search-fact-label', `${label}: `), value);
  return item;
}

/** One result as a list item: heading link, facts (type, unit, date, status), excerpt. */
export function renderResult(view: SearchResultView): HTMLLIElement {
  const item = element('li', 'search-result');
  const heading = element('h3', 'search-result-title');
  const link = element('a', undefined, view.title);
  link.href = view.url;
  heading.append(link);
  item.append(heading);

  const facts = element('ul', 'search-result-facts');
  if (view.typeLabel) facts.append(element('li', 'search-result-type', view.typeLabel));
  if (view.units) facts.append(fact('Đơn vị', view.units));
  if (view.dateText && view.date) {
    const time = element('time', undefined, view.dateText);
    time.dateTime = view.date;
    facts.append(fact(view.dateLabel ?? 'Ngày', time));
  }
  if (view.statusLabel && view.status) facts.append(fact('Trạng thái', element('span', `search-status search-status-${view.status}`, view.statusLabel)));
  if (view.demo) facts.append(element('li', 'search-result-demo', 'Minh họa'));
  item.append(facts);

  if (view.excerpt.length > 0) {
    const excerpt = element('p', 'search-result-excerpt');
    for (const segment of view.excerpt) {
      excerpt.append(segment.mark ? element('mark', undefined, segment.text) : document.createTextNode(segment.text));
    }
    item.append(excerpt);
  }
  return item;
}
