import type { Locale } from '@kz-trafficking/core';
import { type Messages, messagesFor } from '@kz-trafficking/core/messages';
import type { Decorator } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { type ExpectedError, expectErrorState, exploreMarks } from './play.js';

/** What a story's play function receives and uses here. */
interface PlayContext {
  canvasElement: HTMLElement;
  args: { locale?: unknown; onError?: unknown };
  globals: Record<string, unknown>;
}

/** The catalogue of the locale a story renders in: its own `locale` arg, else the toolbar's. */
export function storyMessages({ args, globals }: Pick<PlayContext, 'args' | 'globals'>): Messages {
  return messagesFor((args.locale ?? globals.locale ?? 'ru') as Locale);
}

/** The figure follows the theme of its `theme` arg, else the toolbar's (the decorator passes it on). */
export async function expectStoryTheme({ canvasElement, args, globals }: PlayContext): Promise<void> {
  const theme = (args as { theme?: unknown }).theme ?? globals.theme;
  await expect(canvasElement.querySelector('figure')).toHaveAttribute('data-kzt-theme', String(theme));
}

/** Checks the theme, then hovers, focuses and tabs through every mark, checking each tooltip. */
export const exploreEveryMark = async (context: PlayContext) => {
  await expectStoryTheme(context);
  await exploreMarks(context.canvasElement);
};

/** The chart in one locale, whatever the toolbar says. */
export function inLocale(locale: Locale) {
  return { globals: { locale }, play: exploreEveryMark };
}

/** The dark theme, with the page behind the chart dark too. */
export const dark = { globals: { theme: 'dark' }, play: exploreEveryMark };

const narrowBox: Decorator = (Story) => (
  <div style={{ maxWidth: 320 }}>
    <Story />
  </div>
);

/** A 320 px page (the story tests resize the browser; the static pages get a 320 px column). */
export const narrow = {
  globals: { viewport: { value: 'narrow320', isRotated: false } },
  decorators: [narrowBox],
  play: exploreEveryMark,
};

/**
 * A story whose props cannot be charted: the figure shows the error, calls `onError` and, in a
 * development build, writes one warning — the only console output a story may have, declared here
 * and asserted by the play function (which asserts silence in a production build).
 */
export function errorState(expected: ExpectedError) {
  return {
    parameters: { expectedWarnings: [expected.warning] },
    play: async ({ canvasElement, args }: Pick<PlayContext, 'canvasElement' | 'args'>) =>
      expectErrorState(canvasElement, args.onError, expected),
  };
}

/**
 * The figure's Embed action, with `embedBaseUrl` set: opens the panel and checks that the script
 * snippet names the chart's element with its picture, and the iframe, Pym.js and AMP snippets its page.
 */
export function embedAction(chart: string) {
  return {
    args: { embedBaseUrl: 'https://charts.example.org/kz' },
    play: async ({ canvasElement, args, globals }: PlayContext) => {
      const canvas = within(canvasElement);
      const { frame, locale } = storyMessages({ args, globals });
      const button = canvas.getByRole('button', { name: frame.embed });
      await userEvent.click(button);
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      const script = (await canvas.findByRole('textbox', { name: frame.embedScript })) as HTMLTextAreaElement;
      await expect(script.value).toContain(`<kz-${chart} `);
      // The story's options are pre-rendered: the element holds their picture, and the iframe shows
      // their own chart page.
      await expect(script.value).toContain(`<img src="https://charts.example.org/kz/static/${chart}.${locale}.`);
      const iframe = canvas.getByRole('textbox', { name: frame.embedIframe }) as HTMLTextAreaElement;
      await expect(iframe.value).toMatch(
        new RegExp(`src="https://charts\\.example\\.org/kz/pages/${chart}\\.${locale}\\.(light|dark|auto)\\.html"`),
      );
      // Pym.js and AMP pages are given the same chart page.
      const page = iframe.value.match(/src="([^"]+)"/)?.[1];
      const pym = canvas.getByRole('textbox', { name: frame.embedPym }) as HTMLTextAreaElement;
      await expect(pym.value).toContain(`data-pym-src="${page}"`);
      const amp = canvas.getByRole('textbox', { name: frame.embedAmp }) as HTMLTextAreaElement;
      await expect(amp.value).toContain(`<amp-iframe src="${page}"`);
    },
  };
}

/** A long text, for stories that check wrapping. */
export const longTitle =
  'A deliberately long title that a newsroom might write, to check that the heading wraps over several lines on narrow screens without overlapping the chart below it';
export const longSubtitle =
  'Subtitle with the measure, the unit and the period spelled out at length — registered criminal offences per calendar year as recorded by the Committee on Legal Statistics and Special Accounts';
export const longNotes = [
  'A long note that explains a correction in detail, as editors sometimes do, so that readers see why the figure differs from the one first published in the article, and where the primary figure comes from.',
  'Another note with a very long unbroken token: https://example.org/a/very/long/address/that/has/no/spaces/at/all/and/must/wrap/inside/the/figure',
];
