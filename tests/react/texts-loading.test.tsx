import type { CommonMessages } from '@kz-trafficking/core';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { catalogues } from '../../packages/core/src/i18n/catalogues.js';
import { chartTexts } from '../../packages/core/src/i18n/chart-texts.js';
import { WithTexts } from '../../packages/react/src/frame/WithTexts.js';
import { SlaveryIndexBar as LoadedSlaveryIndexBar } from '../../packages/react/src/index.js';

// The setup loads every text before the tests draw; here the charts come from fresh modules, whose
// texts nobody has loaded yet, as on a reader's first visit.
async function freshModules() {
  vi.resetModules();
  const [react, core] = await Promise.all([
    import('../../packages/react/src/index.js'),
    import('../../packages/core/src/charts/slavery-index.js'),
  ]);
  return { SlaveryIndexBar: react.SlaveryIndexBar, texts: core.slaveryIndexTexts };
}

describe('a chart whose texts are not loaded yet', () => {
  it('holds its box in its language, then draws with the texts of its locale alone', async () => {
    const { SlaveryIndexBar, texts } = await freshModules();
    const { container } = render(<SlaveryIndexBar locale="kk" />);
    const held = container.querySelector('figure');
    expect(held?.getAttribute('lang')).toBe('kk');
    expect(held?.getAttribute('aria-busy')).toBe('true');
    // The bar chart's default box: 15 countries of 32 px and the axis.
    expect(container.querySelector<HTMLElement>('.kzt-box')?.style.height).toBe('512px');

    await act(() => texts.load('kk'));
    expect(screen.getByRole('figure', { name: 'Қазіргі заманғы құлдықтың таралуы' }).hasAttribute('aria-busy')).toBe(
      false,
    );
    expect(texts.loaded('ru')).toBeUndefined();
    expect(texts.loaded('en')).toBeUndefined();
  });

  it('holds the box the props ask for', async () => {
    const { SlaveryIndexBar, texts } = await freshModules();
    const { container } = render(<SlaveryIndexBar locale="en" height={300} />);
    expect(container.querySelector<HTMLElement>('.kzt-box')?.style.height).toBe('300px');
    await act(() => texts.load('en'));
  });
});

describe('a server-rendered chart hydrated before its texts are loaded in the browser', () => {
  it('keeps the server’s figure while they load, then hydrates it without a warning', async () => {
    const container = document.createElement('div');
    // The server had the texts (the setup loaded them); the reader's browser has not loaded them yet.
    container.innerHTML = renderToString(<LoadedSlaveryIndexBar locale="kk" />);
    document.body.append(container);
    const serverFigure = container.querySelector('figure');
    expect(serverFigure?.hasAttribute('aria-busy')).toBe(false);
    const { SlaveryIndexBar, texts } = await freshModules();
    expect(texts.loaded('kk')).toBeUndefined();
    const root = hydrateRoot(container, <SlaveryIndexBar locale="kk" />);
    expect(container.querySelector('figure')).toBe(serverFigure);
    await act(() => texts.load('kk'));
    // The same element, hydrated: React kept the server's nodes.
    expect(container.querySelector('figure')).toBe(serverFigure);
    expect(screen.getByRole('figure', { name: 'Қазіргі заманғы құлдықтың таралуы' })).toBe(serverFigure);
    act(() => root.unmount());
    container.remove();
  });
});

/** Texts whose first load fails, as offline; the next succeeds. */
function flakyTexts() {
  let loads = 0;
  const offline = () => {
    loads += 1;
    return loads === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({});
  };
  const texts = chartTexts<CommonMessages>({ ru: offline, kk: offline, en: offline });
  return { texts, loads: () => loads };
}

describe('texts that cannot be loaded', () => {
  it('give a notice in the figure’s language and a retry that draws the figure', async () => {
    const { texts, loads } = flakyTexts();
    const onFailure = vi.fn();
    render(
      <WithTexts texts={texts} locale="kk" theme="auto" box={{ aspectRatio: 1.6 }} onFailure={onFailure}>
        {(messages) => <p>{messages.frame.showTable}</p>}
      </WithTexts>,
    );
    await act(async () => {});
    const notice = screen.getByRole('alert');
    expect(notice.textContent).toContain('Графикті жүктеу мүмкін болмады. Интернет байланысын тексеріңіз.');
    expect(notice.closest('figure')?.getAttribute('lang')).toBe('kk');
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(onFailure.mock.calls[0]?.[0]).toHaveProperty('message', 'offline');

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Қайталау' })));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(catalogues.kk.frame.showTable).tagName).toBe('P');
    expect(loads()).toBe(2);
  });
});
