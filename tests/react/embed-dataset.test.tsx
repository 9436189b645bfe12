import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../packages/core/src/dataset.js';
import { en } from '../../packages/core/src/messages.js';
import { applyUpdate } from '../../packages/core/src/update.js';
import { CrimeTrendLine } from '../../packages/react/src/index.js';

const base = 'https://charts.example.org/kz';
const updated = applyUpdate(dataset, {
  facts: [
    { id: 'crimes.total.2026', status: 'reported', value: 310, unit: 'offences', period: '2026', source: 'kpsisu' },
  ],
});

describe('the Embed action of updated figures (dataset)', () => {
  it('is not offered without the update’s address: an embed would show the bundled figures', () => {
    render(<CrimeTrendLine locale="en" dataset={updated} embedBaseUrl={base} />);
    expect(screen.queryByRole('button', { name: en.frame.embed })).toBeNull();
  });

  it('gives snippets carrying the update’s address (datasetSrc) as data-src', async () => {
    const src = 'https://news.example.kz/data/kz-2026.json';
    render(<CrimeTrendLine locale="en" dataset={updated} datasetSrc={src} embedBaseUrl={base} />);
    fireEvent.click(screen.getByRole('button', { name: en.frame.embed }));
    const script = (await screen.findByRole('textbox', { name: en.frame.embedScript })) as HTMLTextAreaElement;
    expect(script.value).toContain(`<kz-crime-trend-line locale="en" data-src="${src}" style=`);
    expect(script.value).not.toContain('<img');
    const iframe = screen.getByRole('textbox', { name: en.frame.embedIframe }) as HTMLTextAreaElement;
    expect(iframe.value).toContain(`crime-trend-line.html?locale=en&#38;data-src=${encodeURIComponent(src)}`);
    expect(screen.queryByRole('textbox', { name: en.frame.embedStatic })).toBeNull();
  });

  it('ignores datasetSrc without dataset', async () => {
    render(<CrimeTrendLine locale="en" datasetSrc="https://news.example.kz/x.json" embedBaseUrl={base} />);
    fireEvent.click(screen.getByRole('button', { name: en.frame.embed }));
    const script = (await screen.findByRole('textbox', { name: en.frame.embedScript })) as HTMLTextAreaElement;
    expect(script.value).not.toContain('data-src');
  });
});
