// The language status item of NOS documents: "NOS · Cymraeg" (and whether that was set by
// hand) and the counts of findings, in the language the extension speaks; its link switches
// the language the document is checked in.

import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { Memory } from './memory';
import { chosenLanguage, MESSAGES_LANGUAGE } from './interfaceLanguage';
import { documentLanguage, sendDocumentLanguage } from './server';
import { counts, LANGUAGE_NAMES, languageName, say, type Lang } from './strings';

export const CHOOSE_LANGUAGE = 'nos.chooseLanguage';

function nosDocument(editor: vscode.TextEditor | undefined): vscode.TextDocument | undefined {
  return editor?.document.languageId === 'nos' ? editor.document : undefined;
}

export class LanguageStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('nos.status', { language: 'nos' });
  private readonly disposables: vscode.Disposable[] = [this.item];
  /** Bumped on every update, so a slow answer about an older state is dropped. */
  private generation = 0;

  constructor(
    private readonly client: () => Promise<LanguageClient>,
    private readonly memory: Memory,
  ) {
    this.item.name = 'NOS Author';
    this.item.text = 'NOS';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const document = nosDocument(vscode.window.activeTextEditor);
        if (document && event.uris.some((uri) => uri.toString() === document.uri.toString())) void this.update();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(MESSAGES_LANGUAGE)) void this.update();
      }),
      vscode.commands.registerCommand(CHOOSE_LANGUAGE, (uri?: vscode.Uri, language?: Lang | 'auto') => this.choose(uri, language)),
    );
    void this.update();
  }

  async update(): Promise<void> {
    const generation = ++this.generation;
    const document = nosDocument(vscode.window.activeTextEditor);
    if (!document) return;
    const checkedIn = await documentLanguage(await this.client(), document.uri).catch((): Lang => 'en');
    if (generation !== this.generation) return;
    const lang = chosenLanguage(document.uri) ?? checkedIn;
    const diagnostics = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'nos');
    const count = (severity: vscode.DiagnosticSeverity) => diagnostics.filter((d) => d.severity === severity).length;
    const errors = count(vscode.DiagnosticSeverity.Error);
    const warnings = count(vscode.DiagnosticSeverity.Warning);
    // A language chosen with Change language is no longer detected from the text: say so,
    // lest a writer wonder why editing the headings does not change it.
    const byHand = this.memory.language(document.uri) ? ` (${say('setByHand', lang)})` : '';
    this.item.text = `NOS · ${languageName(checkedIn, lang)}${byHand}`;
    this.item.detail = counts(errors, warnings, diagnostics.length - errors - warnings, lang);
    this.item.severity = errors ? vscode.LanguageStatusSeverity.Error : warnings ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    this.item.command = { title: say('changeLanguage', lang), command: CHOOSE_LANGUAGE, arguments: [document.uri] };
  }

  /**
   * Sets the language to check a document in (asked for when not given), remembers it
   * for the file and tells the server. Resolves with what was chosen, if anything.
   */
  private async choose(uri = nosDocument(vscode.window.activeTextEditor)?.uri, language?: Lang | 'auto'): Promise<Lang | 'auto' | undefined> {
    if (!uri) return undefined;
    const client = await this.client();
    const chosen = language ?? (await this.ask(client, uri));
    if (!chosen) return undefined;
    await this.memory.setLanguage(uri, chosen === 'auto' ? undefined : chosen);
    await sendDocumentLanguage(client, uri, chosen);
    // The findings may not change (a hand choice of the detected language), so no
    // diagnostics event would show "set by hand".
    void this.update();
    return chosen;
  }

  /** Asks for the language, the current choice marked and highlighted, so that Enter keeps it. */
  private async ask(client: LanguageClient, uri: vscode.Uri): Promise<Lang | 'auto' | undefined> {
    const lang = chosenLanguage(uri) ?? (await documentLanguage(client, uri).catch((): Lang => 'en'));
    const current = this.memory.language(uri) ?? 'auto';
    const items = (['auto', 'en', 'cy'] as const).map((language) => ({
      label: language === 'auto' ? say('detect', lang) : LANGUAGE_NAMES[language],
      description: language === current ? say('currentChoice', lang) : undefined,
      language,
    }));
    // A quick pick of its own, as showQuickPick cannot start on any item but the first.
    const pick = vscode.window.createQuickPick<(typeof items)[number]>();
    pick.placeholder = say('chooseLanguage', lang);
    pick.items = items;
    pick.activeItems = items.filter((item) => item.language === current);
    return new Promise((resolve) => {
      pick.onDidAccept(() => {
        resolve(pick.selectedItems[0]?.language);
        pick.hide();
      });
      pick.onDidHide(() => {
        resolve(undefined);
        pick.dispose();
      });
      pick.show();
    });
  }

  /** Sends a document's remembered language when it opens. */
  async restore(client: LanguageClient, document: vscode.TextDocument): Promise<void> {
    const language = this.memory.language(document.uri);
    if (language) await sendDocumentLanguage(client, document.uri, language);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
