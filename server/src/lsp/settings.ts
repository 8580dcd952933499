// The `nos.*` editor settings as the server sees them, from whichever source the client
// has: pulled per workspace folder with workspace/configuration (answered within a time limit,
// else the defaults hold), or pushed in initializationOptions and
// workspace/didChangeConfiguration (`{ "nos": { … } }`) by clients that cannot be asked.
// Invalid values are reported once each and ignored.

import { MessageType, ShowMessageNotification, type Connection, type DidChangeConfigurationParams, type InitializeParams } from 'vscode-languageserver';
import { MAX_CHARACTERS, type AnalyseOptions, type Bilingual, type Lang, type RuleSettings } from '../core';
import type { LanguageSetting } from '../config/configFile';
import { bilingual, bothLanguages } from '../core/messages/message';
import { CONFIG_MESSAGES } from '../config/messages';
import { checkRuleSettings, isPlainObject } from '../config/ruleSettings';
import { withinTime } from './timeLimit';
import { folderOf, innermostFolder, workspaceFolders } from './workspaceFolders';

export interface Settings {
  language: LanguageSetting;
  /** The language of everything shown about a document: its own ('document'), or always English or Welsh. */
  messagesLanguage: 'document' | Lang;
  rules: RuleSettings;
  /** Documents longer than this (in characters) are not analysed. */
  maxFileSize: number;
  /** Renumber the rest of a list when Enter adds an item in its middle. */
  renumberOnType: boolean;
  /** The other language version named by the `pairs` of the governing `.nosrc.json`. */
  twin?: string;
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  messagesLanguage: 'document',
  rules: {},
  maxFileSize: MAX_CHARACTERS,
  renumberOnType: false,
};

/** How long the client has to answer workspace/configuration before the defaults are used. */
export const CONFIGURATION_TIMEOUT_MS = 2000;

export function analyseOptions(settings: Settings): AnalyseOptions {
  const messages = settings.messagesLanguage === 'document' ? undefined : settings.messagesLanguage;
  return { language: settings.language, rules: settings.rules, ...(messages && { messages }) };
}

/**
 * The valid settings in a `nos` settings object, and what is wrong with the others: in the
 * language of `messagesLanguage`, or in both when the documents' languages decide.
 */
export function checkSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const found: Bilingual[] = [];
  const say = (message: Bilingual) => found.push(message);
  const value = isPlainObject(raw) ? raw : {};
  const settings = { ...DEFAULT_SETTINGS };
  if (value.language === 'auto' || value.language === 'en' || value.language === 'cy') settings.language = value.language;
  else if (value.language !== undefined && value.language !== null) say(bilingual(CONFIG_MESSAGES.language, { name: 'nos.language' }));
  if (value.messagesLanguage === 'document' || value.messagesLanguage === 'en' || value.messagesLanguage === 'cy') settings.messagesLanguage = value.messagesLanguage;
  else if (value.messagesLanguage !== undefined && value.messagesLanguage !== null) say(bilingual(CONFIG_MESSAGES.messagesLanguage, { name: 'nos.messagesLanguage' }));
  if (value.rules !== undefined && value.rules !== null) {
    const checked = checkRuleSettings(value.rules, 'nos.rules', []);
    settings.rules = checked.rules;
    for (const problem of checked.problems) say({ en: `nos.rules: ${problem.message.en}`, cy: `nos.rules: ${problem.message.cy}` });
  }
  if (typeof value.maxFileSize === 'number' && value.maxFileSize > 0) settings.maxFileSize = value.maxFileSize;
  settings.renumberOnType = value.renumberOnType === true;
  const lang = settings.messagesLanguage;
  const problems = found.map((message) => (lang === 'document' ? bothLanguages(message) : message[lang]));
  return { settings, problems };
}

/** `{ nos: {...} }` as pushed settings are shaped, or undefined when there is no `nos` in it. */
function nosSection(value: unknown): unknown {
  return isPlainObject(value) && isPlainObject(value.nos) ? value.nos : undefined;
}

/** The whole window's scope: a window with no folder has one set of settings. */
const WINDOW = '';

export class EditorSettings {
  /** By scope (`scopeOf`), until the settings change. */
  private readonly cache = new Map<string, Promise<Settings>>();
  private folders: string[] = [];
  private pulled = false;
  private pushed: Settings = DEFAULT_SETTINGS;
  private readonly reported = new Set<string>();

  constructor(private readonly connection: Connection) {}

  initialize(params: InitializeParams): void {
    this.pulled = params?.capabilities?.workspace?.configuration === true;
    this.folders = workspaceFolders(params);
    const initial = nosSection(params?.initializationOptions);
    if (initial !== undefined) this.pushed = this.check(initial);
  }

  /** True when the client pulls settings, so it should be told to notify changes. */
  get pulls(): boolean {
    return this.pulled;
  }

  /** A change notification: new pushed settings, or a sign to pull again. */
  changed(params: DidChangeConfigurationParams | undefined): void {
    const pushed = nosSection(params?.settings);
    if (pushed !== undefined) this.pushed = this.check(pushed);
    this.cache.clear();
  }

  get(uri: string): Promise<Settings> {
    return this.pulled ? this.inScope(this.scopeOf(uri)) : Promise.resolve(this.pushed);
  }

  /**
   * Asks for the settings of each workspace folder (or of the window) at start-up, so that
   * the first document opened does not wait for them.
   */
  prefetch(): void {
    if (!this.pulled) return;
    for (const scope of this.folders.length ? this.folders : [WINDOW]) void this.inScope(scope);
  }

  /**
   * The scope whose settings a document has. VS Code scopes settings to workspace folders,
   * never to one file, so every document in a folder has the same, and a window with no
   * folder has one set. A document outside the folders named at start-up (one added
   * since) is asked about with its own folder.
   */
  private scopeOf(uri: string): string {
    if (!this.folders.length) return WINDOW;
    return innermostFolder(this.folders, uri) ?? folderOf(uri);
  }

  private inScope(scope: string): Promise<Settings> {
    let settings = this.cache.get(scope);
    if (!settings) {
      settings = this.pull(scope);
      this.cache.set(scope, settings);
    }
    return settings;
  }

  private pull(scope: string): Promise<Settings> {
    const answer = this.connection.workspace
      .getConfiguration({ ...(scope !== WINDOW && { scopeUri: scope }), section: 'nos' })
      .then((raw: unknown) => this.check(raw), () => this.pushed);
    return withinTime(answer, CONFIGURATION_TIMEOUT_MS, () => {
      this.report(bothLanguages(bilingual(CONFIG_MESSAGES.noAnswer, { ms: CONFIGURATION_TIMEOUT_MS })), false);
      // Asked again for the next document of the folder.
      this.cache.delete(scope);
      return this.pushed;
    });
  }

  private check(raw: unknown): Settings {
    const { settings, problems } = checkSettings(raw);
    for (const problem of problems) this.report(problem, true);
    return settings;
  }

  /** Says each thing once: settings are checked for every document. */
  private report(message: string, show: boolean): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    // A notification: window.showWarningMessage would send a request, which not every client answers.
    if (show) void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `NOS Author: ${message}` });
    else this.connection.console.warn(message);
  }
}
