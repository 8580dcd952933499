// The settings each open document is checked with: editor settings and the nearest
// `.nosrc.json` (read through the client, see configFiles.ts), resolved in the order
// config/resolve.ts documents (a language chosen for one document in the editor is
// applied over them, see documentLanguage.ts). Any change bumps `generation` and tells
// `onChange`, so every open document is checked again.

import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type Connection,
  type InitializeParams,
} from 'vscode-languageserver';
import { CONFIG_FILE_NAME } from '../config/configFile';
import type { LoadedConfig } from '../config/lookup';
import { declaredTwin } from '../config/pairs';
import { resolveSettings } from '../config/resolve';
import { ConfigFileReader } from './configFiles';
import { checkSettings, EditorSettings, type Settings } from './settings';

/** How long after start-up the server asks to be told of changes (see `initialized`). */
const REGISTER_AFTER_MS = 200;

export class DocumentSettings {
  /** Bumped on every change, so cached analyses know they are stale. */
  generation = 0;
  private readonly editor: EditorSettings;
  private readonly configFiles: ConfigFileReader;
  private readonly resolved = new Map<string, { generation: number; settings: Promise<Settings> }>();
  private watchRegistration = false;

  constructor(
    private readonly connection: Connection,
    private readonly onChange: () => void,
  ) {
    this.editor = new EditorSettings(connection);
    this.configFiles = new ConfigFileReader(connection, () => this.changed());
    connection.onDidChangeConfiguration((params) => {
      this.editor.changed(params);
      this.changed();
    });
    connection.onDidChangeWatchedFiles((params) => {
      const changes = Array.isArray(params?.changes) ? params.changes : [];
      const configs = changes.filter((change) => typeof change?.uri === 'string' && change.uri.endsWith(`/${CONFIG_FILE_NAME}`));
      if (!configs.length) return;
      for (const change of configs) if (change.type === FileChangeType.Deleted) this.configFiles.deleted(change.uri);
      this.configFiles.clear();
      this.changed();
    });
  }

  initialize(params: InitializeParams): void {
    this.editor.initialize(params);
    this.configFiles.initialize(params);
    this.watchRegistration = params?.capabilities?.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  }

  /**
   * Asks for the settings of the workspace folders at once, before a document needs them,
   * and for the notifications that keep them current a moment later: each request the
   * server sends costs a fraction of a millisecond that the first document opened would
   * otherwise wait for. As with any registration, a change made before it is in place goes
   * unseen until the next.
   */
  initialized(): void {
    this.editor.prefetch();
    this.configFiles.prefetch();
    setTimeout(() => this.register(), REGISTER_AFTER_MS);
  }

  private register(): void {
    // A client that refuses a registration only goes without those notifications.
    const ignore = () => undefined;
    if (this.editor.pulls) this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'nos' }).catch(ignore);
    if (this.watchRegistration && this.configFiles.enabled) {
      this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] }).catch(ignore);
    }
  }

  /** Checks and works out settings as the editor's first answer is, so that code is compiled before a document opens. */
  warmUp(): void {
    for (let i = 0; i < 3; i++) {
      const { settings } = checkSettings({ language: 'auto', rules: { 'section-order': 'warning' } });
      resolveSettings({ settings });
    }
  }

  /** The settings of a document, worked out once per generation (every request asks). */
  get(uri: string): Promise<Settings> {
    const cached = this.resolved.get(uri);
    if (cached?.generation === this.generation) return cached.settings;
    const settings = this.resolve(uri);
    this.resolved.set(uri, { generation: this.generation, settings });
    return settings;
  }

  private async resolve(uri: string): Promise<Settings> {
    const [settings, loaded] = await Promise.all([this.editor.get(uri), this.configFiles.governing(uri)]);
    if (loaded) this.configFiles.show(loaded, settings.messagesLanguage);
    const resolved = resolveSettings({
      settings,
      file: loaded ? { config: loaded.config, relativePath: relativePath(loaded, uri) } : undefined,
    });
    const twin = loaded ? declaredTwin(loaded.folder, loaded.config, uri) : undefined;
    return { ...settings, ...resolved, ...(twin !== undefined && { twin }) };
  }

  forget(uri: string): void {
    this.resolved.delete(uri);
  }

  private changed(): void {
    this.generation++;
    this.onChange();
  }
}

/** The document's path below the configuration file's folder, decoded, with '/' separators. */
function relativePath(loaded: LoadedConfig, uri: string): string {
  const below = uri.slice(loaded.folder.length + 1);
  try {
    return decodeURIComponent(below);
  } catch {
    return below;
  }
}
