import { isRawCapturedEvent } from '../../shared/raw-event';
import type { BackgroundRequests } from '../../shared/runtime-messages';
import type { Agent } from '../agent';

type RuntimeHandlers = {
  [K in keyof BackgroundRequests]: (request: BackgroundRequests[K]['request'], sender: chrome.runtime.MessageSender) => Promise<BackgroundRequests[K]['response']>;
};

/** The typed map of what the extension's own pages and scripts may ask the background. */
export function runtimeHandlers(agent: () => Promise<Agent>): RuntimeHandlers {
  return {
    captured: async (request, sender) => {
      // Only content scripts (which run in a tab) capture; re-check the shape at the boundary.
      if (!sender.tab || !isRawCapturedEvent(request.event)) return { ok: false };
      await (await agent()).capture(request.event);
      return { ok: true };
    },
    'get-status': async () => (await agent()).status(),
  };
}
