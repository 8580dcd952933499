// Finding the `.nosrc.json` that governs a document: the nearest one in its folder or
// a folder above it. Folders and files are named by the caller (file paths on the
// command line, URIs in the server), which also says how to read and where to stop.

import type { Bilingual } from '../core';
import { CONFIG_FILE_NAME, parseConfigFile, type ConfigFile, type ConfigProblem } from './configFile';
import { bilingual } from '../core/messages/message';
import { CONFIG_MESSAGES } from './messages';

export interface LoadedConfig {
  /** The file, named as the caller names files. */
  location: string;
  folder: string;
  text: string;
  config: ConfigFile;
  problems: ConfigProblem[];
}

export interface Places {
  /** The file `name` in `folder`. */
  join(folder: string, name: string): string;
  /** The folder above, or null at the top. */
  parent(folder: string): string | null;
  /**
   * The file's contents, or null when there is no such file; throws when it cannot be read,
   * and throws NotKnownYet when whether it can is not known yet.
   */
  read(file: string): Promise<string | null>;
  /** A short reason for a failed read: one text for both languages, or each language's own. */
  describe(error: unknown): string | Bilingual;
}

/** Thrown by `Places.read` when it cannot tell yet: the file is taken as absent this time and asked for again the next. */
export class NotKnownYet extends Error {}

export function loadConfig(location: string, folder: string, text: string): LoadedConfig {
  return { location, folder, text, ...parseConfigFile(text) };
}

/** Configuration files by folder, each folder looked at once until `clear()`. */
export class ConfigFiles {
  private readonly byFolder = new Map<string, Promise<LoadedConfig | null>>();

  constructor(private readonly places: Places) {}

  /** The nearest configuration file in `folder` or above it, up to and including `top` when given. */
  async nearest(folder: string, top?: string): Promise<LoadedConfig | null> {
    for (let current: string | null = folder; current !== null; current = this.places.parent(current)) {
      const found = await this.inFolder(current);
      if (found) return found;
      if (current === top) break;
    }
    return null;
  }

  /** The file in `folder`, read once, unless the read could not tell yet. */
  private inFolder(folder: string): Promise<LoadedConfig | null> {
    const known = this.byFolder.get(folder);
    if (known) return known;
    const loaded: Promise<LoadedConfig | null> = this.load(folder).catch((error: unknown) => {
      if (!(error instanceof NotKnownYet)) throw error;
      if (this.byFolder.get(folder) === loaded) this.byFolder.delete(folder);
      return null;
    });
    this.byFolder.set(folder, loaded);
    return loaded;
  }

  private async load(folder: string): Promise<LoadedConfig | null> {
    const location = this.places.join(folder, CONFIG_FILE_NAME);
    let text: string | null;
    try {
      text = await this.places.read(location);
    } catch (error) {
      if (error instanceof NotKnownYet) throw error;
      // Reported where it is, like any other problem with the file.
      return { ...loadConfig(location, folder, ''), problems: [{ offset: 0, length: 0, message: bilingual(CONFIG_MESSAGES.unreadable, { reason: this.places.describe(error) }) }] };
    }
    return text === null ? null : loadConfig(location, folder, text);
  }

  clear(): void {
    this.byFolder.clear();
  }
}
