import { describe, expect, it } from 'vitest';
import { type ThemeTokens, themes } from '../../packages/react/src/frame/theme.js';

function channel(value: number): number {
  const srgb = value / 255;
  return srgb <= 0.03928 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const textTokens: (keyof ThemeTokens)[] = ['text', 'text-muted', 'accent-text'];
const markTokens: (keyof ThemeTokens)[] = ['accent', 'context', 'unknown-hatch', 'focus'];

describe.each(['light', 'dark'] as const)('the %s theme', (name) => {
  const tokens = themes[name];

  it.each(textTokens)('gives text in %s at least 4.5:1 against the background (WCAG AA)', (token) => {
    expect(contrast(tokens[token], tokens.background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(markTokens)('gives marks in %s at least 3:1 against the background', (token) => {
    expect(contrast(tokens[token], tokens.background)).toBeGreaterThanOrEqual(3);
  });

  it('gives tooltip text at least 4.5:1 against the tooltip', () => {
    expect(contrast(tokens['tooltip-text'], tokens['tooltip-background'])).toBeGreaterThanOrEqual(4.5);
  });

  it('tells the highlighted mark from the context marks by more than a shade', () => {
    expect(contrast(tokens.accent, tokens.context)).toBeGreaterThan(1.1);
  });
});
