// Prints core's fact-check of the dataset as a table: `pnpm start -- --locale kk` (ru, kk or en; default ru).
import { parseArgs } from 'node:util';
import { dataset } from '../packages/core/src/dataset.js';
import { audit, formatAuditTable } from '../packages/core/src/index.js';
import { messagesFor } from '../packages/core/src/messages.js';

// pnpm may pass a `--` separator through; it is not an argument.
const args = process.argv.slice(2).filter((arg) => arg !== '--');
const { values } = parseArgs({ args, options: { locale: { type: 'string', default: 'ru' } } });
const locales = values.locale === 'all' ? ['ru', 'kk', 'en'] : [values.locale];

try {
  const findings = audit(dataset);
  for (const locale of locales) process.stdout.write(`${formatAuditTable(findings, messagesFor(locale))}\n\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
