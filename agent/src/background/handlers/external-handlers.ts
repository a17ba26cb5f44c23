import { isSendMessageCommand, isSiteUserId } from '../../shared/command';
import { isRecord } from '../../shared/raw-event';
import type { Agent } from '../agent';

/** Every reply to the dashboard: `ok` and either `data` or `error`. */
export type ExternalReply = { ok: true; data: unknown } | { ok: false; error: string; data?: unknown };

type ExternalHandler = (request: Record<string, unknown>, agent: Agent) => Promise<ExternalReply>;

/** A field from the request itself or from its `payload` (both shapes are accepted). */
const field = (request: Record<string, unknown>, name: string): unknown =>
  request[name] ?? (isRecord(request.payload) ? request.payload[name] : undefined);

/** The typed map of requests the dashboard may send (externally_connectable); nothing else is answered. */
export const externalHandlers: Record<string, ExternalHandler> = {
  get_all_chats_from_db: async (_request, agent) => {
    const chats = await agent.chats();
    // The dashboard asking for the data is also the cue to resend the whole dataset to the platform.
    void agent.snapshot().catch(() => undefined);
    return { ok: true, data: chats };
  },
  get_all_messages_from_db: async (request, agent) => {
    const chatId = field(request, 'chatId');
    if (!isSiteUserId(chatId)) return { ok: false, error: 'chatId (digits, as a string) is required' };
    return { ok: true, data: await agent.messages(chatId) };
  },
  execute_agent_command: async (request, agent) => {
    const command = field(request, 'command');
    if (!isSendMessageCommand(command)) return { ok: false, error: 'command {commandId, chatId, text, price?} is required' };
    const result = await agent.commands.run(command);
    return result.status === 'sent' ? { ok: true, data: result } : { ok: false, error: result.error ?? 'failed', data: result };
  },
  get_agent_status: async (_request, agent) => ({ ok: true, data: await agent.status() }),
};

export async function handleExternal(request: unknown, agent: () => Promise<Agent>): Promise<ExternalReply> {
  if (!isRecord(request) || typeof request.type !== 'string' || !Object.hasOwn(externalHandlers, request.type)) {
    return { ok: false, error: 'unknown request' };
  }
  try {
    return await externalHandlers[request.type]!(request, await agent());
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
