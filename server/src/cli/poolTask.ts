// Checking one draft for `nos check` (the same on the main thread and in a worker of the
// pool) and `nos report`: read, analyse, wait for the spelling verdicts of its words,
// analyse again from that analysis (only the spelling rule has anything new to say), so
// the output never depends on timing.

import type { AnalyseOptions, Analysis, Finding, Lang } from '../core';
import { factsOf, type SuiteFacts } from '../core/suite/facts';
import { describe } from './errors';
import { bilingual } from '../core/messages/message';
import { CLI, type Reason } from './messages';
import { loadDraft, type Loaded } from './read';

export interface DraftTask {
  path: string;
  options: AnalyseOptions;
  /** The run's language, of the problem that keeps the draft from being checked. */
  lang: Lang;
  /** Whether the suite rules will read the draft: its facts come back too. */
  facts: boolean;
  /** Whether the output shows safe fixes: the findings keep those, and no others. */
  safeFixes: boolean;
}

export type DraftResult =
  | { language: Lang; findings: Finding[]; facts?: SuiteFacts }
  /** Why the draft could not be checked, in the task's language: the one-line report after its path. */
  | { problem: string };

/** One draft's analysis with its spelling verdicts. */
export interface SpelledAnalysis {
  /** Analyses the draft with the words its folder's words file accepts. */
  analyse(text: string, options: AnalyseOptions): Analysis;
  /** Whether the last analysis met words without a verdict yet. */
  pending(): boolean;
  /** Resolves once those words have their verdicts. */
  settled(): Promise<void>;
}

/** Where the verdicts come from: the dictionaries of the main thread, or a worker's questions to them. */
export type DraftSpelling = (path: string) => SpelledAnalysis;

/**
 * A draft read and analysed with its spelling verdicts; null when it cannot be, `problem`
 * having been told why. Every word of the text is asked for in the first analysis, so one
 * wait is enough; the loop is for safety, never for timing.
 */
export async function loadSpelled(
  path: string,
  options: AnalyseOptions,
  spelling: DraftSpelling,
  problem: (path: string, reason: Reason) => void,
): Promise<Loaded | null> {
  const spelled = spelling(path);
  const loaded = loadDraft(path, options, problem, spelled.analyse);
  if (!loaded) return null;
  let current = loaded.analysis;
  try {
    for (let round = 0; round < 3 && spelled.pending(); round++) {
      await spelled.settled();
      current = spelled.analyse(loaded.draft.text, { ...options, language: current.doc.language, previous: current });
    }
  } catch (error) {
    problem(path, bilingual(CLI.internalError, { reason: describe(error) }));
    return null;
  }
  return { draft: loaded.draft, analysis: current };
}

export async function checkDraft(task: DraftTask, spelling: DraftSpelling): Promise<DraftResult> {
  let problem = '';
  const loaded = await loadSpelled(task.path, task.options, spelling, (_, reason) => (problem = reason[task.lang]));
  if (!loaded) return { problem };
  const { doc, findings } = loaded.analysis;
  return { language: doc.language, findings: findings.map((finding) => written(finding, task.safeFixes)), ...(task.facts && { facts: factsOf(doc) }) };
}

/**
 * What the output formats read of a finding: a worker sends that and no more, the fixes
 * (two fifths of the bytes) only to a format that shows them.
 */
function written({ ruleId, severity, range, message, unnecessary, fixes }: Finding, safeFixes: boolean): Finding {
  return { ruleId, severity, range, message, ...(unnecessary && { unnecessary }), fixes: safeFixes ? fixes.filter((fix) => fix.safe) : [] };
}
