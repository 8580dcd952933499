// The quality report as one self-contained HTML page: styles inline, charts as SVG, no
// script and nothing fetched. Rows and per-standard sections are written as the
// standards are checked, before the suite's language is known, so their few fixed
// words are placeholders (`word`) filled in when the page is put together.

import type { Lang } from '../../core';
import { ruleChart, standardChart } from './charts';
import { total, type Standard, type Totals } from './figures';
import { SEVERITY_COLUMNS, SEVERITY_KEYS, STRINGS, type StringKey } from './strings';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe inside HTML; control characters (which HTML forbids) as references. */
export function escape(text: string): string {
  return text.replace(/[&<>"']|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, (c) => ENTITIES[c] ?? `&#${c.charCodeAt(0)};`);
}

/** A word of the page, filled in later in the page's language. */
const word = (key: StringKey) => `\u0001${key}\u0002`;
const PLACEHOLDER = /\u0001(\w+)\u0002/g;

export function localise(html: string, lang: Lang): string {
  return html.replace(PLACEHOLDER, (_, key: string) => escape(STRINGS[key as StringKey][lang]));
}

const STYLE = `
:root { color-scheme: light; --ink: #1d2733; --muted: #5b6875; --line: #d9dee4; --error: #c62828; --warning: #ef8f00; --information: #1e88e5; --hint: #757575; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f4f6f8; }
main { max-width: 1100px; margin: 0 auto; padding: 24px 28px 64px; background: #fff; }
h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 20px; margin: 36px 0 12px; } h3 { font-size: 16px; margin: 28px 0 6px; }
.intro, .path { color: var(--muted); margin: 0 0 12px; } .path { font-size: 13px; word-break: break-all; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 20px 0; padding: 0; list-style: none; }
.cards li { flex: 1 1 140px; border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.cards b { display: block; font-size: 28px; line-height: 1.2; } .cards span { color: var(--muted); font-size: 13px; }
.cards .s1 b { color: var(--error); } .cards .s2 b { color: var(--warning); } .cards .s3 b { color: var(--information); } .cards .s4 b { color: var(--hint); }
.charts { display: grid; gap: 24px; } .charts figure { margin: 0; } .charts h2, .charts h3 { margin: 8px 0; font-size: 16px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
th { background: #eef1f4; position: sticky; top: 0; } td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.zero { color: #b0b8c0; } tbody tr:hover { background: #f7f9fb; }
.sev { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
.s1 .sev, .sev.s1 { color: var(--error); } .sev.s2 { color: var(--warning); } .sev.s3 { color: var(--information); } .sev.s4 { color: var(--hint); }
code { font-size: 13px; } mark { background: #fff1a8; padding: 0 1px; }
.context { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; color: var(--muted); white-space: pre-wrap; word-break: break-word; }
.context mark { color: var(--ink); } .back { font-size: 13px; }
`;

function cards(totals: Totals, lang: Lang): string {
  const card = (value: number, label: string, cls = '') => `<li class="${cls}"><b>${value.toLocaleString('en-GB')}</b><span>${escape(label)}</span></li>`;
  return `<ul class="cards" id="summary">${card(totals.standards, STRINGS.standards[lang])}${SEVERITY_COLUMNS.map((key, s) =>
    card(totals.counts[s], STRINGS[key][lang], `s${s + 1}`)).join('')}${totals.unread ? card(totals.unread, STRINGS.unread[lang]) : ''}</ul>`;
}

/** The page up to the first row of the table, from the totals of every standard. */
export function pageHead(totals: Totals, lang: Lang): string {
  const headings = ['urn', 'name', 'language', 'criteria', 'knowledge', ...SEVERITY_COLUMNS] as const;
  const numeric = new Set<StringKey>(['criteria', 'knowledge', ...SEVERITY_COLUMNS]);
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(STRINGS.title[lang])}</title><style>${STYLE}</style></head>
<body><main>
<h1>${escape(STRINGS.title[lang])}</h1><p class="intro">${escape(STRINGS.intro[lang])}</p>
${cards(totals, lang)}
<section class="charts"><figure id="chart-rules">${ruleChart(totals, lang)}</figure><figure id="chart-standards">${standardChart(totals, lang)}</figure></section>
<h2 id="standards">${escape(STRINGS.table[lang])}</h2>
<table id="standards-table"><thead><tr><th class="n">#</th>${headings.map((h) => `<th${numeric.has(h) ? ' class="n"' : ''}>${escape(STRINGS[h][lang])}</th>`).join('')}</tr></thead><tbody>
`;
}

function number(value: number): string {
  return `<td class="n${value ? '' : ' zero'}">${value.toLocaleString('en-GB')}</td>`;
}

/** A row of the table, linked to the standard's section. */
export function tableRow(standard: Standard): string {
  const title = standard.title ? escape(standard.title) : word('noTitle');
  return `<tr id="row-${standard.number}"><td class="n">${standard.number}</td><td>${escape(standard.urn ?? '')}</td>` +
    `<td><a href="#standard-${standard.number}">${title}</a></td><td>${word(standard.language)}</td>` +
    `${number(standard.criteria)}${number(standard.knowledge)}${standard.counts.map(number).join('')}</tr>\n`;
}

/** Between the table and the per-standard sections. */
export function pageMiddle(lang: Lang): string {
  return `</tbody></table>\n<h2 id="details">${escape(STRINGS.details[lang])}</h2>\n`;
}

/** A standard's findings, with their line numbers and the text around them. */
export function standardSection(standard: Standard): string {
  const heading = [standard.urn, standard.title].filter(Boolean).map((t) => escape(t!)).join(' · ') || word('noTitle');
  const rows = standard.details.map((d) =>
    `<tr><td class="n">${d.line}:${d.character}</td><td class="sev s${d.severity}">${word(SEVERITY_KEYS[d.severity - 1])}</td>` +
    `<td><code>${escape(d.rule)}</code></td><td>${escape(d.message)}<div class="context">${escape(d.before)}<mark>${escape(d.marked)}</mark>${escape(d.after)}</div></td></tr>`,
  ).join('');
  const body = total(standard.counts)
    ? `<table><thead><tr><th class="n">${word('line')}</th><th>${word('severity')}</th><th>${word('rule')}</th><th>${word('message')}</th></tr></thead><tbody>${rows}</tbody></table>`
    : `<p>${word('none')}</p>`;
  return `<section id="standard-${standard.number}"><h3>${standard.number}. ${heading}</h3><p class="path">${escape(standard.path)}</p>` +
    `${body}<p class="back"><a href="#row-${standard.number}">${word('back')}</a></p></section>\n`;
}

export const PAGE_END = '</main></body></html>\n';
