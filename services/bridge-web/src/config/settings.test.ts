import { describe, expect, it, vi } from 'vitest';
import { readClaims, settings, socketUrl, takeTokenFromHash } from './settings';

describe('settings', () => {
  it('takes the token from #token=..., stores it and clears the hash', () => {
    const replaceState = vi.fn();
    const token = takeTokenFromHash({ hash: '#token=abc.def', pathname: '/', search: '' } as Location, { replaceState } as unknown as History);
    expect(token).toBe('abc.def');
    expect(settings.token()).toBe('abc.def');
    expect(replaceState).toHaveBeenCalledWith(null, '', '/');
  });

  it('derives the socket URL from the page, unless overridden', () => {
    expect(socketUrl('t', { protocol: 'https:', host: 'dash.example' })).toBe('wss://dash.example/ws?access_token=t');
    settings.setWsUrlOverride('ws://127.0.0.1:9/ws');
    expect(socketUrl('t', { protocol: 'http:', host: 'x' })).toBe('ws://127.0.0.1:9/ws?access_token=t');
  });

  it('reads the claims of a token', () => {
    const payload = btoa(JSON.stringify({ sub: 'creator', role: 'bridge' })).replace(/=+$/, '');
    expect(readClaims(`h.${payload}.s`)).toMatchObject({ sub: 'creator', role: 'bridge' });
    expect(readClaims('garbage')).toBeNull();
  });
});
