// Core feature results in LSP shapes: outline, hover, completion.

import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type DocumentSymbol,
  type Hover,
} from 'vscode-languageserver';
import { remember, remembered, type Completions, type HoverResult, type OutlineKind, type OutlineNode } from '../core';

const SYMBOL_KINDS: Record<OutlineKind, SymbolKind> = {
  document: SymbolKind.File,
  section: SymbolKind.Module,
  element: SymbolKind.Namespace,
  item: SymbolKind.EnumMember,
  term: SymbolKind.Key,
  metadata: SymbolKind.Object,
  field: SymbolKind.Property,
};

const SYMBOL = Symbol('document symbol');

/**
 * The symbol of an outline node, kept on the node: nodes of sections an edit did not
 * reach are the same objects as before, so their symbols are too (and the transport
 * encodes each once). Leaves without detail or children, which most outline items
 * are, travel lighter.
 */
export function toDocumentSymbol(node: OutlineNode): DocumentSymbol {
  return remembered<DocumentSymbol>(node, SYMBOL) ?? remember(node, SYMBOL, {
    name: node.name,
    ...(node.detail && { detail: node.detail }),
    kind: SYMBOL_KINDS[node.kind],
    range: node.range,
    selectionRange: node.selectionRange,
    ...(node.children.length && { children: node.children.map(toDocumentSymbol) }),
  });
}

export function toHover(result: HoverResult): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: result.range };
}

const COMPLETION_KINDS = {
  section: CompletionItemKind.Module,
  'lead-in': CompletionItemKind.Text,
  field: CompletionItemKind.Property,
} as const;

export function toCompletionItems(completions: Completions): CompletionItem[] {
  return completions.items.map((item) => ({
    label: item.label,
    kind: COMPLETION_KINDS[item.kind],
    detail: item.detail,
    documentation: item.documentation,
    sortText: item.sortText,
    filterText: item.label,
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: { range: completions.range, newText: item.insertText },
  }));
}
