import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { pixelsOfColour } from '../../scripts/pdf-pages.js';

/** Waits for the element's figure to report its final marks (`kzt-drawn`, `data-kzt-drawn`). */
export async function waitUntilDrawn(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (selector) => document.querySelector(selector)?.shadowRoot?.querySelector('figure[data-kzt-drawn]') != null,
    selector,
  );
}

/**
 * A screenshot in the frames right after a change holds as much of the accent as one taken once
 * nothing moves any more: the marks were drawn final at once, not regrown from zero.
 */
export async function expectFinalMarks(page: Page, selector: string, accent: string): Promise<void> {
  const element = page.locator(selector);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const early = pixelsOfColour(await element.screenshot({ animations: 'allow' }), accent);
  await page.waitForTimeout(2000);
  const settled = pixelsOfColour(await element.screenshot({ animations: 'allow' }), accent);
  expect(settled).toBeGreaterThan(100);
  expect(Math.abs(early - settled) / settled, `${early} accent pixels at first, ${settled} settled`).toBeLessThan(0.02);
}
