// A sample AMP article holding the amp snippets of every chart, checked by the AMP Project's own
// validator (the amphtml-validator package with the validator it downloads, taken from Next.js's
// npm copy by scripts/ensure-amp-validator.sh), and the files the snippets point to.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getInstance, type Validator } from 'amphtml-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { ampIframeScript, chartIds, embedSnippets } from '../../packages/core/src/embed.js';
import { locales } from '../../packages/core/src/index.js';
import { assertBuilt, embedDist, root } from './helpers.js';

const base = 'https://charts.example.org/kz';
// AMP's mandatory boilerplate, as amp.dev gives it.
const boilerplate =
  '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-moz-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-ms-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-o-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}</style></noscript>';

/** An AMP article as its author would write it: each snippet's first line in the head, the rest in the body. */
function ampArticle(lang: string, snippets: string[]): string {
  const heads = new Set(snippets.map((snippet) => snippet.split('\n')[0]));
  const bodies = snippets.map((snippet) => snippet.split('\n').slice(1).join('\n'));
  return `<!doctype html>
<html ⚡ lang="${lang}">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
${[...heads].join('\n')}
<title>Article</title>
<link rel="canonical" href="https://news.example.org/article.html">
<meta name="viewport" content="width=device-width">
${boilerplate}
</head>
<body>
<h1>Article</h1>
${bodies.join('\n<p>Text between the charts.</p>\n')}
</body>
</html>`;
}

let validator: Validator;

beforeAll(async () => {
  assertBuilt();
  const validatorJs = execFileSync('bash', [join(root, 'scripts/ensure-amp-validator.sh')], {
    encoding: 'utf8',
  }).trim();
  validator = await getInstance(validatorJs);
});

const errors = (html: string) =>
  validator.validateString(html).errors.map((error) => `${error.line}:${error.col} ${error.message}`);

describe('the amp snippets in an AMP article', () => {
  it.each(locales)('pass the AMP validator, every chart in one %s article', (locale) => {
    const snippets = chartIds.map((chart) => embedSnippets(chart, { locale }, base).amp);
    for (const snippet of snippets) expect(snippet.split('\n')[0]).toBe(ampIframeScript);
    const article = ampArticle(locale, snippets);
    expect(errors(article)).toEqual([]);
    expect(validator.validateString(article).status).toBe('PASS');
  });

  it('pass with options that have no pre-rendered picture, and with the dark theme', () => {
    const snippets = [
      embedSnippets('slavery-index-bar', { locale: 'en', countries: ['KZ', 'UZ'], title: 'A "quoted" <title>' }, base)
        .amp,
      embedSnippets('victim-gender-donut', { locale: 'kk', theme: 'dark', breakdown: 'citizenship' }, base).amp,
    ];
    expect(snippets[0]).toContain('<div placeholder>A &#34;quoted&#34; &#60;title&#62;</div>');
    expect(errors(ampArticle('en', snippets))).toEqual([]);
  });

  it('are caught by the validator when broken', () => {
    const snippet = embedSnippets('crime-trend-line', { locale: 'en' }, base).amp;
    const insecure = ampArticle('en', [
      snippet.replace(`src="${base}/pages`, 'src="http://charts.example.org/kz/pages'),
    ]);
    expect(errors(insecure).join('\n')).toContain(
      "Invalid URL protocol 'http:' for attribute 'src' in tag 'amp-iframe'",
    );
  });

  it('point at the built chart pages and pictures, with no fragment for AMP to keep (it adds #amp=1)', () => {
    for (const locale of locales) {
      for (const chart of chartIds) {
        const { amp } = embedSnippets(chart, { locale }, base);
        const addresses = [...amp.matchAll(/<amp-(?:iframe|img)[^>]* src="([^"]+)"/g)].map((match) => match[1] ?? '');
        expect(addresses).toHaveLength(2);
        for (const address of addresses) {
          expect(address).not.toContain('#');
          expect(existsSync(join(embedDist, address.slice(base.length + 1))), address).toBe(true);
        }
      }
    }
  });
});
