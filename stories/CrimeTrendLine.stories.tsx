import { crimeGapLabel, crimeYearRows } from '@kz-trafficking/core/crime-trend';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { CrimeTrendLine } from '../packages/react/src/index.js';
import { asWritten, exploreMarks, openTable, svgShows } from './support/play.js';
import {
  dark,
  embedAction,
  errorState,
  expectStoryTheme,
  exploreEveryMark,
  inLocale,
  longNotes,
  longSubtitle,
  longTitle,
  narrow,
  storyMessages,
} from './support/stories.js';

/**
 * Registered trafficking-related offences by year (all nine articles, Art. 128, Art. 135). Years
 * with no published figure are drawn as labelled gaps, never bridged by a line.
 */
const meta = {
  title: 'Charts/CrimeTrendLine',
  component: CrimeTrendLine,
  args: { onError: fn() },
} satisfies Meta<typeof CrimeTrendLine>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The bundled 2022–2025 figures: six known points, 2022 and 2023 unpublished. */
export const Default: Story = {
  play: async (context) => {
    await expectStoryTheme(context);
    await exploreMarks(context.canvasElement, 6);
  },
};

export const Russian: Story = inLocale('ru');
export const Kazakh: Story = inLocale('kk');
export const English: Story = inLocale('en');
export const Dark: Story = dark;
export const Narrow: Story = narrow;

/** The Embed action: copy-paste snippets for pages without React, for the current options. */
export const EmbedAction: Story = embedAction('crime-trend-line');

/** Only Art. 128 and Art. 135, chosen with `series`. */
export const TwoSeries: Story = {
  args: { series: ['art128', 'art135'] },
  play: async ({ canvasElement }) => exploreMarks(canvasElement, 4),
};

/**
 * A newsroom adding a year through `data`. The 2026 row is **illustrative**, made up for the demo;
 * the other rows are the bundled figures.
 */
export const NewsroomUpdate: Story = {
  args: {
    title: 'Example: the series with a newsroom’s 2026 row',
    data: [...crimeYearRows(), { year: 2026, total: 140, art128: 10, art135: 25 }],
  },
  play: async ({ canvasElement }) => exploreMarks(canvasElement, 9),
};

/** The unpublished years are visible as labelled gaps and in the notes; the table says "no data". */
export const GapsVisible: Story = {
  play: async (context) => {
    const { canvasElement } = context;
    const messages = storyMessages(context);
    const canvas = within(canvasElement);
    await exploreMarks(canvasElement, 6);
    for (const year of [2022, 2023]) {
      await expect(svgShows(canvasElement, crimeGapLabel(year, messages)), `gap label ${year}`).toBe(true);
    }
    await expect(canvas.getByText(messages.crimeTrend.derivedNote, asWritten)).toBeVisible();
    await openTable(canvasElement, new RegExp(messages.frame.showTable), 4);
    await expect(canvas.getAllByText(messages.frame.noData).length).toBeGreaterThanOrEqual(2);
  },
};

/** A long title, subtitle and notes wrap inside the figure. */
export const LongLabels: Story = {
  args: { title: longTitle, subtitle: longSubtitle, notes: longNotes },
  play: exploreEveryMark,
};

/** An unknown series name. */
export const ErrorUnknownCode: Story = {
  args: { series: ['total', 'art999' as never] },
  ...errorState({ message: /[«“]art999[»”]/, warning: /CrimeTrendLine: Unknown series "art999"/ }),
};

/** A negative count in custom `data`. */
export const ErrorNegativeValue: Story = {
  args: { data: [{ year: 2025, total: -5, art128: 12, art135: 34 }] },
  ...errorState({ message: /\u22125/, warning: /CrimeTrendLine: total in 2025 must not be negative/ }),
};

/** Empty `data`. */
export const ErrorEmptyData: Story = {
  args: { data: [] },
  ...errorState({ message: /\(data\)/, warning: /CrimeTrendLine: data must be a non-empty array/ }),
};

/** A locale the charts are not written in. */
export const ErrorUnknownLocale: Story = {
  args: { locale: 'fr' as never },
  ...errorState({ message: /[«“]fr[»”]/, warning: /CrimeTrendLine: Unknown locale "fr"/ }),
};
