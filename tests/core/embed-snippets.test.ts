import { describe, expect, it } from 'vitest';
import {
  ampIframeScript,
  ampSandbox,
  approximateHeights,
  chartIds,
  embedSnippets,
  figureTexts,
  optionEntries,
  pymScriptUrl,
  safeHttpUrl,
  snippetsFor,
  staticFigureHtml,
  staticHeights,
} from '../../packages/core/src/embed.js';

const base = 'https://charts.example.org/kz/';

describe('embedSnippets', () => {
  it('gives the script, iframe and static snippets for every chart with its default options', () => {
    for (const chart of chartIds) {
      const snippets = embedSnippets(chart, {}, base);
      // The element holds the chart's height and shows the pre-rendered picture, at its own size, in it.
      const picture = `<picture><source media="(prefers-color-scheme: dark)" srcset="${base}static/${chart}.ru.dark.svg"><img src="${base}static/${chart}.ru.light.svg" width="640" height="${staticHeights[chart].ru}" alt="${figureTexts(chart).description}" loading="lazy" decoding="async" style="display:block;max-width:100%;height:auto"></picture>`;
      expect(snippets.script).toBe(
        `<script src="https://charts.example.org/kz/kz-charts.js" defer></script>\n<kz-${chart} locale="ru" style="display:block;min-height:${approximateHeights[chart]}px">${picture}</kz-${chart}>`,
      );
      expect(snippets.static).toContain(picture);
      // The default options are pre-rendered: their own chart page shows the figure without JavaScript.
      expect(snippets.iframe).toContain(`src="https://charts.example.org/kz/pages/${chart}.ru.auto.html"`);
      expect(snippets.iframe).toContain(`data-kz-chart="${chart}"`);
      expect(snippets.iframe).toContain(`title="${figureTexts(chart).title}"`);
      expect(snippets.iframe).toContain('<script src="https://charts.example.org/kz/kz-resizer.js" defer></script>');
      expect(snippets.static).toContain(
        `<picture><source media="(prefers-color-scheme: dark)" srcset="${base}static/${chart}.ru.dark.svg">`,
      );
      expect(snippets.static).toContain(`<img src="${base}static/${chart}.ru.light.svg"`);
      expect(snippets.static).toContain(`alt="${figureTexts(chart).description}"`);
    }
  });

  it('fills in the current options', () => {
    const bar = embedSnippets(
      'slavery-index-bar',
      { locale: 'kk', theme: 'dark', countries: ['KZ', 'UZ'], highlight: 'UZ' },
      base,
    );
    expect(bar.script).toContain(
      '<kz-slavery-index-bar locale="kk" theme="dark" countries="KZ,UZ" highlight="UZ" style=',
    );
    expect(bar.iframe).toContain(
      'slavery-index-bar.html?locale=kk&#38;theme=dark&#38;countries=KZ%2CUZ&#38;highlight=UZ',
    );
    // Custom countries are not pre-rendered: the element holds the height alone.
    expect(bar.static).toBeNull();
    expect(bar.script).not.toContain('<img');
    const line = embedSnippets('crime-trend-line', { locale: 'en', series: 'art128 art135' }, base);
    expect(line.script).toContain('series="art128,art135"');
    const donut = embedSnippets(
      'victim-gender-donut',
      { locale: 'en', theme: 'light', breakdown: 'citizenship' },
      base,
    );
    expect(donut.script).toContain('breakdown="citizenship"');
    expect(donut.static).toContain('static/victim-gender-donut-citizenship.en.light.svg');
    expect(donut.static).not.toContain('<picture>');
    expect(donut.static).toContain('by citizenship');
    // The picture inside the element is the citizenship figure's, at its own height.
    expect(donut.script).toContain(
      `<img src="${base}static/victim-gender-donut-citizenship.en.light.svg" width="640" height="${staticHeights['victim-gender-donut-citizenship'].en}"`,
    );
    const map = embedSnippets('regional-share', { highlight: [] }, base, { strictCsp: true, height: 900 });
    expect(map.script).toContain('highlight=""');
    expect(map.iframe).toContain('height="900"');
    expect(map.iframe).not.toContain('style=');
  });

  it('escapes every value and accepts only an http(s) base address', () => {
    const snippets = embedSnippets('slavery-index-bar', { theme: '"><script>alert(1)</script>' }, base);
    expect(snippets.script).not.toContain('<script>alert');
    expect(snippets.script).toContain('theme="&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;"');
    expect(snippets.iframe).not.toContain('<script>alert');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '//charts.example.org', 'charts', '']) {
      expect(() => embedSnippets('slavery-index-bar', {}, bad), bad).toThrow(/http\(s\)/);
    }
    expect(embedSnippets('regional-share', {}, 'http://localhost:8080/embed?x=1#y').script).toContain(
      'src="http://localhost:8080/embed/kz-charts.js"',
    );
  });

  it('gives Pym.js and AMP pages the same chart page as the iframe', () => {
    for (const chart of chartIds) {
      const { pym, amp, iframe } = embedSnippets(chart, { locale: 'en' }, base);
      const page = `${base}pages/${chart}.en.auto.html`;
      const { title, description } = figureTexts(chart, { locale: 'en' });
      expect(iframe).toContain(`src="${page}"`);
      // Pym's own markup: its script makes the iframe; the link shows until then; the box is held.
      expect(pym).toBe(
        `<div data-pym-src="${page}" data-pym-title="${title}" style="min-height:${approximateHeights[chart]}px"><a href="${page}">${title}</a></div>\n<script src="${pymScriptUrl}"></script>`,
      );
      expect(amp.split('\n')).toEqual([
        ampIframeScript,
        `<amp-iframe src="${page}" title="${title}" height="${approximateHeights[chart]}" layout="fixed-height" sandbox="${ampSandbox}" resizable frameborder="0">`,
        '  <button overflow type="button">Show the whole chart</button>',
        `  <amp-img placeholder layout="fill" object-fit="contain" src="${base}static/${chart}.en.light.svg" alt="${description}"></amp-img>`,
        '</amp-iframe>',
      ]);
    }
    const kk = embedSnippets('regional-share', { locale: 'kk', theme: 'dark' }, base, { strictCsp: true });
    expect(kk.amp).toContain('Графикті толық көрсету');
    expect(kk.amp).toContain(`src="${base}static/regional-share.kk.dark.svg"`);
    expect(kk.pym).not.toContain('style=');
    // Options without a pre-rendered picture: the chart page for any options, the title as placeholder.
    const custom = embedSnippets('crime-trend-line', { locale: 'ru', series: ['art128'], title: '<b>' }, base);
    expect(custom.pym).toContain(
      `data-pym-src="${base}crime-trend-line.html?locale=ru&#38;series=art128&#38;chart-title=%3Cb%3E"`,
    );
    expect(custom.amp).toContain('<div placeholder>&#60;b&#62;</div>');
    expect(custom.amp).toContain('title="&#60;b&#62;"');
  });

  it('rejects options the chart cannot show, as the chart would', () => {
    expect(() => embedSnippets('slavery-index-bar', { countries: 'XX' }, base)).toThrow();
    expect(() => embedSnippets('crime-trend-line', { series: 'art999' }, base)).toThrow();
    expect(() => embedSnippets('victim-gender-donut', { breakdown: 'age' }, base)).toThrow();
    expect(() => embedSnippets('regional-share', { locale: 'de' }, base)).toThrow();
  });

  it('links only http(s) sources in a static figure', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('https://example.org/a')).toBe('https://example.org/a');
    const html = staticFigureHtml(
      {
        ...figureTexts('crime-trend-line'),
        sources: [
          { text: 'bad', url: 'javascript:alert(1)' },
          { text: '<b>ok</b>', url: 'https://example.org/' },
        ],
      },
      { light: 'a.svg' },
      { width: 640, height: 480 },
    );
    expect(html).not.toContain('javascript:');
    expect(html).toContain(
      'bad; <a href="https://example.org/" rel="noopener noreferrer">&#60;b&#62;ok&#60;/b&#62;</a>',
    );
  });
});

