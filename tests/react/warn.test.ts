import { afterEach, describe, expect, it, vi } from 'vitest';
import { warnOnce } from '../../packages/react/src/frame/warn.js';

afterEach(() => vi.unstubAllEnvs());

describe('warnOnce', () => {
  it('warns once per message in development', () => {
    vi.stubEnv('NODE_ENV', 'development');
    // The expected warning, kept from the console guard.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warnOnce('a development message');
    warnOnce('a development message');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith('[kz-trafficking] a development message');
  });

  it('never logs in a production build', () => {
    vi.stubEnv('NODE_ENV', 'production');
    warnOnce('a production message');
    expect(console.warn).not.toHaveBeenCalled();
  });
});
