import type { CommandResultPayload } from '../../generated/wss-incoming';
import type { SendMessageCommand, SendOutcome } from '../../shared/command';
import type { ExecuteCommandRequest } from '../../shared/runtime-messages';

export const NO_SITE_TAB = 'no site tab open';
export const NOT_CONFIRMED = 'the site did not confirm the message (no message id in its answer)';

export interface SiteTabs {
  /** Ids of open tabs of the site, the most recently used first. */
  find(): Promise<number[]>;
  send(tabId: number, request: ExecuteCommandRequest): Promise<SendOutcome | undefined>;
}

/**
 * Runs a send-message command in a tab of the site (background -> content -> page-hook). A tab
 * whose content script cannot be reached is skipped; a tab that tried and failed ends the attempt,
 * so a message is never sent from two tabs.
 */
export async function executeCommand(command: SendMessageCommand, tabs: SiteTabs, now: () => Date = () => new Date()): Promise<CommandResultPayload> {
  const failed = (error: string): CommandResultPayload => ({ commandId: command.commandId, status: 'failed', error, executedAt: now().toISOString() });
  const ids = await tabs.find();
  if (ids.length === 0) return failed(NO_SITE_TAB);
  let lastError = NO_SITE_TAB;
  for (const tabId of ids) {
    let outcome: SendOutcome | undefined;
    try {
      outcome = await tabs.send(tabId, { kind: 'execute-command', command });
    } catch (error) {
      lastError = `site tab unreachable: ${error instanceof Error ? error.message : String(error)}`;
      continue;
    }
    if (!outcome) continue;
    if (!outcome.ok) return failed(outcome.error ?? 'the site refused the message');
    // The page reports ok only with the id of the created message; without one nothing proves it was sent.
    if (!outcome.siteMessageId) return failed(NOT_CONFIRMED);
    return { commandId: command.commandId, status: 'sent', siteMessageId: outcome.siteMessageId, executedAt: now().toISOString() };
  }
  return failed(lastError);
}
