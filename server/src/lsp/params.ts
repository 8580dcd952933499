// Checks on what clients send. A request whose params are not what LSP says gets an
// InvalidParams error instead of a crash deep in the analysis.

import { ErrorCodes, ResponseError, type Position, type Range } from 'vscode-languageserver';

export function invalid(what: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `Invalid params: ${what}`);
}

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isInteger = (value: unknown): value is number => Number.isSafeInteger(value);

export function isPosition(value: unknown): value is Position {
  return isObject(value) && isInteger(value.line) && isInteger(value.character);
}

export function isRange(value: unknown): value is Range {
  return isObject(value) && isPosition(value.start) && isPosition(value.end);
}

/** The document a request is about. */
export function uriOf(params: unknown): string {
  if (!isObject(params) || !isObject(params.textDocument) || typeof params.textDocument.uri !== 'string') {
    throw invalid('textDocument.uri');
  }
  return params.textDocument.uri;
}

/** The position a request is about, as sent: out-of-range numbers are the features' to clamp. */
export function positionOf(params: unknown): Position {
  if (!isObject(params) || !isPosition(params.position)) throw invalid('position');
  return params.position;
}

/** A code action request's range and context, with every diagnostic well formed. */
export function checkCodeActionParams(params: unknown): void {
  if (!isObject(params) || !isRange(params.range) || !isObject(params.context) || !Array.isArray(params.context.diagnostics)) {
    throw invalid('range and context');
  }
  if (!params.context.diagnostics.every((d) => isObject(d) && isRange(d.range))) throw invalid('context.diagnostics');
  const only = params.context.only;
  if (only !== undefined && !(Array.isArray(only) && only.every((kind) => typeof kind === 'string'))) throw invalid('context.only');
}
