// Fix round trips on every fixture: each quick fix changes only what it targets and
// resolves its finding; fix-all changes only what safe fixes may (item labels, lead-ins
// and headings to the document's language, invisible characters, an item's first letter
// and final stop), is idempotent and leaves no safe fix behind.

import * as assert from 'node:assert/strict';
import { analyse, applyEdits, fixAll, SECTIONS, type Finding } from '../../server/src/core';
import { layoutFixtures, sample, sampleNames } from './helpers/fixtures';
import { VARIANTS } from './helpers/variants';

const texts: Array<[string, string]> = [
  ...sampleNames().map((name): [string, string] => [name, sample(name.slice(0, 3))]),
  ...layoutFixtures().map((f): [string, string] => [f.name, f.text]),
];

const splitLines = (text: string) => text.split(/\r\n|\r|\n/);

/** Whether `small`'s lines appear in `big` in order (lines were only added to `big`). */
function isSubsequence(small: string[], big: string[]): boolean {
  let i = 0;
  for (const line of big) if (i < small.length && line === small[i]) i++;
  return i === small.length;
}

/** Lines that differ, paired, for texts with the same line count. */
function changedLines(before: string, after: string): Array<[string, string]> {
  const a = splitLines(before);
  const b = splitLines(after);
  assert.equal(b.length, a.length, 'line count changed');
  return a.flatMap((line, i): Array<[string, string]> => (line === b[i] ? [] : [[line, b[i]]]));
}

/** An item label: its digits, and for a label in the wrong style its letter and stop. */
const LABEL = /^(\s*)[PK]?\d+[.)]?/;

/** A dangling list separator at the end of a value, which metadata-value drops. */
const DANGLING = /\s*;\s*$/;

function assertOnlyLabelsChanged(before: string, after: string): void {
  for (const [old, fixed] of changedLines(before, after)) {
    assert.equal(old.replace(LABEL, '$1#'), fixed.replace(LABEL, '$1#'), `more than the label changed:\n${old}\n${fixed}`);
  }
}

/** An item label or bullet, which fix-all may number, and the space after it, which it may put in ("P3follow"). */
const ITEM_LABEL = /^(?:(?:[PK]?\d+[.)]?|[-–•*▪◦·])(?:\s|$)|(?:[PK]\d+|\d+[.)])(?=\p{L}))/u;

/** Each heading and lead-in of the catalogue, in either language, as its section and kind. */
const CATALOGUE = new Map(SECTIONS.flatMap((s) => [
  ...[...s.labels.en, ...s.labels.cy].map((label): [string, string] => [label.toLowerCase(), `heading ${s.id}`]),
  ...(s.leadIns ? [...s.leadIns.en, ...s.leadIns.cy] : []).map((l): [string, string] => [l.toLowerCase().replace(/:$/, ''), `lead-in ${s.id}`]),
]));

