// The typed map of messages sent inside the extension (content/options -> background, background -> content).
import type { SendMessageCommand, SendOutcome } from './command';
import type { RawCapturedEvent } from './raw-event';

export type ConnectionState = 'unconfigured' | 'connecting' | 'connected' | 'disconnected';

export interface AgentStatus {
  state: ConnectionState;
  outboxSize: number;
  lastError: string | null;
  gatewayUrl: string;
}

/** Requests the background answers, by kind. */
export interface BackgroundRequests {
  captured: { request: { kind: 'captured'; event: RawCapturedEvent }; response: { ok: boolean } };
  'get-status': { request: { kind: 'get-status' }; response: AgentStatus };
}

export type BackgroundRequest = BackgroundRequests[keyof BackgroundRequests]['request'];

/** Requests a site tab's content script answers. */
export interface ExecuteCommandRequest {
  kind: 'execute-command';
  command: SendMessageCommand;
}

export type { SendOutcome };
