import { connectionLevel, useChatStore } from '../../store/chat-store';

const LABEL = { connected: 'Live', connecting: 'Reconnecting…', disconnected: 'Disconnected' } as const;

/** Green live, yellow (re)connecting, red disconnected; the system status rides along. */
export function ConnectionIndicator() {
  const level = useChatStore(connectionLevel);
  const status = useChatStore((s) => s.systemStatus);
  const latency = useChatStore((s) => s.connection.latencyMs);
  const firstConnect = useChatStore((s) => s.readyState === 0 && s.connection.failures === 0);
  const label = firstConnect ? 'Connecting…' : LABEL[level];
  const title = [label, status && `status ${status}`, latency !== null && `latency ${latency} ms`].filter(Boolean).join(' · ');
  return (
    <span className={`indicator indicator--${level}`} data-testid="connection-indicator" data-level={level} title={title} role="status">
      <span className="indicator__dot" aria-hidden />
      <span className="indicator__label">{label}</span>
      {level === 'connected' && status && status !== 'REALTIME' && <span className="indicator__status">{status.replace('_', ' ').toLowerCase()}</span>}
    </span>
  );
}
