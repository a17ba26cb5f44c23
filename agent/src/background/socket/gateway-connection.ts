import type { KeepaliveMessage } from '../../generated/wss-incoming';
import type { ConnectionAckPayload, OutgoingWssMessage } from '../../generated/wss-outgoing';
import type { ConnectionState } from '../../shared/runtime-messages';
import { isRecord } from '../../shared/raw-event';
import { backoffDelay } from './backoff';

export const KEEPALIVE_MS = 20_000;
const OPEN = 1;

export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: Event) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
}

export interface GatewayConfig {
  gatewayUrl: string;
  token: string;
}

export interface ConnectionListener {
  connected(ack: ConnectionAckPayload): void;
  disconnected(): void;
  frame(frame: OutgoingWssMessage): void;
  state(state: ConnectionState, detail?: string): void;
}

export interface ConnectionOptions {
  createSocket: (url: string) => SocketLike;
  random?: () => number;
}

export function socketUrl({ gatewayUrl, token }: GatewayConfig): string {
  const url = new URL(gatewayUrl);
  url.searchParams.set('access_token', token);
  return url.href;
}

/**
 * The ONE socket to the gateway: connects, sends `keepalive` every 20 s (which also keeps the MV3
 * worker alive), and reconnects with backoff. Knows nothing about what is sent (see Courier).
 */
export class GatewayConnection {
  private config: GatewayConfig | null = null;
  private socket: SocketLike | null = null;
  private acked = false;
  private attempt = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private keepaliveTimer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly listener: ConnectionListener, private readonly options: ConnectionOptions) {}

  get isConnected(): boolean {
    return this.acked && this.socket?.readyState === OPEN;
  }

  /** New settings: drop the current socket and connect with them (or stay idle without a token). */
  configure(config: GatewayConfig | null): void {
    this.config = config;
    this.attempt = 0;
    this.teardown();
    if (config) this.connect();
    else this.listener.state('unconfigured');
  }

  /** Called by the watchdog alarm: reconnect now if nothing is connected or scheduled. */
  ensureConnected(): void {
    if (this.config && !this.socket && !this.reconnectTimer) this.connect();
  }

  send(frame: object): boolean {
    if (!this.isConnected || !this.socket) return false;
    this.socket.send(JSON.stringify(frame));
    return true;
  }

  private connect(): void {
    if (!this.config) return;
    this.reconnectTimer = null;
    this.listener.state('connecting');
    let socket: SocketLike;
    try {
      socket = this.options.createSocket(socketUrl(this.config));
    } catch (error) {
      this.listener.state('disconnected', error instanceof Error ? error.message : String(error));
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onmessage = (event) => this.receive(event.data);
    socket.onclose = (event) => this.closed(socket, `closed ${event.code}${event.reason ? ` ${event.reason}` : ''}`);
    socket.onerror = () => undefined; // onclose always follows and handles it
  }

  private receive(data: unknown): void {
    let frame: unknown;
    try {
      frame = JSON.parse(String(data));
    } catch {
      return;
    }
    if (!isRecord(frame) || typeof frame.type !== 'string') return;
    const message = frame as unknown as OutgoingWssMessage;
    if (message.type === 'connection_ack') {
      this.acked = true;
      this.attempt = 0;
      this.startKeepalive(message.payload.keepaliveIntervalSeconds);
      this.listener.state('connected');
      this.listener.connected(message.payload);
      return;
    }
    this.listener.frame(message);
  }

  private closed(socket: SocketLike, detail: string): void {
    if (socket !== this.socket) return;
    const wasAcked = this.acked;
    this.socket = null;
    this.acked = false;
    this.stopKeepalive();
    if (wasAcked) this.listener.disconnected();
    this.listener.state('disconnected', detail);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (!this.config || this.reconnectTimer) return;
    const delay = backoffDelay(this.attempt++, this.options.random);
    this.reconnectTimer = setTimeout(() => this.connect(), delay);
  }

  private startKeepalive(serverSeconds: number | undefined): void {
    this.stopKeepalive();
    const every = Math.min(KEEPALIVE_MS, serverSeconds ? serverSeconds * 1000 : KEEPALIVE_MS);
    const keepalive: KeepaliveMessage = { type: 'keepalive' };
    this.keepaliveTimer = setInterval(() => this.send(keepalive), every);
  }

  private stopKeepalive(): void {
    if (this.keepaliveTimer) clearInterval(this.keepaliveTimer);
    this.keepaliveTimer = null;
  }

  private teardown(): void {
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    const socket = this.socket;
    if (socket) {
      const wasAcked = this.acked;
      this.socket = null;
      this.acked = false;
      this.stopKeepalive();
      socket.onclose = null;
      socket.close(1000, 'reconfigured');
      if (wasAcked) this.listener.disconnected();
    }
  }
}
