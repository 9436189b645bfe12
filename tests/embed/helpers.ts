import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';

export const root = resolve(import.meta.dirname, '../..');
export const embedDist = join(root, 'packages/embed/dist');

/** The embed must be built (with its static images) before these tests: `pnpm run embed:build`. */
export function assertBuilt(): void {
  for (const file of ['kz-charts.js', 'kz-resizer.js', 'kz-frame.js', 'static/manifest.json']) {
    if (!existsSync(join(embedDist, file))) {
      throw new Error(`packages/embed/dist/${file} is missing: run \`pnpm run embed:build\` first.`);
    }
  }
}

export interface Watched {
  errors: string[];
}

/** Collects console errors, page errors and CSP violations (from every frame and shadow root). */
export async function watch(page: Page): Promise<Watched> {
  const watched: Watched = { errors: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      watched.errors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => watched.errors.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __kzViolations: string[] }).__kzViolations = log;
    document.addEventListener(
      'securitypolicyviolation',
      (event) => log.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
      true,
    );
  });
  return watched;
}

export async function violations(page: Page | Frame): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __kzViolations?: string[] }).__kzViolations ?? []);
}

export function newPageIn(browser: Browser, width: number, height = 900): Promise<Page> {
  return browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
}

const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown }[];
}

/** axe-core's violations in `frame` (its own document and shadow roots; iframes checked separately). */
export async function axeViolations(frame: Page | Frame, disabledRules: string[] = []): Promise<string[]> {
  await frame.evaluate(axeSource);
  const found = await frame.evaluate(async (disabled) => {
    const axe = (
      window as unknown as {
        axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const rules = Object.fromEntries(disabled.map((rule) => [rule, { enabled: false }]));
    const result = await axe.run(document, { iframes: false, resultTypes: ['violations'], rules });
    return result.violations.map(
      (violation) => `${violation.id}: ${violation.help} ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
    );
  }, disabledRules);
  return found;
}

/** Starts summing layout shifts (without recent input) from the first paint on. */
export async function observeLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const state = window as unknown as { __kzCls: number; __kzShifts: string[] };
    state.__kzCls = 0;
    state.__kzShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        state.__kzCls += entry.value;
        state.__kzShifts.push(
          `${entry.value.toFixed(4)} ${(entry.sources ?? []).map((source) => (source.node as Element | undefined)?.nodeName).join(',')}`,
        );
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export async function layoutShift(page: Page): Promise<{ cls: number; shifts: string[] }> {
  return page.evaluate(() => {
    const state = window as unknown as { __kzCls: number; __kzShifts: string[] };
    return { cls: state.__kzCls, shifts: state.__kzShifts };
  });
}
