import type {
  ConnectionAckPayload,
  CreatorAnalytics,
  GraphStats,
  SystemStatus,
} from '../generated/wss-outgoing';
import type { ConversationMap } from './reducers/conversations';
import type { ThreadMap } from './reducers/threads';
import type { CommandMap, StreamMap } from './reducers/suggestions';

/** react-use-websocket's ReadyState: -1 not started, 0 connecting, 1 open, 2 closing, 3 closed. */
export type SocketReadyState = -1 | 0 | 1 | 2 | 3;

export interface Toast {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

export interface ConnectionInfo {
  /** Consecutive failed attempts since the socket was last open. */
  failures: number;
  lastCloseCode: number | null;
  ack: ConnectionAckPayload | null;
  latencyMs: number | null;
}

/** Everything the dashboard knows, replaced or merged only by the reducers. */
export interface ChatData {
  readyState: SocketReadyState;
  connection: ConnectionInfo;
  systemStatus: SystemStatus | null;
  statusDetail: string | null;
  snapshotId: string | null;
  snapshotAt: string | null;
  graph: GraphStats | null;
  conversations: ConversationMap;
  analytics: CreatorAnalytics | null;
  threads: ThreadMap;
  streams: StreamMap;
  commands: CommandMap;
  toasts: readonly Toast[];
}

export const initialChatData: ChatData = {
  readyState: -1,
  connection: { failures: 0, lastCloseCode: null, ack: null, latencyMs: null },
  systemStatus: null,
  statusDetail: null,
  snapshotId: null,
  snapshotAt: null,
  graph: null,
  conversations: {},
  analytics: null,
  threads: {},
  streams: {},
  commands: {},
  toasts: [],
};
