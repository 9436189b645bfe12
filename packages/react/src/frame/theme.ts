/** Names of the theme tokens; each is a CSS custom property `--kzt-<name>` on the figure. */
export type TokenName =
  | 'background'
  | 'text'
  | 'text-muted'
  | 'accent'
  | 'accent-text'
  | 'context'
  | 'grid'
  | 'unknown-hatch'
  | 'focus'
  | 'tooltip-background'
  | 'tooltip-text';

export type ThemeTokens = Record<TokenName, string>;

/**
 * Light and dark token sets. Text tokens reach 4.5:1 and mark tokens 3:1 against the background
 * (checked by tests/react/theme.test.ts).
 */
export const themes: Readonly<Record<'light' | 'dark', ThemeTokens>> = {
  light: {
    background: '#ffffff',
    text: '#1a1a1a',
    'text-muted': '#595959',
    accent: '#c0392b',
    'accent-text': '#a93226',
    context: '#8a8a8a',
    grid: '#e3e3e3',
    'unknown-hatch': '#767676',
    focus: '#1a5fb4',
    'tooltip-background': '#1a1a1a',
    'tooltip-text': '#ffffff',
  },
  dark: {
    background: '#161616',
    text: '#f0f0f0',
    'text-muted': '#b0b0b0',
    accent: '#ff7a6b',
    'accent-text': '#ff8f82',
    context: '#8f8f8f',
    grid: '#3a3a3a',
    'unknown-hatch': '#9a9a9a',
    focus: '#8ab4f8',
    'tooltip-background': '#f0f0f0',
    'tooltip-text': '#161616',
  },
};

/** Which theme a figure uses: `auto` follows the reader's `prefers-color-scheme`. */
export type ThemeName = 'light' | 'dark' | 'auto';
export const themeNames: readonly ThemeName[] = ['light', 'dark', 'auto'];

/** The theme a figure shows now: `auto` resolved with the reader's colour-scheme preference. */
export function resolvedTheme(theme: ThemeName): 'light' | 'dark' {
  if (theme !== 'auto') return theme;
  const prefersDark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  return prefersDark ? 'dark' : 'light';
}
