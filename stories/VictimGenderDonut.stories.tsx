import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { VictimGenderDonut } from '../packages/react/src/index.js';
import { asWritten, exploreMarks, openTable } from './support/play.js';
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
 * Victims of trafficking-related crimes in 2025 by sex (74 women, 85 men of 159), or by
 * citizenship (143 citizens, 16 foreign or stateless), with the total in the centre.
 */
const meta = {
  title: 'Charts/VictimGenderDonut',
  component: VictimGenderDonut,
  args: { onError: fn() },
} satisfies Meta<typeof VictimGenderDonut>;

export default meta;
type Story = StoryObj<typeof meta>;

/** By sex, the bundled 2025 counts. */
export const Default: Story = {
  play: async (context) => {
    await expectStoryTheme(context);
    await exploreMarks(context.canvasElement, 2);
  },
};

export const Russian: Story = inLocale('ru');
export const Kazakh: Story = inLocale('kk');
export const English: Story = inLocale('en');
export const Dark: Story = dark;
export const Narrow: Story = narrow;

/** The Embed action: copy-paste snippets for pages without React, for the current options. */
export const EmbedAction: Story = embedAction('victim-gender-donut');

/** The citizenship variant (`breakdown: 'citizenship'`); its long slice label wraps over two lines. */
export const ByCitizenship: Story = {
  args: { breakdown: 'citizenship' },
  play: async ({ canvasElement }) => exploreMarks(canvasElement, 2),
};

/**
 * A newsroom's own counts through `data`, credited through `sources`. The figures are
 * **illustrative**, made up for the demo.
 */
export const NewsroomUpdate: Story = {
  args: {
    title: 'Example: a newsroom’s own counts',
    notes: ['Illustrative counts passed through the data prop; not published figures.'],
    sources: [{ text: 'Illustrative counts, not published' }],
    data: { total: 120, women: 70, men: 50, citizens: 100, foreigners: 20 },
  },
  play: async ({ canvasElement }) => {
    await exploreMarks(canvasElement, 2);
    await expect(canvasElement.querySelector('svg[role="listbox"]')).toHaveTextContent('120');
    await expect(canvasElement.querySelector('.kzt-source')).toHaveTextContent('Illustrative counts, not published');
  },
};

/** The ambiguous "+21.3 %" is explained in a visible note and never drawn as a 2024 slice. */
export const AmbiguityVisible: Story = {
  play: async (context) => {
    const { canvasElement } = context;
    const messages = storyMessages(context);
    const canvas = within(canvasElement);
    await exploreMarks(canvasElement, 2);
    await expect(canvas.getByText(messages.victimBreakdown.womenChangeNote, asWritten)).toBeVisible();
    await expect(canvas.getByText(messages.victimBreakdown.sexDerivedNote, asWritten)).toBeVisible();
    await openTable(canvasElement, new RegExp(messages.frame.showTable), 2);
  },
};

/** A long title, subtitle and notes wrap inside the figure. */
export const LongLabels: Story = {
  args: { title: longTitle, subtitle: longSubtitle, notes: longNotes, breakdown: 'citizenship' },
  play: exploreEveryMark,
};

/** An unknown breakdown. */
export const ErrorUnknownCode: Story = {
  args: { breakdown: 'age' as never },
  ...errorState({ message: /[«“]age[»”]/, warning: /VictimGenderDonut: Unknown breakdown "age"/ }),
};

/** A negative count. */
export const ErrorNegativeValue: Story = {
  args: { data: { total: 159, women: -1, men: 160, citizens: 143, foreigners: 16 } },
  ...errorState({ message: /\u22121/, warning: /VictimGenderDonut: women must not be negative/ }),
};

/** A total of zero: nothing to chart. */
export const ErrorEmptyData: Story = {
  args: { data: { total: 0, women: 0, men: 0, citizens: 0, foreigners: 0 } },
  ...errorState({ message: /\(total\)/, warning: /VictimGenderDonut: The total is 0/ }),
};

/** A locale the charts are not written in. */
export const ErrorUnknownLocale: Story = {
  args: { locale: 'uz' as never },
  ...errorState({ message: /[«“]uz[»”]/, warning: /VictimGenderDonut: Unknown locale "uz"/ }),
};
