import { afterEach, beforeEach, vi } from 'vitest';

// Any console.error or console.warn during a test is a failure: warnings are bugs we have not read.
const calls: string[] = [];

beforeEach(() => {
  calls.length = 0;
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      calls.push(`console.${method}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (calls.length > 0) throw new Error(`Unexpected console output:\n${calls.join('\n')}`);
});