/** A line with what fix-all may change taken out. */
function essence(line: string): string {
  const plain = line.replace(/[\u00a0\u00ad\u200b-\u200f\u2060\ufeff]/g, ' ').replace(/\s+/g, ' ').trim().replace(/[’]/g, "'");
  const bare = plain.replace(/^[#*_\s]*|[*_:\s]*$/g, '').toLowerCase();
  return CATALOGUE.get(bare) ?? plain.replace(ITEM_LABEL, '#').replace(/^(#? ?)(\p{L})/u, (_, p: string, c: string) => p + c.toLowerCase()).replace(/\.$/, '').replace(DANGLING, '');
}

function assertOnlySafeChanges(before: string, after: string): void {
  for (const [old, fixed] of changedLines(before, after)) {
    assert.equal(essence(old), essence(fixed), `more than a safe fix may changed:\n${old}\n${fixed}`);
  }
}

const key = (f: Finding) => `${f.ruleId}:${f.message}`;

describe('fix round trips', () => {
  for (const [name, original] of texts) {
    for (const [variant, transform] of Object.entries(VARIANTS)) {
      const text = transform(original);
      describe(`${name} (${variant})`, () => {
        const analysis = analyse(text);

        it('each quick fix keeps the rest of the text and resolves its finding', () => {
          for (const finding of analysis.findings) {
            for (const fix of finding.fixes) {
              const fixed = applyEdits(text, fix.edits);
              assert.notEqual(fixed, text, `${fix.title} changed nothing`);
              const before = splitLines(text);
              const after = splitLines(fixed);
              if (finding.ruleId === 'broken-item' && after.length < before.length && !/empty|wag/.test(fix.title)) {
                // Joining lines changes only the line breaks and spaces between them.
                assert.equal(fixed.replace(/\s+/g, ' '), text.replace(/\s+/g, ' '), `${fix.title} changed more than line breaks`);
              } else if (fix.safe) {
                if (finding.ruleId === 'criteria-numbering' && /^Change \d|^Newid \d/.test(fix.title)) assertOnlyLabelsChanged(text, fixed);
              } else if (after.length > before.length) {
                assert.ok(isSubsequence(before, after), `${fix.title} changed existing lines`);
              } else if (after.length < before.length) {
                assert.ok(isSubsequence(after, before), `${fix.title} changed lines it kept`);
              }
              const remaining = analyse(fixed).findings.map(key);
              assert.ok(
                remaining.filter((k) => k === key(finding)).length < analysis.findings.filter((f) => key(f) === key(finding)).length,
                `${fix.title} did not resolve “${finding.message}”`,
              );
            }
          }
        });

        it('fix-all changes only what safe fixes may, leaves no safe fix and is idempotent', () => {
          const all = fixAll(analysis);
          const fixed = all ? applyEdits(text, all.edits) : text;
          assertOnlySafeChanges(text, fixed);
          const again = analyse(fixed);
          assert.deepEqual(again.findings.filter((f) => f.fixes.some((x) => x.safe)), []);
          assert.equal(again.findings.filter((f) => f.ruleId === 'criteria-numbering').length, 0);
          assert.equal(fixAll(again), null);
        });
      });
    }
  }

  it('fix-all takes each safe fix whole, leaving out one that overlaps a fix taken before it', () => {
    const text = 'abcdefgh';
    const at = (from: number, to: number, newText = '') => ({ range: { start: { line: 0, character: from }, end: { line: 0, character: to } }, newText });
    const finding = (edits: ReturnType<typeof at>[], safe = true): Finding => ({
      ruleId: 'stray-markup', severity: 2, range: edits[0].range, message: 'm', unnecessary: undefined, group: undefined,
      fixes: [{ title: 't', edits, safe, isPreferred: true }],
    });
    const analysis = analyse(text);
    const findings = [
      finding([at(1, 2), at(5, 6)]),
      // Overlaps the first at 5: left out whole, its edit at 0 too.
      finding([at(4, 6), at(0, 0, 'x')]),
      // Touches the first (insertions at its ends): taken.
      finding([at(2, 2, '['), at(6, 6, ']')]),
      finding([at(7, 8)], false),
    ];
    const all = fixAll({ ...analysis, findings })!;
    assert.equal(all.count, 2);
    assert.equal(applyEdits(text, all.edits), 'a[cde]gh');
  });

  it('draft 001 fix-all gives 1..17 and 1..25', () => {
    const text = sample('001');
    const fixed = applyEdits(text, fixAll(analyse(text))!.edits);
    const { doc } = analyse(fixed);
    const numbers = (id: string) => doc.sections.find((s) => s.id === id)!.items.map((i) => i.number);
    assert.deepEqual(numbers('performance-criteria'), Array.from({ length: 17 }, (_, i) => i + 1));
    assert.deepEqual(numbers('knowledge-understanding'), Array.from({ length: 25 }, (_, i) => i + 1));
  });
});
