import type { CommandResultPayload, NewRawMessageMessage } from '../generated/wss-incoming';
import type { ConnectionAckPayload, OutgoingWssMessage } from '../generated/wss-outgoing';
import type { RawCapturedEvent } from '../shared/raw-event';
import type { AgentStatus, ConnectionState } from '../shared/runtime-messages';
import { CommandRunner } from './commands/command-runner';
import type { SiteTabs } from './commands/execute-command';
import { chunkEvents } from './snapshot/chunk-events';
import { Courier } from './socket/courier';
import { GatewayConnection, type ConnectionOptions, type GatewayConfig } from './socket/gateway-connection';
import type { CaptureStore } from './storage/capture-store';
import type { CommandLog } from './storage/command-log';
import type { Outbox } from './storage/outbox';

type FrameHandlers = { [K in OutgoingWssMessage['type']]?: (frame: Extract<OutgoingWssMessage, { type: K }>) => void | Promise<void> };

export interface AgentDeps {
  store: CaptureStore;
  outbox: Outbox;
  commandLog: CommandLog;
  tabs: SiteTabs;
  socket: ConnectionOptions;
  onState?: (state: ConnectionState, detail: string | null) => void;
  warn?: (message: string) => void;
}

/** The background's core: capture -> store -> outbox -> socket, snapshots, and commands. */
export class Agent {
  private state: ConnectionState = 'unconfigured';
  private lastError: string | null = null;
  private gatewayUrl = '';
  private snapshotSent = false;
  readonly courier: Courier;
  readonly connection: GatewayConnection;
  readonly commands: CommandRunner;

  private readonly frameHandlers: FrameHandlers = {
    message_ack: (frame) => this.courier.ack(frame.payload.id),
    system_error: (frame) => {
      this.lastError = `${frame.payload.code}: ${frame.payload.message}`;
      if (frame.id) return this.courier.rejected(frame.id, frame.payload.code);
    },
    command_to_execute: async (frame) => {
      await this.commands.run(frame.payload.command);
    },
  };

  constructor(private readonly deps: AgentDeps) {
    this.courier = new Courier({ outbox: deps.outbox, send: (frame) => this.connection.send(frame), ...(deps.warn ? { warn: deps.warn } : {}) });
    this.connection = new GatewayConnection(
      {
        connected: (ack) => void this.connected(ack),
        disconnected: () => this.disconnected(),
        frame: (frame) => void this.receive(frame),
        state: (state, detail) => this.setState(state, detail ?? null),
      },
      deps.socket,
    );
    this.commands = new CommandRunner(deps.commandLog, deps.tabs, (result) => this.report(result));
  }

  configure(config: GatewayConfig | null): void {
    this.gatewayUrl = config?.gatewayUrl ?? '';
    this.connection.configure(config);
  }

  /** Saves the event (dataset + outbox, one transaction) BEFORE anything is sent. */
  async capture(event: RawCapturedEvent): Promise<void> {
    const frame: NewRawMessageMessage & { id: string } = { type: 'new_raw_message', payload: event, id: `ev-${crypto.randomUUID()}` };
    await this.deps.store.record(event, frame);
    this.courier.pump();
  }

  /** Queues the whole dataset as a new snapshot (sent before any further outbox frame). */
  async snapshot(): Promise<number> {
    const { frames, skipped } = chunkEvents(await this.deps.store.allEvents(), crypto.randomUUID());
    if (skipped.length > 0) this.deps.warn?.(`${skipped.length} captured events exceed the chunk limit; left out of the snapshot`);
    this.courier.enqueueSnapshot(frames);
    this.snapshotSent = true;
    return frames.length;
  }

  chats(): ReturnType<CaptureStore['chats']> {
    return this.deps.store.chats();
  }

  messages(chatId: string): ReturnType<CaptureStore['messages']> {
    return this.deps.store.messages(chatId);
  }

  async status(): Promise<AgentStatus> {
    return { state: this.state, outboxSize: await this.deps.outbox.count(), lastError: this.lastError, gatewayUrl: this.gatewayUrl };
  }

  private async connected(ack: ConnectionAckPayload): Promise<void> {
    // The snapshot goes first on the first connection of this worker (or after one was cut off).
    if (!this.snapshotSent) await this.snapshot().catch((error: unknown) => this.deps.warn?.(`snapshot failed: ${String(error)}`));
    if (this.connection.isConnected) this.courier.connected(ack.limits);
  }

  private disconnected(): void {
    this.courier.disconnected();
    if (this.courier.pendingSnapshotFrames > 0) {
      // A half-delivered snapshot is not resumed: the next connection sends a complete new one.
      this.courier.enqueueSnapshot([]);
      this.snapshotSent = false;
    }
  }

  private async receive(frame: OutgoingWssMessage): Promise<void> {
    const handler = this.frameHandlers[frame.type] as ((f: OutgoingWssMessage) => void | Promise<void>) | undefined;
    try {
      await handler?.(frame);
    } catch (error) {
      this.deps.warn?.(`handling ${frame.type} failed: ${String(error)}`);
    }
  }

  private async report(result: CommandResultPayload): Promise<void> {
    await this.deps.outbox.add({ type: 'command_result', payload: result, id: `cr-${crypto.randomUUID()}` });
    this.courier.pump();
  }

  private setState(state: ConnectionState, detail: string | null): void {
    this.state = state;
    if (detail) this.lastError = detail;
    this.deps.onState?.(state, detail);
  }
}
