// The stdio encoder writes exactly what JSON.stringify would, from cached diagnostics.

import * as assert from 'node:assert/strict';
import { analyse, type Finding } from '../../server/src/core';
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

  it('gives the same diagnostic object for the same finding', () => {
    const [finding] = analyse(sample('001')).findings;
    assert.equal(toDiagnostic(finding), toDiagnostic(finding));
  });
});
