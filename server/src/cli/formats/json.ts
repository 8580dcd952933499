// `check --format json`: `{"files":[{"path","language","diagnostics":[…]}]}` with LSP-shaped
// diagnostics, written file by file.

import { isSuiteFinding } from '../../core/suite/types';
import type { CheckFormat } from './format';

export const json: CheckFormat = ({ encoder }) => ({
  begin: () => '{"files":[',
  file: ({ path, language, findings }, index) =>
    `${index ? ',' : ''}\n${JSON.stringify({ path, language, diagnostics: findings.map((finding) => (isSuiteFinding(finding) ? encoder.encodeSuite(finding) : encoder.encode(finding))) })}`,
  end: () => '\n]}\n',
});
