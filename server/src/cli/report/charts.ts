// The report's charts, drawn by Observable Plot into a server-side DOM (linkedom) and
// kept as static SVG: the page needs no script and no network to show them.

import type * as PlotModule from '@observablehq/plot';
import type * as LinkedomModule from 'linkedom';
import type { Lang } from '../../core';
import type { Counts, Totals } from './figures';
import { SEVERITY_COLOURS, SEVERITY_KEYS, STRINGS } from './strings';

interface Bar {
  label: string;
  severity: string;
  count: number;
}

const WIDTH = 760;
const ROW = 22;

function bars(rows: Array<{ label: string; counts: Counts }>, lang: Lang): Bar[] {
  return rows.flatMap(({ label, counts }) =>
    counts.flatMap((count, s) => (count ? [{ label, severity: STRINGS[SEVERITY_KEYS[s]][lang], count }] : [])),
  );
}

/** A horizontal bar per row, stacked by severity, with a legend of the severities. */
function stackedBars(rows: Array<{ label: string; counts: Counts }>, lang: Lang, title: string): string {
  // Loaded when a report is drawn, so that other commands start without them.
  const Plot = require('@observablehq/plot') as typeof PlotModule;
  const { parseHTML } = require('linkedom') as typeof LinkedomModule;
  // linkedom's types describe a browser window; what Plot needs is its document.
  const { document } = parseHTML('<!doctype html><html><body></body></html>') as unknown as { document: PlotModule.PlotOptions['document'] };
  const labels = rows.map((r) => r.label);
  const longest = Math.max(0, ...labels.map((l) => l.length));
  const chart = Plot.plot({
    document,
    title,
    width: WIDTH,
    height: 50 + ROW * Math.max(1, rows.length),
    marginLeft: Math.min(260, 20 + 7 * longest),
    x: { label: STRINGS.findings[lang], grid: true },
    y: { label: null, domain: labels },
    color: { domain: SEVERITY_KEYS.map((k) => STRINGS[k][lang]), range: SEVERITY_COLOURS, legend: true },
    marks: [Plot.barX(bars(rows, lang), { x: 'count', y: 'label', fill: 'severity' }), Plot.ruleX([0])],
  });
  return chart.outerHTML;
}

export function ruleChart(totals: Totals, lang: Lang): string {
  const rows = [...totals.byRule]
    .map(([label, counts]) => ({ label, counts }))
    .sort((a, b) => b.counts.reduce((x, y) => x + y) - a.counts.reduce((x, y) => x + y) || (a.label < b.label ? -1 : 1));
  return stackedBars(rows, lang, STRINGS.byRule[lang]);
}

export function standardChart(totals: Totals, lang: Lang): string {
  const seen = new Set<string>();
  const rows = totals.top.map(({ number, label, counts }) => {
    const unique = seen.has(label) ? `${label} (${number})` : label;
    seen.add(unique);
    return { label: unique, counts };
  });
  const title = totals.standards > rows.length ? STRINGS.mostFindings[lang].replace('{n}', String(rows.length)) : STRINGS.byStandard[lang];
  return stackedBars(rows, lang, title);
}
