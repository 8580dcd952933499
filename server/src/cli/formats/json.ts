// `check --format json`: `{"files":[{"path","language","diagnostics":[…]}]}` with LSP-shaped
// diagnostics, written file by file.

import type { CheckFormat } from './format';

export const json: CheckFormat = ({ encoder }) => ({
  begin: () => '{"files":[',
  file: ({ path, language, findings }, index) =>
    `${index ? ',' : ''}\n${JSON.stringify({ path, language, diagnostics: findings.map((finding) => encoder.encode(finding)) })}`,
  end: () => '\n]}\n',
});
