#!/usr/bin/env node
// The `kz-charts` bin of @kz-trafficking/core (cli/run.ts): Node's file system and streams.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { runCli } from './cli/run.js';

// A reader that stops early (`| head`) closes the pipe: that ends the output, not in an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = runCli(process.argv.slice(2), {
    size: (path) => {
      try {
        const stats = statSync(path);
        return stats.isFile() ? stats.size : null;
      } catch {
        return null;
      }
    },
    read: (path) => readFileSync(path, 'utf8'),
    write: (path, text) => writeFileSync(path, text),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
} catch (error) {
  // A file that cannot be read or written (permissions, a directory): a message, not a stack trace.
  process.stderr.write(`kz-charts: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
