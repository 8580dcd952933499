// Property 5: after 10,000 random incremental edits sent to the running server without
// waiting, the server's view of the document equals the text the test holds, and its
// diagnostics equal a fresh analysis of that text.
//
// No request returns the text itself, so the test compares what depends on it: every
// diagnostic (range, message, quick-fix edits) and the whole outline (its root spans
// the text: line count and last line length). At the end of a run a probe turns every
// line into a numbered criterion, so that the outline then names each line by its text
// and gives its length: a line the server holds otherwise shows. On the way, the quick
// fixes offered for the diagnostics of the previous check (which an editor still shows
// until new ones arrive) must be fixes of the current text.

import * as assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, TextDocumentContentChangeEvent, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, groupFix, outline, ruleFix, type Analysis } from '../../server/src/core';
import { toDocumentSymbol } from '../../server/src/lsp/features';
import { DiagnosticEncoder } from '../../server/src/shared/diagnostic';
import { TestClient } from '../protocol/client';
import { anyText, insertions, splices, type Splice } from './arbitraries';
import { property } from './config';

const EDITS = 10_000;
// The bundled server links diagnostics to the rule pages of the package it is in.
const encoder = new DiagnosticEncoder(`${pathToFileURL(resolve(__dirname, '../..')).href}/`);
const ORIGIN = { line: 0, character: 0 };

interface Edit extends Splice {
  /** Sent with the edit before it, as one didChange with several changes. */
  together: boolean;
  /** Sent as raw line and character, possibly past the end of a line or of the text. */
  raw: boolean;
  /** Followed by a check that the server is in step. */
  check: boolean;
}

/** True one time in `n`. */
const oneIn = (n: number) => fc.nat({ max: n - 1 }).map((x) => x === 0);

const edit: fc.Arbitrary<Edit> = fc
  .tuple(splices(40, insertions), oneIn(5), oneIn(10), oneIn(25))
  .map(([splice, together, raw, check]) => ({ ...splice, together, raw, check }));

/** Edits sent as one didChange (Replace All): this many after each burst start. */
const BURST = 1000;

/** Thousands of edits, a few runs of them sent as one notification: a counter-example names their number, not each of them. */
const script = fc
  .tuple(fc.array(edit, { minLength: EDITS, maxLength: EDITS }), fc.array(fc.nat({ max: EDITS - 1 }), { maxLength: 2 }))
  .map(([edits, bursts]) => {
    for (const start of bursts) {
      for (let i = start + 1; i < Math.min(EDITS, start + BURST); i++) edits[i] = { ...edits[i], together: true, check: false };
    }
    return Object.assign(edits, { [fc.toStringMethod]: () => `${edits.length} edits (replay with the seed and path above)` });
  });

function change(document: TextDocument, { at, length, text, raw }: Edit): TextDocumentContentChangeEvent {
  if (raw) {
    const start = { line: at % 50, character: at % 300 };
    return { range: { start, end: { line: start.line, character: start.character + length } }, text };
  }
  const start = at % (document.getText().length + 1);
  const end = Math.min(document.getText().length, start + length);
  return { range: { start: document.positionAt(start), end: document.positionAt(end) }, text };
}

/** Turns every line into "1. <line>" under a criteria heading, bottom up so positions hold. */
function probe(text: string): TextDocumentContentChangeEvent[] {
  const lines = TextDocument.create('', '', 0, text).lineCount;
  const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 0 } });
  const labels = Array.from({ length: lines }, (_, i) => ({ range: at(lines - 1 - i), text: '1. ' }));
  return [...labels, { range: at(0), text: 'Performance criteria\n' }];
}

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const fixKey = (title: string, edits: readonly TextEdit[]) => JSON.stringify([title, plain(edits)]);

/** Every quick fix of the analysed text: each finding's, each list's and each rule's. */
function currentFixes(analysis: Analysis): Set<string> {
  const { findings } = analysis;
  const keys = findings.flatMap((f) => f.fixes.map((fix) => fixKey(fix.title, fix.edits)));
  const combined = [
    ...[...new Set(findings.map((f) => f.group?.key))].map((key) => (key ? groupFix(analysis, key) : null)),
    ...[...new Set(findings.map((f) => f.ruleId))].map((id) => ruleFix(analysis, id)),
  ];
  for (const fix of combined) if (fix) keys.push(fixKey(`${fix.title} (${fix.count})`, fix.edits));
  return new Set(keys);
}

interface Seen {
  resultId?: string;
  items: Diagnostic[];
}

/**
 * Spelling findings follow the dictionary's answers, not the text alone (test/protocol/spelling.test.ts),
 * and so do welsh-mutation's after soft-mutation triggers (test/property/spelling.test.ts follows both).
 */
const DICTIONARY_RULES_OFF = { spelling: 'off', 'welsh-mutation': 'off' } as const;

describe('property: the server follows incremental edits', function () {
  let client: TestClient;
  let documents = 0;

  before(async () => {
    client = new TestClient();
    client.settings = { rules: DICTIONARY_RULES_OFF };
    await client.initialize();
  });

  after(() => client.stop());

  /** The server's diagnostics, outline and quick fixes are those of the test's text. */
  async function assertInSync(uri: string, previous: Seen): Promise<Seen> {
    const text = client.text(uri);
    const analysis = analyse(text, { rules: DICTIONARY_RULES_OFF });
    const of = JSON.stringify(text.slice(0, 2000));
    const report: DocumentDiagnosticReport = await client.diagnostics(uri, previous.resultId);
    const expected = plain(analysis.findings.map((finding) => encoder.encode(finding)));
    // "Unchanged" promises the findings of the previous report, quick fixes included.
    assert.deepEqual(report.kind === 'full' ? report.items : previous.items, expected, `diagnostics of ${of}`);
    assert.deepEqual(await client.symbols(uri), plain(outline(analysis.doc).map(toDocumentSymbol)), `outline of ${of}`);
    const fixes = currentFixes(analysis);
    const actions: CodeAction[] = await client.codeActions(uri, { start: ORIGIN, end: ORIGIN }, previous.items, ['quickfix']);
    for (const action of actions) {
      const edits = action.edit!.changes![uri];
      assert.ok(fixes.has(fixKey(action.title, edits)), `“${action.title}” offered with ${JSON.stringify(edits)}, not a fix of ${of}`);
    }
    return { resultId: report.resultId, items: expected };
  }

  property(`for ${EDITS.toLocaleString('en-GB')} edits sent without waiting`, 1, () =>
    fc.asyncProperty(anyText, script, async (initial, edits) => {
      const uri = `file:///drafts/incremental-${++documents}.nos.txt`;
      await client.open(uri, initial);
      let seen = await assertInSync(uri, { items: [] });
      // The text after every change made so far, sent or not.
      let mirror = TextDocument.create(uri, 'nos', 0, initial);
      let pending: Promise<void>[] = [];
      let batch: TextDocumentContentChangeEvent[] = [];
      const flush = () => {
        if (batch.length) pending.push(client.change(uri, batch));
        batch = [];
      };
      try {
        for (const next of edits) {
          if (!next.together) flush();
          const event = change(mirror, next);
          mirror = TextDocument.update(mirror, [event], mirror.version + 1);
          batch.push(event);
          if (next.check) {
            flush();
            await Promise.all(pending);
            pending = [];
            seen = await assertInSync(uri, seen);
          }
        }
        flush();
        await Promise.all(pending);
        await client.change(uri, probe(client.text(uri)));
        await assertInSync(uri, seen);
      } finally {
        await client.close(uri);
      }
    }),
  // Shrinking would replay thousands of edits for every step.
  true);
});
