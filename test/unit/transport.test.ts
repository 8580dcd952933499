// The stdio encoder writes exactly what JSON.stringify would, from cached diagnostics.

import * as assert from 'node:assert/strict';
import { analyse, createNosService, type Finding } from '../../server/src/core';
import { toDocumentSymbol } from '../../server/src/lsp/features';
import { encodeMessage } from '../../server/src/lsp/transport';
import { DiagnosticEncoder } from '../../server/src/shared/diagnostic';
import { sample } from './helpers/fixtures';

const encoder = new DiagnosticEncoder('file:///nos-author/');
const toDiagnostic = (finding: Finding) => encoder.encode(finding);

describe('stdio message encoding', () => {
  it('encodes a diagnostics report as JSON.stringify does, twice over', () => {
    const items = analyse(sample('001')).findings.map(toDiagnostic);
    const message = { jsonrpc: '2.0', id: 7, result: { kind: 'full', resultId: '3', items } };
    assert.equal(encodeMessage(message).toString('utf8'), JSON.stringify(message));
    assert.equal(encodeMessage(message).toString('utf8'), JSON.stringify(message));
  });

  it('encodes an outline as JSON.stringify does, before and after an edit that keeps most of its symbols', () => {
    const service = createNosService();
    const text = sample('001');
    const first = service.analyse(text);
    const edited = service.analyse(text.replace('\n', ' x\n'), { previous: first });
    for (const analysis of [first, edited, first]) {
      const message = { jsonrpc: '2.0', id: 5, result: service.outline(analysis).map(toDocumentSymbol) };
      assert.ok(message.result.some((symbol) => symbol.children?.some((child) => child.children?.length)), 'symbols nest');
      assert.equal(encodeMessage(message).toString('utf8'), JSON.stringify(message));
    }
    const list = { jsonrpc: '2.0', id: 6, result: [1, 'two', null, { children: 'not a list' }, [3]] };
    assert.equal(encodeMessage(list).toString('utf8'), JSON.stringify(list));
  });

  it('encodes other messages as JSON.stringify does', () => {
    for (const message of [
      { jsonrpc: '2.0', id: 1, result: null },
      { jsonrpc: '2.0', id: 2, result: { kind: 'unchanged', resultId: '9' } },
      { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'items \u0000' } },
      { jsonrpc: '2.0', id: 3, error: { code: -32800, message: 'Request cancelled' } },
    ]) {
      assert.equal(encodeMessage(message).toString('utf8'), JSON.stringify(message));
    }
  });

  it('keeps every string of the message as it was, whatever it holds: ids, result ids, messages', () => {
    const items = analyse(sample('001')).findings.map(toDiagnostic);
    // Strings that a splice marker, a JSON fragment or a key name could be taken for.
    const hostile = ['\u0000items\u0000', '"\u0000items\u0000"', 'items', '[', '"items":[', '}', '{"result":'];
    for (const value of hostile) {
      for (const message of [
        { jsonrpc: '2.0', id: value, result: { kind: 'full', resultId: value, items } },
        { result: { items: [], kind: value }, id: value, jsonrpc: '2.0' },
        { jsonrpc: '2.0', id: 4, result: { items: items.slice(0, 1) } },
      ]) {
        const encoded = encodeMessage(message).toString('utf8');
        assert.deepEqual(JSON.parse(encoded), JSON.parse(JSON.stringify(message)), JSON.stringify(value));
      }
    }
  });

  it('gives the same diagnostic object for the same finding', () => {
    const [finding] = analyse(sample('001')).findings;
    assert.equal(toDiagnostic(finding), toDiagnostic(finding));
  });
});
