import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { NewsroomUpdate } from './docs/NewsroomUpdate.js';

/**
 * Paste or drop a newsroom's update of the figures (JSON or CSV) and see the four charts, the
 * fact-check and the update's problems live, in the chosen locale. The page starts with a made-up
 * example: its 2026 figures are not data.
 */
const meta = {
  title: 'Docs/Newsroom update',
  component: NewsroomUpdate,
  // A page, not a component: no generated docs page beside it, so the sidebar shows one entry.
  tags: ['!autodocs'],
  parameters: { controls: { disable: true } },
} satisfies Meta<typeof NewsroomUpdate>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Markup in a source's name, which the chart's source line must show as text. */
const hostilePublisher = '<b>Made-up desk</b><img src=x onerror="window.__hostile=1">';

/** A valid made-up update: the 2026 total only (the figure is not data), from a made-up source. */
const valid2026 = JSON.stringify({
  sources: {
    'made-up-2027': {
      publisher: hostilePublisher,
      title: 'Made-up figures for a test, not data',
      date: '2027-01-20',
      url: null,
      language: 'en',
    },
  },
  facts: [
    {
      id: 'crimes.total.2026',
      status: 'reported',
      value: 123,
      unit: 'offences',
      period: '2026',
      source: 'made-up-2027',
      note: 'Made-up figure for the test, not data.',
    },
  ],
});

/** An invalid update: markup where the count belongs, which must stay text. */
const hostile = '<img src=x onerror="window.__hostile=1">';
const invalid2026 = JSON.stringify({
  facts: [
    { id: 'crimes.total.2026', status: 'reported', value: hostile, unit: 'offences', period: '2026', source: 'kpsisu' },
  ],
});

/**
 * How long a check waits for the page to redraw: each change redraws four charts and the fact-check,
 * which takes seconds on a busy machine (Testing Library's default is 1 s).
 */
const redrawn = { timeout: 5000 };

/** Pastes `text` over the whole text box: one change, as a data desk's Ctrl+A, Ctrl+V makes. */
async function pasteUpdate(canvasElement: HTMLElement, text: string): Promise<void> {
  const box = within(canvasElement).getByRole<HTMLTextAreaElement>('textbox', { name: /^Update \(JSON or CSV\)/ });
  await userEvent.click(box);
  box.setSelectionRange(0, box.value.length);
  await userEvent.paste(text);
  await expect(box).toHaveValue(text);
}

function status(canvasElement: HTMLElement): HTMLElement {
  return within(canvasElement).getByRole('status');
}

/** The list of the update's problems, under its "Problems" heading. */
function problemList(canvasElement: HTMLElement): HTMLElement {
  const heading = within(canvasElement).getByRole('heading', { name: 'Problems' });
  return within(heading.closest('section') as HTMLElement).getByRole('list');
}

/** The line chart's data table (in its figure, visually hidden until "show table" is pressed). */
function crimeTable(canvasElement: HTMLElement): HTMLElement {
  const figure = canvasElement.querySelector<HTMLElement>('[data-chart="crime-trend-line"] figure');
  if (!figure) throw new Error('the line chart has no figure');
  return within(figure).getByRole('table', { hidden: true });
}

/** The page as a designer opens it: the made-up example applied, 2026 on the line. */
export const NewsroomUpdatePage: Story = {
  name: 'Newsroom update',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(status(canvasElement)).toHaveTextContent(/valid: .*crimes\.total\.2026/), redrawn);
    await expect(canvas.getByText(/made-up example: its 2026 figures are not data/i)).toBeVisible();
    await waitFor(() => expect(crimeTable(canvasElement)).toHaveTextContent('2026'), redrawn);
    await expect(canvas.queryByRole('heading', { name: 'Problems' })).toBeNull();
  },
};

// The page's tests below are one story each (each story test has its own time budget), hidden from
// the sidebar (tag '!dev', written out in each story: Storybook's indexer reads tags statically),
// which shows the page once.

/** Pasting a valid update (a made-up 2026 total) adds 2026 to the line. */
export const PasteValidUpdate: Story = {
  tags: ['!dev'],
  play: async ({ canvasElement }) => {
    await pasteUpdate(canvasElement, valid2026);
    await waitFor(
      () => expect(status(canvasElement)).toHaveTextContent('0 facts replaced, 1 fact added (crimes.total.2026)'),
      redrawn,
    );
    await waitFor(() => expect(crimeTable(canvasElement)).toHaveTextContent('2026'), redrawn);
    await expect(within(canvasElement).queryByRole('heading', { name: 'Problems' })).toBeNull();
    // The new source's name is credited under the line as text, its markup never parsed.
    const figure = crimeTable(canvasElement).closest('figure') as HTMLElement;
    await expect(figure).toHaveTextContent(hostilePublisher);
    await expect(figure.querySelector('b, img')).toBeNull();
  },
};

/**
 * Pasting an invalid update lists its problems by fact id and field, in the chosen locale; markup in
 * the update stays text; the charts go back to the bundled figures.
 */
export const PasteInvalidUpdate: Story = {
  tags: ['!dev'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await pasteUpdate(canvasElement, invalid2026);
    await canvas.findByRole('heading', { name: 'Problems' }, redrawn);
    const list = problemList(canvasElement);
    await expect(list).toHaveTextContent(/^crimes\.total\.2026 value: /);
    // The markup is shown as text (core quotes the value it names), never parsed.
    await expect(list).toHaveTextContent('<img src=x onerror=');
    await expect(canvasElement.querySelector('img[src="x"]')).toBeNull();
    await expect(status(canvasElement)).toHaveTextContent(/1 problem and was not applied/);
    await waitFor(() => expect(crimeTable(canvasElement)).not.toHaveTextContent('2026'), redrawn);

    const select = canvas.getByRole('combobox', { name: /Language of the charts and problems/ });
    await userEvent.selectOptions(select, 'en');
    await waitFor(
      () => expect(problemList(canvasElement)).toHaveTextContent(/value: should be a finite number/),
      redrawn,
    );
    await userEvent.selectOptions(select, 'kk');
    await waitFor(() => expect(problemList(canvasElement)).toHaveTextContent(/value: .*ақырлы сан/), redrawn);
  },
};
