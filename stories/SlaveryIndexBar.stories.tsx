import type { GsiRow } from '@kz-trafficking/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { SlaveryIndexBar } from '../packages/react/src/index.js';
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
 * Global Slavery Index 2023 prevalence (people in modern slavery per 1,000), highest first, with
 * Kazakhstan highlighted and the article's figure corrected in a visible note.
 */
const meta = {
  title: 'Charts/SlaveryIndexBar',
  component: SlaveryIndexBar,
  args: { onError: fn() },
} satisfies Meta<typeof SlaveryIndexBar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The bundled data: Kazakhstan, its neighbours and the article's "best" countries (15 bars). */
export const Default: Story = {
  play: async (context) => {
    await expectStoryTheme(context);
    await exploreMarks(context.canvasElement, 15);
  },
};

export const Russian: Story = inLocale('ru');
export const Kazakh: Story = inLocale('kk');
export const English: Story = inLocale('en');
export const Dark: Story = dark;
/** Under 400 px the country names move above the bars. */
export const Narrow: Story = { ...narrow };

/** The Embed action: copy-paste snippets for pages without React, for the current options. */
export const EmbedAction: Story = embedAction('slavery-index-bar');

/**
 * A newsroom passing its own rows through `data` (and its own title, note and source). The figures here are
 * **illustrative**, made up for the demo — not real GSI values.
 */
export const NewsroomUpdate: Story = {
  args: {
    title: 'Example: a newsroom’s own table',
    notes: ['Illustrative figures passed through the data prop; not real Global Slavery Index values.'],
    sources: [{ text: 'Illustrative figures, not published' }],
    data: [
      { iso2: 'KZ', name: 'Kazakhstan', prevalencePer1000: 10.2, estimatedPeople: 195000, population: 19100000 },
      { iso2: 'KG', name: 'Kyrgyzstan', prevalencePer1000: 8.1, estimatedPeople: 55000, population: 6800000 },
      { iso2: 'UZ', name: 'Uzbekistan', prevalencePer1000: 7.0, estimatedPeople: 245000, population: 35000000 },
      { iso2: 'MN', name: 'Mongolia', prevalencePer1000: 3.9, estimatedPeople: 13000, population: 3400000 },
    ] satisfies GsiRow[],
  },
  play: async ({ canvasElement }) => {
    await exploreMarks(canvasElement, 4);
    await expect(within(canvasElement).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Example: a newsroom’s own table',
    );
    await expect(canvasElement.querySelector('.kzt-source')).toHaveTextContent('Illustrative figures, not published');
  },
};

/** The correction note (the article's "1.9 per 100,000, 61st of 157") is visible, and so is the table. */
export const CorrectionVisible: Story = {
  play: async (context) => {
    const { canvasElement } = context;
    const messages = storyMessages(context);
    const canvas = within(canvasElement);
    await exploreMarks(canvasElement, 15);
    const correction = messages.slaveryIndex.correctionNote.split('{')[0] ?? '';
    await expect(canvas.getByText((text) => text.startsWith(correction.trim()), asWritten)).toBeVisible();
    await expect(canvas.getByText(messages.slaveryIndex.unitNote, asWritten)).toBeVisible();
    await openTable(canvasElement, new RegExp(messages.frame.showTable), 15);
  },
};

/** `showCorrection: false` hides only the correction; the unit note stays. */
export const WithoutCorrection: Story = { args: { showCorrection: false }, play: exploreEveryMark };

/** Long country names, a long title, subtitle and notes: everything wraps inside the figure. */
export const LongLabels: Story = {
  args: {
    title: longTitle,
    subtitle: longSubtitle,
    notes: longNotes,
    // Illustrative values for countries with long names.
    data: [
      { iso2: 'BA', name: 'Bosnia and Herzegovina', prevalencePer1000: 6.1, estimatedPeople: null, population: null },
      { iso2: 'CD', name: 'Congo (Kinshasa)', prevalencePer1000: 4.9, estimatedPeople: null, population: null },
      {
        iso2: 'VC',
        name: 'Saint Vincent and the Grenadines',
        prevalencePer1000: 3.2,
        estimatedPeople: null,
        population: null,
      },
      { iso2: 'GS', name: 'South Georgia', prevalencePer1000: 1.4, estimatedPeople: null, population: null },
      { iso2: 'KZ', name: 'Kazakhstan', prevalencePer1000: 11.1, estimatedPeople: 208000, population: 18777000 },
    ],
  },
  play: exploreEveryMark,
};

/** An unknown country code in `countries`. */
export const ErrorUnknownCode: Story = {
  args: { countries: ['KZ', 'XX'] },
  ...errorState({ message: /[«“]XX[»”]/, warning: /SlaveryIndexBar: Unknown country code "XX"/ }),
};

/** A negative prevalence in custom `data`. */
export const ErrorNegativeValue: Story = {
  args: { data: [{ iso2: 'KZ', name: 'Kazakhstan', prevalencePer1000: -1, estimatedPeople: null, population: null }] },
  ...errorState({ message: /\u22121/, warning: /SlaveryIndexBar: prevalencePer1000 of KZ must not be negative/ }),
};

/** Empty `data`. */
export const ErrorEmptyData: Story = {
  args: { data: [] },
  ...errorState({ message: /\(data\)/, warning: /SlaveryIndexBar: data must be a non-empty array/ }),
};

/** A locale the charts are not written in (the figure falls back to Russian to say so). */
export const ErrorUnknownLocale: Story = {
  args: { locale: 'de' as never },
  ...errorState({ message: /[«“]de[»”]/, warning: /SlaveryIndexBar: Unknown locale "de"/ }),
};
