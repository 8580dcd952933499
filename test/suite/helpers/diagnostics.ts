import * as vscode from 'vscode';
import { until } from './wait';

/** The extension's diagnostics for a document (other extensions may add their own). */
export function nosDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'nos');
}

export function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}

export function withCode(diagnostics: vscode.Diagnostic[], code: string): vscode.Diagnostic[] {
  return diagnostics.filter((d) => codeOf(d) === code);
}

/** Waits, on onDidChangeDiagnostics, until the document's diagnostics satisfy `accept`. */
export function diagnosticsWhen(
  uri: vscode.Uri,
  what: string,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
): Promise<vscode.Diagnostic[]> {
  return until(`${what} (${uri.path})`, [vscode.languages.onDidChangeDiagnostics], () => {
    const diagnostics = nosDiagnostics(uri);
    return accept(diagnostics) && diagnostics;
  });
}
