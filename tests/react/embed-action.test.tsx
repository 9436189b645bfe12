import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { en, ru } from '../../packages/core/src/messages.js';
import { CrimeTrendLine, RegionalShare, SlaveryIndexBar, VictimGenderDonut } from '../../packages/react/src/index.js';

const base = 'https://charts.example.org/kz';

afterEach(() => vi.unstubAllGlobals());

async function openEmbed(name = ru.frame.embed): Promise<HTMLElement> {
  const button = screen.getByRole('button', { name });
  expect(button.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(button);
  expect(button.getAttribute('aria-expanded')).toBe('true');
  const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!panel) throw new Error('The embed button controls no element.');
  await within(panel).findAllByRole('textbox');
  return panel;
}

describe('the figure’s Embed action', () => {
  it('is offered only with an embed base address', () => {
    render(<CrimeTrendLine />);
    expect(screen.queryByRole('button', { name: ru.frame.embed })).toBeNull();
  });

  it('shows the snippets filled in for the chart’s options', async () => {
    render(<CrimeTrendLine locale="en" theme="dark" series={['art128', 'art135']} embedBaseUrl={base} />);
    const panel = await openEmbed(en.frame.embed);
    const script = within(panel).getByRole('textbox', { name: en.frame.embedScript }) as HTMLTextAreaElement;
    expect(script.value).toBe(
      `<script src="${base}/kz-charts.js" defer></script>\n` +
        '<kz-crime-trend-line locale="en" theme="dark" series="art128,art135" style="display:block;min-height:710px"></kz-crime-trend-line>',
    );
    const iframe = within(panel).getByRole('textbox', { name: en.frame.embedIframe }) as HTMLTextAreaElement;
    expect(iframe.value).toContain(
      `src="${base}/crime-trend-line.html?locale=en&#38;theme=dark&#38;series=art128%2Cart135"`,
    );
    expect(iframe.value).toContain(`<script src="${base}/kz-resizer.js" defer></script>`);
    // Custom series are not among the pre-rendered images: the panel says so instead of a snippet.
    expect(within(panel).queryByRole('textbox', { name: en.frame.embedStatic })).toBeNull();
    expect(panel.textContent).toContain(en.frame.embedNoStatic);
    // Pym.js and AMP pages show the same chart page; AMP's button is in the chart's language.
    const page = `${base}/crime-trend-line.html?locale=en&#38;theme=dark&#38;series=art128%2Cart135`;
    const pym = within(panel).getByRole('textbox', { name: en.frame.embedPym }) as HTMLTextAreaElement;
    expect(pym.value).toContain(`<div data-pym-src="${page}"`);
    const amp = within(panel).getByRole('textbox', { name: en.frame.embedAmp }) as HTMLTextAreaElement;
    expect(amp.value).toContain(`<amp-iframe src="${page}"`);
    expect(amp.value).toContain(`<button overflow type="button">${en.frame.showWholeChart}</button>`);
  });

  it('offers the static image for the default options, in both themes under "auto"', async () => {
    render(<VictimGenderDonut breakdown="citizenship" embedBaseUrl={base} />);
    const panel = await openEmbed();
    const image = within(panel).getByRole('textbox', { name: ru.frame.embedStatic }) as HTMLTextAreaElement;
    expect(image.value).toContain(`${base}/static/victim-gender-donut-citizenship.ru.light.svg`);
    expect(image.value).toContain(`${base}/static/victim-gender-donut-citizenship.ru.dark.svg`);
    expect(image.value).toContain('<figure');
  });

  it('copies a snippet to the clipboard and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<SlaveryIndexBar countries={['KZ', 'KG']} embedBaseUrl={base} />);
    const panel = await openEmbed();
    const [copyScript] = within(panel).getAllByRole('button', { name: ru.frame.copy });
    if (!copyScript) throw new Error('No copy button.');
    await act(async () => fireEvent.click(copyScript));
    expect(writeText).toHaveBeenCalledWith(
      `<script src="${base}/kz-charts.js" defer></script>\n<kz-slavery-index-bar locale="ru" countries="KZ,KG" style="display:block;min-height:810px"></kz-slavery-index-bar>`,
    );
    expect(
      within(panel)
        .getAllByRole('status')
        .map((status) => status.textContent),
    ).toContain(ru.frame.copied);
  });

  it('carries a custom title and subtitle as attributes, with no static image (it has the chart’s own)', async () => {
    render(<VictimGenderDonut title="Жертвы <2025>" subtitle="По полу" embedBaseUrl={base} />);
    const panel = await openEmbed();
    const script = within(panel).getByRole('textbox', { name: ru.frame.embedScript }) as HTMLTextAreaElement;
    expect(script.value).toContain(' chart-title="Жертвы &#60;2025&#62;" chart-subtitle="По полу"');
    const iframe = within(panel).getByRole('textbox', { name: ru.frame.embedIframe }) as HTMLTextAreaElement;
    expect(iframe.value).toContain('title="Жертвы &#60;2025&#62;"');
    expect(within(panel).queryByRole('textbox', { name: ru.frame.embedStatic })).toBeNull();
  });

  it('is not offered for custom data, which an embed cannot show', () => {
    render(<CrimeTrendLine data={[{ year: 2024, total: 1, art128: 1, art135: 1 }]} embedBaseUrl={base} />);
    render(<RegionalShare values={{ 'KZ-75': 1 }} total={2} embedBaseUrl={base} />);
    expect(screen.queryByRole('button', { name: ru.frame.embed })).toBeNull();
  });

  it('can be left out with `actions`', () => {
    render(<CrimeTrendLine actions={['table', 'csv']} embedBaseUrl={base} />);
    expect(screen.queryByRole('button', { name: ru.frame.embed })).toBeNull();
  });

  it('reports a base address that is not http(s) in the panel and through onError', async () => {
    const onError = vi.fn();
    render(<CrimeTrendLine embedBaseUrl="javascript:alert(1)" onError={onError} />);
    fireEvent.click(screen.getByRole('button', { name: ru.frame.embed }));
    await vi.waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(document.querySelector('.kzt-embed textarea')).toBeNull();
    expect(document.body.innerHTML).not.toContain('javascript:');
  });

  it('has no axe violations with the snippets shown', async () => {
    const { container } = render(<RegionalShare embedBaseUrl={base} />);
    await openEmbed();
    const results = await axe(container);
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});
