import { afterEach, describe, expect, it, vi } from 'vitest';
import { settings } from '../config/settings';
import { ExtensionService, ExtensionUnavailableError } from './extension-service';

function stubRuntime(behaviour: (respond: (r: unknown) => void, runtime: { lastError?: { message: string } }) => void) {
  const runtime: { lastError?: { message: string }; sendMessage: ReturnType<typeof vi.fn> } = {
    sendMessage: vi.fn((_id: string, _message: unknown, callback: (r: unknown) => void) => behaviour(callback, runtime)),
  };
  vi.stubGlobal('chrome', { runtime });
  return runtime;
}

describe('ExtensionService', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends to the configured extension id and resolves with the answer', async () => {
    settings.setExtensionId('abc');
    const runtime = stubRuntime((respond) => respond({ ok: true }));
    await expect(ExtensionService.send({ type: 'ping' })).resolves.toEqual({ ok: true });
    expect(runtime.sendMessage).toHaveBeenCalledWith('abc', { type: 'ping' }, expect.any(Function));
  });

  it('rejects when chrome.runtime.lastError is set', async () => {
    settings.setExtensionId('abc');
    stubRuntime((respond, runtime) => {
      runtime.lastError = { message: 'Could not establish connection. Receiving end does not exist.' };
      respond(undefined);
    });
    await expect(ExtensionService.send({ type: 'ping' })).rejects.toThrow(/Receiving end/);
  });

  it('rejects without an extension id or without chrome.runtime', async () => {
    await expect(ExtensionService.send({ type: 'ping' })).rejects.toBeInstanceOf(ExtensionUnavailableError);
    settings.setExtensionId('abc');
    await expect(ExtensionService.send({ type: 'ping' })).rejects.toThrow(/not reachable/);
  });
});
