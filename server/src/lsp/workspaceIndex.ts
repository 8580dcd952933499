// The workspace index: every NOS file of the workspace, read through the client
// (workspaceFiles.ts), analysed in the background one file per turn of the event loop
// while the writer is not typing, so that the open documents' requests are answered first,
// and kept current as files change. Per file it keeps what the suite checks, workspace symbols, links and the
// Problems panel need (the text, a summary, the findings without their fixes), not the
// whole model. Open documents count with their live text. After each change the suite
// rules run again over every file.

import type { Connection, InitializeParams } from 'vscode-languageserver';
import {
  checkSuite,
  createNosService,
  oversize,
  parse,
  type Analysis,
  type Finding,
  type NosDocument,
  type SuiteDocument,
  type SuiteFinding,
} from '../core';
import { summarise, type FileSummary } from '../core/suite/summary';
import { factsOf } from '../core/suite/facts';
import { sameSuiteFindings } from '../core/suite/sameSuiteFinding';
import { nextTurn } from './nextTurn';
import { analyseOptions, type Settings } from './settings';
import { offersWorkspaceFiles, WorkspaceFiles, type FileChange } from './workspaceFiles';
import { workspaceFolders } from './workspaceFolders';

/** A file as the index holds it. */
export interface IndexedFile {
  readonly uri: string;
  /** Kept to analyse the file again when settings change, and for suite rules that read the model. */
  readonly text: string;
  readonly settings: Settings;
  /** Null for a file over the size limit, which is not analysed. */
  readonly summary: FileSummary | null;
  /** The document rules' findings, without fixes (those come from the analysis of an open document). */
  readonly findings: readonly Finding[];
  /** Changes whenever the findings may have. */
  readonly version: number;
}

/** An open document as the suite sees it: its current analysis. */
interface LiveFile {
  analysis: Analysis;
  settings: Settings;
  /** The facts the last suite run saw of it. */
  seen: string | null;
}

/**
 * Reads in flight at once: enough to hide the round trips. More (32) builds the index a
 * little sooner but lets bursts of answers hold up a keystroke's diagnostics (bench).
 */
const READ_AHEAD = 4;
/**
 * The index reads and analyses only while the writer is not typing: it goes on this long
 * after the last keystroke. Writers type a key every 100-300 ms and stop to think for
 * longer, so the index builds in those pauses and never holds up a keystroke's diagnostics.
 */
const TYPING_PAUSE_MS = 400;
/** How long the index waits for more changes before the suite rules run again. */
const SUITE_DELAY_MS = 50;

/** A fix carries edits the index has no use for. */
const withoutFixes = (finding: Finding): Finding => (finding.fixes.length ? { ...finding, fixes: [] } : finding);

/** What the suite rules read of an open document, as text: it changes when their findings might. */
function factsKey(doc: NosDocument, settings: Settings): string {
  return JSON.stringify([doc.language, factsOf(doc), settings.rules, settings.messagesLanguage]);
}

/** The language messages are written in under these settings, when the settings choose one. */
const messagesOf = (settings: Settings) => analyseOptions(settings).messages;

export interface IndexHost {
  /** The settings of a file (editor settings, `.nosrc.json`). */
  settingsOf(uri: string): Promise<Settings>;
  isOpen(uri: string): boolean;
  /** The suite findings of open documents changed: they should be pulled again. */
  openFindingsChanged(): void;
}

export class WorkspaceIndex {
  enabled = false;
  private folders: string[] = [];
  private readonly files: WorkspaceFiles;
  private readonly service = createNosService();
  private readonly entries = new Map<string, IndexedFile>();
  /** Models parsed again for a suite rule that read one, kept only until memory is wanted. */
  private readonly models = new Map<string, WeakRef<NosDocument>>();
  private readonly live = new Map<string, LiveFile>();
  /** Files to read or analyse again, in order. */
  private readonly queue = new Map<string, 'read' | 'analyse'>();
  private pumping = false;
  /** True once the first listing has been read and checked. */
  private built = false;
  private versions = 0;
  private suiteTimer: ReturnType<typeof setTimeout> | undefined;
  /** Suite findings by file, and a version per file that changes with them. */
  private suite = new Map<string, readonly SuiteFinding[]>();
  private readonly suiteVersions = new Map<string, number>();
  /**
   * While the writer is typing, the index reads and analyses nothing. Read from the clock
   * at start-up: Node loads the clock's module on first use, which would otherwise be the
   * first document's open.
   */
  private holdUntil = performance.now();
  /** Resolved whenever what the workspace report holds may have changed. */
  private waiters: Array<() => void> = [];

  constructor(
    connection: Connection,
    private readonly host: IndexHost,
  ) {
    this.files = new WorkspaceFiles(connection);
  }

