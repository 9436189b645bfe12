import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `shared/` lies beside the project, both for developers and in CI. */
export const sharedDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');

export function readShared(path: string): string {
  return readFileSync(resolve(sharedDir, path), 'utf8');
}

/** A small CSV without quoted fields, as the files in shared/data are. */
export function readSharedCsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readShared(path).trim().split(/\r?\n/);
  const columns = (header ?? '').split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, index) => [columns[index] ?? '', cell])));
}
