// The workspace folders the client named at start-up, and which of them holds a document.

import type { InitializeParams } from 'vscode-languageserver';

/** The workspace folders' URIs, each without a final '/'. */
export function workspaceFolders(params: InitializeParams | undefined): string[] {
  const folders = Array.isArray(params?.workspaceFolders) ? params.workspaceFolders.map((folder) => folder?.uri) : [params?.rootUri];
  return folders.filter((uri): uri is string => typeof uri === 'string').map((uri) => uri.replace(/\/$/, ''));
}

/** The folder part of a document's URI, with its final '/'. */
export function folderOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/') + 1);
}

/** The innermost of `folders` that is `uri` or holds it, if any. */
export function innermostFolder(folders: readonly string[], uri: string): string | undefined {
  let innermost: string | undefined;
  for (const folder of folders) {
    if ((uri === folder || uri.startsWith(`${folder}/`)) && folder.length > (innermost?.length ?? -1)) innermost = folder;
  }
  return innermost;
}
