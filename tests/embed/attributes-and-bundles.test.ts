import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { propsFromAttributes } from '../../packages/embed/src/attributes.js';
import { embedDist } from './helpers.js';

describe('propsFromAttributes', () => {
  it('turns attribute strings into props, leaving absent ones to the defaults', () => {
    const attributes: Record<string, string> = {
      locale: ' KK ',
      theme: 'dark',
      countries: 'KZ, UZ;KG  RU',
      highlight: '',
      'heading-level': '3',
      actions: 'table csv',
      'chart-title': '<b>x</b>',
      series: 'total',
    };
    const props = propsFromAttributes('slavery-index-bar', (name) => attributes[name] ?? null);
    expect(props).toEqual({
      animate: 'auto',
      locale: 'kk',
      theme: 'dark',
      countries: ['KZ', 'UZ', 'KG', 'RU'],
      highlight: [],
      headingLevel: 3,
      actions: ['table', 'csv'],
      title: '<b>x</b>',
    });
    expect(
      propsFromAttributes('victim-gender-donut', (name) => ({ actions: 'none', height: 'abc' })[name] ?? null),
    ).toEqual({
      animate: 'auto',
      actions: [],
      height: Number.NaN,
    });
    expect(propsFromAttributes('crime-trend-line', () => null)).toEqual({ animate: 'auto' });
  });
});

describe('built bundles', () => {
  it('contain no eval or new Function, and the resizer stays within 1.5 KB min+gzip', () => {
    for (const file of ['kz-charts.js', 'kz-frame.js', 'kz-resizer.js']) {
      const code = readFileSync(join(embedDist, file), 'utf8');
      expect(code, file).not.toMatch(/\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]/);
    }
    expect(gzipSync(readFileSync(join(embedDist, 'kz-resizer.js')), { level: 9 }).length).toBeLessThanOrEqual(1536);
  });
});
