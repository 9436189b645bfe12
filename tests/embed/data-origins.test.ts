import { describe, expect, it } from 'vitest';
import { allowedDataSrc } from '../../packages/embed/src/frame-data-src.js';
import { allowedDataOrigins } from '../../scripts/embed-data-origins.js';

const page = 'https://charts.example.org/kz/pages/crime-trend-line.en.light.html?data-src=x';

describe('allowedDataSrc: the update addresses an iframe chart page takes', () => {
  it('takes its own origin, relative addresses included, and the origins allowed at build time', () => {
    expect(allowedDataSrc('/data/update.json', page, undefined)).toBe('https://charts.example.org/data/update.json');
    expect(allowedDataSrc('https://charts.example.org/u.csv', page, '')).toBe('https://charts.example.org/u.csv');
    expect(allowedDataSrc('https://news.example.kz/u.json', page, 'https://a.example https://news.example.kz')).toBe(
      'https://news.example.kz/u.json',
    );
  });

  it('refuses any other origin, scheme or port, and what is not an address', () => {
    const allowed = 'https://news.example.kz';
    for (const src of [
      'https://evil.example/u.json',
      'http://news.example.kz/u.json',
      'https://news.example.kz:8443/u.json',
      'https://news.example.kz.evil.example/u.json',
      'javascript:alert(1)',
      'data:application/json,{}',
      'http://[::1',
    ]) {
      expect(allowedDataSrc(src, page, allowed), src).toBeNull();
    }
  });
});

describe('allowedDataOrigins: the allow-list fixed at build time', () => {
  it('reads --allow-data-origin (repeatable, comma-separated) and KZ_EMBED_DATA_ORIGINS', () => {
    expect(
      allowedDataOrigins(
        ['--allow-data-origin=https://a.example,https://b.example/', '--allow-data-origin=https://a.example'],
        {
          KZ_EMBED_DATA_ORIGINS: 'http://localhost:8080 https://c.example',
        },
      ),
    ).toEqual(['https://a.example', 'https://b.example', 'http://localhost:8080', 'https://c.example']);
    expect(allowedDataOrigins([], {})).toEqual([]);
  });

  it('throws on anything but an http(s) origin without a path', () => {
    for (const bad of ['news.example.kz', 'https://news.example.kz/data', 'ftp://news.example.kz', '*']) {
      expect(() => allowedDataOrigins([`--allow-data-origin=${bad}`], {}), bad).toThrow(TypeError);
    }
  });
});

describe('framePage with allowed data origins', () => {
  it('writes them into the page and its connect-src', async () => {
    const { framePage } = await import('../../scripts/embed-build.js');
    const page = framePage('crime-trend-line', {
      locale: 'en',
      title: 'T',
      body: '',
      dataOrigins: ['https://news.example.kz', 'https://data.example.kz'],
    });
    expect(page).toContain("connect-src 'self' https://news.example.kz https://data.example.kz;");
    expect(page).toContain('data-kz-data-origins="https://news.example.kz https://data.example.kz"');
    const closed = framePage('crime-trend-line', { locale: 'en', title: 'T', body: '' });
    expect(closed).toContain("connect-src 'self';");
    expect(closed).not.toContain('data-kz-data-origins');
  });
});