  initialize(params: InitializeParams): void {
    this.enabled = offersWorkspaceFiles(params);
    this.folders = workspaceFolders(params);
  }

  /** Lists the files and starts reading them. */
  initialized(): void {
    if (!this.enabled) return;
    this.files.listen((changes, reset) => this.filesChanged(changes, reset));
    void this.relist();
  }

  /** True when every file queued has been read and the suite checked since: a report now is whole. */
  get ready(): boolean {
    return this.built && !this.pumping && this.suiteTimer === undefined;
  }

  /** Every file the suite holds: indexed files, open ones with their live text. */
  *uris(): Iterable<string> {
    for (const uri of this.entries.keys()) if (!this.live.has(uri)) yield uri;
    for (const uri of this.live.keys()) if (this.isMember(uri)) yield uri;
  }

  /** The summary of a file: of its live text while it is open. */
  summaryOf(uri: string): FileSummary | null {
    const live = this.live.get(uri);
    return live ? summarise(live.analysis.doc) : this.entries.get(uri)?.summary ?? null;
  }

  /** A closed file's findings, for the workspace report; null for open or unknown files. */
  closedFile(uri: string): IndexedFile | null {
    return this.live.has(uri) ? null : this.entries.get(uri) ?? null;
  }

  suiteFindings(uri: string): readonly SuiteFinding[] {
    return this.suite.get(uri) ?? [];
  }

  /** Changes whenever the file's suite findings do. */
  suiteVersion(uri: string): number {
    return this.suiteVersions.get(uri) ?? 0;
  }

  /**
   * The suite findings of an open document for its current analysis. When what the suite
   * rules read of it (URN, title, links, its shape and where they are) has changed since
   * they last ran (most keystrokes change none of it), they run again at once for this
   * document alone, which costs little however large the suite, and for every file a
   * moment later.
   */
  openFindings(uri: string, analysis: Analysis | null, settings: Settings): readonly SuiteFinding[] {
    if (!analysis) {
      this.live.delete(uri);
      return [];
    }
    let file = this.live.get(uri);
    if (!file) this.live.set(uri, (file = { analysis, settings, seen: null }));
    file.analysis = analysis;
    file.settings = settings;
    if (this.isMember(uri) && this.built) {
      const seen = factsKey(analysis.doc, settings);
      if (file.seen !== seen) {
        file.seen = seen;
        this.setSuiteFindings(uri, checkSuite(this.suiteDocuments(), { only: uri }));
        this.scheduleSuite();
      }
    }
    return this.suiteFindings(uri);
  }

  /** An open document changed: the index waits until the writer stops typing. */
  keystroke(): void {
    this.holdUntil = performance.now() + TYPING_PAUSE_MS;
  }

