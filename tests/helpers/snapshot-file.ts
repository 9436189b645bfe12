import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** What comparing a text with its committed snapshot found. */
export interface SnapshotOutcome {
  matches: boolean;
  message: string;
}

/**
 * Compares `actual` with the committed snapshot at `expectedPath`. A missing snapshot is written
 * (commit it; on CI it is an error); a different one is written beside it at `actualPath` for
 * review. `UPDATE_SNAPSHOTS=1` rewrites them.
 */
export function compareSnapshotFile(expectedPath: string, actualPath: string, actual: string): SnapshotOutcome {
  if (!existsSync(expectedPath) || process.env.UPDATE_SNAPSHOTS === '1') {
    if (process.env.CI === 'true')
      return { matches: false, message: `${expectedPath} is missing: run the tests locally and commit it.` };
    mkdirSync(dirname(expectedPath), { recursive: true });
    writeFileSync(expectedPath, actual);
    return { matches: true, message: `wrote ${expectedPath}` };
  }
  if (readFileSync(expectedPath, 'utf8') === actual) return { matches: true, message: '' };
  writeFileSync(actualPath, actual);
  return { matches: false, message: `${expectedPath} changed: compare it with ${actualPath}` };
}
