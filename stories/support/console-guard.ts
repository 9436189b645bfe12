/**
 * Every story must render without console errors or warnings. The preview installs this guard
 * before each story and checks it after the play function: any `console.error`, and any
 * `console.warn` the story did not declare in `parameters.expectedWarnings`, fails the story.
 *
 * The charts warn once per distinct message and page in development (`warnOnce`), so the guard
 * also remembers every chart warning seen on this page: an error story re-rendered in the
 * Storybook UI finds its warning there even though the chart does not repeat it.
 */

/** A console call seen while a story ran. */
export interface ConsoleCall {
  method: 'error' | 'warn';
  text: string;
}

const chartPrefix = '[kz-trafficking]';
const seenChartWarnings: string[] = [];
let calls: ConsoleCall[] = [];

function textOf(args: readonly unknown[]): string {
  return args.map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : String(arg))).join(' ');
}

/** Wraps `console.error` and `console.warn` (still printing); returns the function that restores them. */
export function installConsoleGuard(): () => void {
  calls = [];
  const originals = { error: console.error, warn: console.warn };
  for (const method of ['error', 'warn'] as const) {
    console[method] = (...args: unknown[]) => {
      const text = textOf(args);
      calls.push({ method, text });
      if (method === 'warn' && text.startsWith(chartPrefix)) seenChartWarnings.push(text);
      originals[method].apply(console, args);
    };
  }
  return () => {
    console.error = originals.error;
    console.warn = originals.warn;
  };
}

/** Every chart warning (`[kz-trafficking] …`) seen on this page so far. */
export function chartWarnings(): readonly string[] {
  return seenChartWarnings;
}

/** Throws when the story logged an error, or a warning that does not match `expected`. */
export function assertCleanConsole(expected: readonly RegExp[] = []): void {
  const unexpected = calls.filter(
    (call) => call.method === 'error' || !expected.some((pattern) => pattern.test(call.text)),
  );
  if (unexpected.length > 0) {
    throw new Error(
      `The story wrote to the console:\n${unexpected.map((call) => `console.${call.method}: ${call.text}`).join('\n')}`,
    );
  }
}