  private async quiet(): Promise<void> {
    for (let wait = this.holdUntil - performance.now(); wait > 0; wait = this.holdUntil - performance.now()) {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  /** An open document closed: the file on disk counts again, read afresh. */
  closed(uri: string): void {
    if (!this.live.delete(uri)) return;
    if (this.entries.has(uri)) this.enqueue([uri]);
    else this.scheduleSuite();
  }

  /** Settings changed: analyse every file again under them (from the text held). */
  settingsChanged(): void {
    if (!this.enabled) return;
    this.enqueue([...this.entries.keys()], 'analyse');
  }

  /** Resolves when what the workspace report holds may have changed. */
  changed(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  /** Open documents inside a workspace folder belong to the suite; others (another folder's file) do not. */
  private isMember(uri: string): boolean {
    return this.entries.has(uri) || this.folders.some((folder) => uri.startsWith(`${folder}/`));
  }

  private async relist(): Promise<void> {
    let uris: string[];
    try {
      uris = await this.files.list();
    } catch {
      uris = [];
    }
    const listed = new Set(uris);
    for (const uri of this.entries.keys()) if (!listed.has(uri)) this.forgetFile(uri);
    this.enqueue(uris);
  }

  private filesChanged(changes: FileChange[], reset: boolean): void {
    if (reset) {
      void this.relist();
      return;
    }
    // Read each again, a deleted one too (the client then answers null), so that a read
    // still in flight cannot bring back what is gone.
    for (const change of changes) if (change.deleted) this.forgetFile(change.uri);
    this.notify();
    this.enqueue(changes.map((change) => change.uri));
  }

  /** Queues files to read ('read') or to analyse again from the text held ('analyse'). */
  private enqueue(uris: readonly string[], why: 'read' | 'analyse' = 'read'): void {
    for (const uri of uris) if (this.queue.get(uri) !== 'read') this.queue.set(uri, why);
    if (this.queue.size) void this.pump();
    else if (!this.pumping) this.done();
  }

  /** Reads and analyses queued files a few at a time, one analysis per turn of the event loop. */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    clearTimeout(this.suiteTimer);
    try {
      while (this.queue.size) {
        await this.quiet();
        const batch = [...this.queue].slice(0, READ_AHEAD);
        for (const [uri] of batch) this.queue.delete(uri);
        const read = batch.map(async ([uri, why]) => {
          const settings = await this.host.settingsOf(uri);
          const held = why === 'analyse' ? this.entries.get(uri)?.text : undefined;
          const text = held ?? (await this.files.read(uri, settings.maxFileSize * 3));
          return { uri, text, settings };
        });
        for (const pending of read) {
          const { uri, text, settings } = await pending;
          await nextTurn();
          await this.quiet();
          // Read again meanwhile (changed or deleted): the newer turn decides.
          if (this.queue.get(uri) === 'read') continue;
          if (text === null) this.forgetFile(uri);
          else this.index(uri, text, settings);
        }
      }
    } finally {
      this.pumping = false;
    }
    this.done();
  }

  private done(): void {
    this.built = true;
    this.runSuite();
  }

  private forgetFile(uri: string): void {
    this.entries.delete(uri);
    this.models.delete(uri);
  }

  private index(uri: string, text: string, settings: Settings): void {
    const options = { ...analyseOptions(settings), maxCharacters: settings.maxFileSize };
    const tooLarge = oversize(text.length, options);
    let summary: FileSummary | null = null;
    let findings: Finding[];
    if (tooLarge) findings = tooLarge;
    else {
      const analysis = this.service.analyse(text, options);
      summary = summarise(analysis.doc);
      findings = analysis.findings.map(withoutFixes);
    }
    this.entries.set(uri, { uri, text, settings, summary, findings, version: ++this.versions });
    this.models.delete(uri);
    this.notify();
  }

  private scheduleSuite(delay = SUITE_DELAY_MS): void {
    if (!this.built || this.pumping) return;
    clearTimeout(this.suiteTimer);
    this.suiteTimer = setTimeout(() => this.runSuite(), delay);
  }

  /** Every file of the suite (as the suite rules see them), once the index is whole; else null. */
  documents(): SuiteDocument[] | null {
    return this.enabled && this.ready ? this.suiteDocuments() : null;
  }

  /** The files the suite rules see; a closed file's model is parsed again only if a rule reads it. */
  private suiteDocuments(): SuiteDocument[] {
    const documents: SuiteDocument[] = [];
    for (const entry of this.entries.values()) {
      if (this.live.has(entry.uri) || !entry.summary) continue;
      const { uri, text, settings, summary } = entry;
      const models = this.models;
      documents.push({
        uri,
        language: summary.language,
        rules: settings.rules,
        messages: messagesOf(settings),
        facts: summary.facts,
        twin: settings.twin,
        get analysis() {
          let doc = models.get(uri)?.deref();
          if (!doc) {
            doc = parse(text, { language: settings.language === 'auto' ? undefined : settings.language });
            models.set(uri, new WeakRef(doc));
          }
          return { doc };
        },
      });
    }
    for (const [uri, file] of this.live) {
      if (!this.isMember(uri)) continue;
      const { analysis, settings } = file;
      documents.push({
        uri, language: analysis.doc.language, rules: settings.rules, messages: messagesOf(settings), analysis, facts: factsOf(analysis.doc),
        twin: settings.twin,
      });
    }
    return documents;
  }

  /** Runs the suite rules over every file; open documents whose findings changed are pulled again. */
  private runSuite(): void {
    clearTimeout(this.suiteTimer);
    this.suiteTimer = undefined;
    const byUri = new Map<string, SuiteFinding[]>();
    for (const finding of checkSuite(this.suiteDocuments())) {
      const list = byUri.get(finding.uri);
      if (list) list.push(finding);
      else byUri.set(finding.uri, [finding]);
    }
    for (const file of this.live.values()) file.seen = factsKey(file.analysis.doc, file.settings);
    let openChanged = false;
    for (const uri of new Set([...byUri.keys(), ...this.suite.keys()])) {
      if (this.setSuiteFindings(uri, byUri.get(uri) ?? []) && this.host.isOpen(uri)) openChanged = true;
    }
    // Waiters look again even when nothing changed: the index may have become ready.
    this.notify();
    if (openChanged) this.host.openFindingsChanged();
  }

  /** Keeps a file's suite findings; true when they differ from those kept before. */
  private setSuiteFindings(uri: string, findings: readonly SuiteFinding[]): boolean {
    if (sameSuiteFindings(this.suite.get(uri) ?? [], findings)) return false;
    if (findings.length) this.suite.set(uri, findings);
    else this.suite.delete(uri);
    this.suiteVersions.set(uri, (this.suiteVersions.get(uri) ?? 0) + 1);
    return true;
  }
}
