import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { RegionalShare } from '../packages/react/src/index.js';
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
 * Map of Kazakhstan's 20 first-level units (2022 layout) with shares of a total, and an inset on
 * the Almaty cluster. Units without data are hatched as "no data"; the part of the total not broken
 * down by region is shown apart, never spread over the map.
 */
const meta = {
  title: 'Charts/RegionalShare',
  component: RegionalShare,
  args: { onError: fn() },
} satisfies Meta<typeof RegionalShare>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Art. 135 cases in 2025: Almaty 26 of 31, the other 5 not broken down (20 marks, one per unit). */
export const Default: Story = {
  play: async (context) => {
    await expectStoryTheme(context);
    await exploreMarks(context.canvasElement, 20);
  },
};

export const Russian: Story = inLocale('ru');
export const Kazakh: Story = inLocale('kk');
export const English: Story = inLocale('en');
export const Dark: Story = dark;
export const Narrow: Story = narrow;

/** The Embed action: copy-paste snippets for pages without React, for the current options. */
export const EmbedAction: Story = embedAction('regional-share');

/** Made-up counts for every unit, to check labels and classes (**not real data**). */
export const AllUnits: Story = {
  args: {
    values: {
      'KZ-10': 1,
      'KZ-11': 2,
      'KZ-15': 3,
      'KZ-19': 4,
      'KZ-23': 1,
      'KZ-27': 0,
      'KZ-31': 2,
      'KZ-33': 1,
      'KZ-35': 5,
      'KZ-39': 1,
      'KZ-43': 2,
      'KZ-47': 3,
      'KZ-55': 1,
      'KZ-59': 1,
      'KZ-61': 6,
      'KZ-62': 0,
      'KZ-63': 2,
      'KZ-71': 8,
      'KZ-75': 30,
      'KZ-79': 7,
    },
    total: 80,
  },
  play: exploreEveryMark,
};

/** Without the Almaty inset. */
export const WithoutInset: Story = { args: { inset: false }, play: exploreEveryMark };

/**
 * A newsroom's own counts for three units through `values` and `total`, credited through
 * `sources`. The figures are **illustrative**, made up for the demo.
 */
export const NewsroomUpdate: Story = {
  args: {
    title: 'Example: a newsroom’s own regional counts',
    values: { 'KZ-75': 20, 'KZ-71': 5, 'KZ-79': 3 },
    total: 34,
    highlight: ['KZ-71'],
    sources: [{ text: 'Illustrative counts, not published' }],
  },
  play: exploreEveryMark,
};

/** "No data" is visibly not zero, and the 5 cases without a region stay apart from the map. */
export const GapsVisible: Story = {
  play: async (context) => {
    const { canvasElement } = context;
    const messages = storyMessages(context);
    const canvas = within(canvasElement);
    await exploreMarks(canvasElement, 20);
    await expect(canvas.getByText(messages.regionalShare.noDataNote, asWritten)).toBeVisible();
    await expect(svgShows(canvasElement, messages.regionalShare.remainder), 'remainder in the legend').toBe(true);
    await openTable(canvasElement, new RegExp(messages.frame.showTable));
  },
};

/** A long title, subtitle, notes and remainder label wrap inside the figure. */
export const LongLabels: Story = {
  args: {
    title: longTitle,
    subtitle: longSubtitle,
    notes: longNotes,
    remainderLabel: 'Cases registered elsewhere in the country, which the source does not break down by region',
  },
  play: exploreEveryMark,
};

/** A pre-2022 letter code (`KZ-ALA`) is not a unit of the 2022 layout. */
export const ErrorUnknownCode: Story = {
  args: { values: { 'KZ-ALA': 26 }, total: 31 },
  ...errorState({ message: /[«“]KZ-ALA[»”]/, warning: /RegionalShare: Unknown region code "KZ-ALA"/ }),
};

/** A negative count. */
export const ErrorNegativeValue: Story = {
  args: { values: { 'KZ-75': -2 }, total: 31 },
  ...errorState({ message: /\u22122/, warning: /RegionalShare: KZ-75 must not be negative/ }),
};

/** A total of zero: nothing to chart. */
export const ErrorEmptyData: Story = {
  args: { values: {}, total: 0 },
  ...errorState({ message: /\(total\)/, warning: /RegionalShare: The total is 0/ }),
};

/** A locale the charts are not written in. */
export const ErrorUnknownLocale: Story = {
  args: { locale: 'tr' as never },
  ...errorState({ message: /[«“]tr[»”]/, warning: /RegionalShare: Unknown locale "tr"/ }),
};
