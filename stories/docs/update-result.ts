import { isKztError, type UpdateProblem } from '@kz-trafficking/core';
import { type Dataset, dataset } from '@kz-trafficking/core/dataset';
import { applyUpdate, changedFacts, maxUpdateBytes, parseUpdate } from '@kz-trafficking/core/update';

/** What the page makes of the update in its text box. */
export type UpdateResult =
  | { kind: 'empty' }
  | { kind: 'valid'; dataset: Dataset; replaced: readonly string[]; added: readonly string[] }
  | { kind: 'invalid'; problems: readonly UpdateProblem[] };

/**
 * The update `text` (JSON or CSV; by `fileName`'s extension when it came from a file, else by its
 * first character) merged into the bundled dataset by core, or core's problems with it.
 */
export function readUpdate(text: string, fileName?: string): UpdateResult {
  if (text.trim() === '') return { kind: 'empty' };
  try {
    const updated = applyUpdate(dataset, parseUpdate(text, fileName));
    return { kind: 'valid', dataset: updated, ...changedFacts(dataset, updated) };
  } catch (error) {
    if (isKztError(error) && error.problems.length > 0) return { kind: 'invalid', problems: error.problems };
    throw error;
  }
}

/** The problem of a file too large to read (core reads at most `maxUpdateBytes`). */
export const tooLargeFile: UpdateProblem = {
  factId: null,
  field: '',
  kind: 'too-large',
  expected: `${maxUpdateBytes} B`,
};

const ids = (list: readonly string[]) => (list.length > 0 ? ` (${list.join(', ')})` : '');

/** The status line: what the update changed, or how many problems it has. */
export function statusText(result: UpdateResult): string {
  switch (result.kind) {
    case 'empty':
      return 'No update: the charts and the fact-check show the bundled figures.';
    case 'valid': {
      const { replaced, added } = result;
      const facts = (count: number) => `${count} ${count === 1 ? 'fact' : 'facts'}`;
      return `The update is valid: ${facts(replaced.length)} replaced${ids(replaced)}, ${facts(added.length)} added${ids(added)}. The charts and the fact-check show the merged figures.`;
    }
    case 'invalid': {
      const count = result.problems.length;
      return `The update has ${count} ${count === 1 ? 'problem' : 'problems'} and was not applied: the charts and the fact-check show the bundled figures.`;
    }
  }
}
