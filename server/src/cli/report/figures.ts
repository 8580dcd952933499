// The figures of a quality report: one small record per standard, kept only until it
// is written out, and totals that stay the same size however many standards there are.

import type { Analysis, Finding, Lang } from '../../core';

/** Severity counts, indexed by LSP severity minus one: errors, warnings, information, hints. */
export type Counts = [number, number, number, number];

export interface Detail {
  line: number;
  character: number;
  severity: number;
  rule: string;
  message: string;
  /** The text around the finding, and the part of it the finding is about. */
  before: string;
  marked: string;
  after: string;
}

export interface Standard {
  /** Position in the report, from 1. */
  number: number;
  path: string;
  urn: string | null;
  title: string | null;
  language: Lang;
  criteria: number;
  knowledge: number;
  counts: Counts;
  details: Detail[];
}

/** Characters of context shown on either side of a finding. */
const CONTEXT = 60;
/** Characters of a finding's own text shown; longer ones are cut in the middle. */
const MARKED = 160;
/** The standards the per-standard chart shows. */
export const TOP = 30;

function shorten(text: string, max: number, keep: 'start' | 'end'): string {
  if (text.length <= max) return text;
  return keep === 'start' ? text.slice(0, max) + '…' : '…' + text.slice(text.length - max);
}

function detail(analysis: Analysis, finding: Finding): Detail {
  const { lines } = analysis.doc;
  const { start, end } = finding.range;
  const from = lines.offsetAt(start);
  const to = lines.offsetAt(end);
  const lineStart = lines.offsetAt({ line: start.line, character: 0 });
  const lineEnd = lines.offsetAt({ line: end.line, character: Number.MAX_SAFE_INTEGER });
  const text = lines.text;
  const marked = text.slice(from, to);
  return {
    line: start.line + 1,
    character: start.character + 1,
    severity: finding.severity,
    rule: finding.ruleId,
    message: finding.message,
    before: shorten(text.slice(lineStart, from), CONTEXT, 'end'),
    marked: marked.length > MARKED ? `${marked.slice(0, MARKED / 2)}…${marked.slice(-MARKED / 2)}` : marked,
    after: shorten(text.slice(to, lineEnd), CONTEXT, 'start'),
  };
}

export function standardOf(number: number, path: string, analysis: Analysis): Standard {
  const { doc, findings } = analysis;
  const counts: Counts = [0, 0, 0, 0];
  for (const finding of findings) counts[finding.severity - 1]++;
  const items = (id: string) => doc.sections.filter((s) => s.id === id).reduce((n, s) => n + s.items.length, 0);
  return {
    number,
    path,
    urn: doc.urn?.value || null,
    title: doc.title?.text ?? doc.trailingTitle?.text ?? null,
    language: doc.language,
    criteria: items('performance-criteria'),
    knowledge: items('knowledge-understanding'),
    counts,
    details: findings.map((f) => detail(analysis, f)),
  };
}

export const total = (counts: Counts): number => counts[0] + counts[1] + counts[2] + counts[3];

/** Totals over every standard, and the few with the most findings. */
export class Totals {
  standards = 0;
  unread = 0;
  readonly counts: Counts = [0, 0, 0, 0];
  readonly byRule = new Map<string, Counts>();
  readonly languages: Record<Lang, number> = { en: 0, cy: 0 };
  /** The TOP standards with the most findings, most first. */
  readonly top: Array<{ number: number; label: string; counts: Counts }> = [];

  add(standard: Standard): void {
    this.standards++;
    this.languages[standard.language]++;
    for (let s = 0; s < 4; s++) this.counts[s] += standard.counts[s];
    for (const d of standard.details) {
      const counts = this.byRule.get(d.rule) ?? [0, 0, 0, 0];
      counts[d.severity - 1]++;
      this.byRule.set(d.rule, counts);
    }
    const sum = total(standard.counts);
    if (sum === 0 || (this.top.length === TOP && sum <= total(this.top[TOP - 1].counts))) return;
    const label = standard.urn ?? standard.path.split(/[\\/]/).pop()!;
    const at = this.top.findIndex((t) => total(t.counts) < sum);
    this.top.splice(at < 0 ? this.top.length : at, 0, { number: standard.number, label, counts: [...standard.counts] });
    if (this.top.length > TOP) this.top.pop();
  }

  /** The language most standards are written in. */
  get language(): Lang {
    return this.languages.cy > this.languages.en ? 'cy' : 'en';
  }
}
