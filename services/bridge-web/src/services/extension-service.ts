import { settings } from '../config/settings';

/** The slice of `chrome.runtime` a web page sees when an extension lists it in `externally_connectable`. */
interface ExternalRuntime {
  sendMessage: (extensionId: string, message: unknown, callback: (response: unknown) => void) => void;
  lastError?: { message?: string } | undefined;
}

export class ExtensionUnavailableError extends Error {}

function runtime(): ExternalRuntime | null {
  const chromeGlobal = (globalThis as { chrome?: { runtime?: ExternalRuntime } }).chrome;
  return chromeGlobal?.runtime?.sendMessage ? chromeGlobal.runtime : null;
}

/**
 * The only caller of `chrome.runtime.sendMessage`: talks to the Agent extension in this browser.
 * Rejects when the extension is not configured, not installed, or reports `lastError`.
 */
export const ExtensionService = {
  isConfigured(): boolean {
    return settings.extensionId() !== null && runtime() !== null;
  },

  send<TResponse = unknown>(message: { type: string; [key: string]: unknown }, extensionId = settings.extensionId()): Promise<TResponse> {
    const chromeRuntime = runtime();
    if (!extensionId) return Promise.reject(new ExtensionUnavailableError('No extension id configured (Settings)'));
    if (!chromeRuntime) return Promise.reject(new ExtensionUnavailableError('The Agent extension is not reachable from this page'));
    return new Promise<TResponse>((resolve, reject) => {
      chromeRuntime.sendMessage(extensionId, message, (response) => {
        // Reading lastError inside the callback is what tells Chrome the error was handled.
        const error = chromeRuntime.lastError;
        if (error) reject(new ExtensionUnavailableError(error.message ?? 'Extension error'));
        else resolve(response as TResponse);
      });
    });
  },

  /** Resolves with the Agent's status when it answers, so the settings view can show it. */
  ping(extensionId?: string): Promise<unknown> {
    return ExtensionService.send({ type: 'ping' }, extensionId);
  },
};
