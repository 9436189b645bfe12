// What a chart page's address asks for, and the messages it then posts (the browsers' side is in
// host-protocols.test.ts, with the real Pym.js and wp-embed.js).
import { describe, expect, it } from 'vitest';
import { heightMessageType } from '../../packages/embed/src/charts.js';
import {
  asksForHeight,
  heightMessages,
  hostProtocols,
  readyMessages,
} from '../../packages/embed/src/height-protocols.js';

describe('hostProtocols', () => {
  it('reads Pym’s childId, AMP’s amp=1 and WordPress’s secret', () => {
    expect(hostProtocols('?initialWidth=640&childId=chart-1&parentUrl=x', '')).toEqual({
      amp: false,
      pymChildId: 'chart-1',
    });
    expect(hostProtocols('', '#amp=1')).toEqual({ amp: true });
    expect(hostProtocols('?locale=en', '#?secret=a1B2c3D4e5')).toEqual({ amp: false, wordpressSecret: 'a1B2c3D4e5' });
  });

  it('ignores values of the wrong shape', () => {
    expect(hostProtocols('?childId=a%20b', '#amp=2&secret=short')).toEqual({ amp: false });
    expect(hostProtocols('?childId=axPYMxb', '#?secret=a1B2c3D4e5f')).toEqual({ amp: false });
    expect(hostProtocols('', '#?secret=a1B2c3D4e_')).toEqual({ amp: false });
  });
});

describe('heightMessages', () => {
  it('always speaks our own message, and each protocol the address asks for', () => {
    expect(heightMessages({ amp: false }, 512)).toEqual([{ type: heightMessageType, height: 512 }]);
    expect(heightMessages({ amp: true, pymChildId: 'c', wordpressSecret: 'a1B2c3D4e5' }, 512)).toEqual([
      { type: heightMessageType, height: 512 },
      'pymxPYMxcxPYMxheightxPYMx512',
      { sentinel: 'amp', type: 'embed-size', height: 512 },
      { message: 'height', value: 512, secret: 'a1B2c3D4e5' },
    ]);
    expect(readyMessages({ amp: true })).toEqual([{ sentinel: 'amp', type: 'embed-ready' }]);
    expect(readyMessages({ amp: false })).toEqual([]);
  });
});

describe('asksForHeight', () => {
  const protocols = { amp: false, pymChildId: 'c', wordpressSecret: 'a1B2c3D4e5' };
  it('answers Pym’s width message for this child and WordPress’s ready with this secret', () => {
    expect(asksForHeight(protocols, 'pymxPYMxcxPYMxwidthxPYMx360')).toBe(true);
    expect(asksForHeight(protocols, { message: 'ready', secret: 'a1B2c3D4e5' })).toBe(true);
  });
  it('ignores other children, other secrets and other messages', () => {
    expect(asksForHeight(protocols, 'pymxPYMxotherxPYMxwidthxPYMx360')).toBe(false);
    expect(asksForHeight(protocols, 'pymxPYMxcxPYMxnavigateToxPYMxhttps://example.com')).toBe(false);
    expect(asksForHeight(protocols, { message: 'ready', secret: 'zzzzzzzzzz' })).toBe(false);
    expect(asksForHeight(protocols, null)).toBe(false);
    expect(asksForHeight({ amp: false }, { message: 'ready', secret: 'a1B2c3D4e5' })).toBe(false);
  });
});
