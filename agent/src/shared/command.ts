import type { SendMessageCommand } from '../generated/wss-outgoing';
import { isRecord } from './raw-event';

export type { SendMessageCommand };

/** What the page reports after trying to send a message on the site. */
export interface SendOutcome {
  ok: boolean;
  status?: number;
  siteMessageId?: string;
  error?: string;
}

/** Site user ids are digits; anything else would let a command reach another path. */
export const isSiteUserId = (value: unknown): value is string => typeof value === 'string' && /^\d{1,20}$/.test(value);

export function isSendMessageCommand(value: unknown): value is SendMessageCommand {
  return isRecord(value)
    && typeof value.commandId === 'string' && value.commandId.length > 0
    && isSiteUserId(value.chatId)
    && typeof value.text === 'string'
    && (value.price === undefined || value.price === null || (typeof value.price === 'number' && value.price >= 0));
}