describe('snippetsFor', () => {
  it('writes the snippets with the texts it is given, as a rendered figure gives them', () => {
    const texts = { ...figureTexts('crime-trend-line', { locale: 'en' }), title: 'Our own title' };
    const snippets = snippetsFor('crime-trend-line', { locale: 'en', title: 'Our own title' }, texts, base);
    expect(snippets.script).toContain('<kz-crime-trend-line locale="en" chart-title="Our own title" style=');
    expect(snippets.iframe).toContain('title="Our own title"');
    // The pre-rendered images carry the chart's own title: none is offered for a custom one.
    expect(snippets.static).toBeNull();
  });

  it('puts the custom texts after the chart’s options, in a stable order', () => {
    expect(optionEntries('victim-gender-donut', { subtitle: 'b', title: 'a', breakdown: 'citizenship' })).toEqual([
      ['locale', 'ru'],
      ['breakdown', 'citizenship'],
      ['chart-title', 'a'],
      ['chart-subtitle', 'b'],
    ]);
  });
});

describe('snippets of updated figures (dataSrc)', () => {
  const dataSrc = 'https://news.example.kz/data/kz-2026.json?v=2';

  it('carry the update’s address as data-src, with no picture of the bundled figures', () => {
    const snippets = embedSnippets('crime-trend-line', { locale: 'en', dataSrc }, base);
    expect(snippets.script).toBe(
      `<script src="https://charts.example.org/kz/kz-charts.js" defer></script>\n<kz-crime-trend-line locale="en" data-src="https://news.example.kz/data/kz-2026.json?v=2" style="display:block;min-height:${approximateHeights['crime-trend-line']}px"></kz-crime-trend-line>`,
    );
    expect(snippets.static).toBeNull();
    // The chart page for any options: the pre-rendered page would show the bundled figures without JavaScript.
    const page = `https://charts.example.org/kz/crime-trend-line.html?locale=en&#38;data-src=${encodeURIComponent(dataSrc)}`;
    expect(snippets.iframe).toContain(`src="${page}"`);
    expect(snippets.pym).toContain(`data-pym-src="${page}"`);
    expect(snippets.amp).toContain(`<amp-iframe src="${page}"`);
    expect(snippets.amp).not.toContain('<amp-img');
    for (const snippet of [snippets.script, snippets.iframe, snippets.pym, snippets.amp]) {
      expect(snippet).not.toContain('/static/');
    }
  });

  it('escape the address and refuse anything but an absolute http(s) one', () => {
    const quoted = embedSnippets('slavery-index-bar', { dataSrc: 'https://x.example/"><script>.json' }, base);
    expect(quoted.script).toContain('data-src="https://x.example/%22%3E%3Cscript%3E.json"');
    for (const bad of ['javascript:alert(1)', '/data/update.json', 'data:application/json,{}', '']) {
      expect(() => embedSnippets('crime-trend-line', { dataSrc: bad }, base), bad).toThrow(TypeError);
    }
  });
});
