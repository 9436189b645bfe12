// Every chart takes a newsroom's merged dataset (#18 item 4): its figures, years and sources.
// The 2026 figures are made up for the test; they are not data.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../packages/core/src/dataset.js';
import { applyUpdate } from '../../packages/core/src/update.js';
import { CrimeTrendLine, RegionalShare, SlaveryIndexBar, VictimGenderDonut } from '../../packages/react/src/index.js';

const reported = (id: string, value: number, unit: string) => ({
  id,
  status: 'reported',
  value,
  unit,
  period: '2026',
  source: 'newsroom-2027',
});

const updated = applyUpdate(dataset, {
  sources: {
    'newsroom-2027': {
      id: 'newsroom-2027',
      publisher: 'Example Desk',
      title: 'Made-up figures for 2026',
      date: '2027-01-20',
      url: 'https://example.org/update.json',
      language: 'en',
    },
  },
  facts: [
    reported('crimes.total.2026', 310, 'offences'),
    reported('crimes.art135.2026', 27, 'offences'),
    reported('crimes.art135.almaty.2026', 20, 'offences'),
    reported('victims.2026', 170, 'people'),
    reported('victims.women.2026', 80, 'people'),
    reported('victims.men.2026', 90, 'people'),
    { ...reported('gsi.prevalence.KZ', 9.9, 'per-1000'), period: '2025' },
  ],
});

describe('the dataset prop', () => {
  it('adds an update’s year to the line, its table and its source line', () => {
    const html = renderToString(<CrimeTrendLine locale="en" dataset={updated} />);
    expect(html).toContain('Registered criminal offences by year, 2022–2026');
    expect(html).toMatch(/<th scope="row"[^>]*>2026<\/th>/);
    expect(html).toContain('Example Desk, Made-up figures for 2026');
    expect(html).toContain('href="https://example.org/update.json"');
  });

  it('moves the donut and the map to the update’s year', () => {
    expect(renderToString(<VictimGenderDonut locale="en" dataset={updated} />)).toContain(
      'Victims of human trafficking by sex, 2026',
    );
    expect(renderToString(<RegionalShare locale="en" dataset={updated} />)).toContain(
      'Trafficking-in-minors cases by region, 2026',
    );
  });

  it('draws the bars from the update’s estimates, without the bundled correction', () => {
    const html = renderToString(<SlaveryIndexBar locale="en" dataset={updated} />);
    expect(html).toContain('9.9');
    expect(html).not.toContain('61st');
  });

  it('shows the error state, not a throw, for something that is not a dataset', () => {
    const html = renderToString(<CrimeTrendLine locale="en" dataset={{ facts: 'no' } as never} />);
    expect(html).toContain('kzt-error');
    expect(html).toContain('dataset');
  });
});
