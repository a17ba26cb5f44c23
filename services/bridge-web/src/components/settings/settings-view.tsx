import { useState } from 'react';
import { settings } from '../../config/settings';
import { ExtensionService } from '../../services/extension-service';
import { useSocketApi } from '../../socket/socket-context';
import { useChatStore } from '../../store/chat-store';
import { AutoModeSetting } from './auto-mode-setting';

export function SettingsView() {
  const socket = useSocketApi();
  const ack = useChatStore((s) => s.connection.ack);
  const snapshotAt = useChatStore((s) => s.snapshotAt);
  const graph = useChatStore((s) => s.graph);
  const [wsUrl, setWsUrl] = useState(settings.wsUrlOverride() ?? '');
  const [extensionId, setExtensionId] = useState(settings.extensionId() ?? '');
  const [extensionState, setExtensionState] = useState<string>('');

  const saveConnection = () => {
    settings.setWsUrlOverride(wsUrl || null);
    settings.setExtensionId(extensionId || null);
    location.reload(); // the one socket only changes with a new page
  };
  const checkExtension = () => {
    setExtensionState('checking…');
    ExtensionService.ping(extensionId || undefined)
      .then((answer) => setExtensionState(`answered: ${JSON.stringify(answer)}`))
      .catch((error: Error) => setExtensionState(error.message));
  };

  return (
    <main className="settings">
      <section className="card">
        <h3 className="card__title">Connection</h3>
        <dl className="facts">
          <dt>Connection</dt><dd>{ack ? `${ack.connectionId} (${ack.role})` : '—'}</dd>
          <dt>User</dt><dd>{ack?.userId ?? '—'}</dd>
          <dt>Server</dt><dd>{ack ? `${ack.serverVersion}, protocol ${ack.protocolVersion}` : '—'}</dd>
          <dt>Last snapshot</dt><dd>{snapshotAt ?? '—'}</dd>
          <dt>Graph</dt><dd>{graph ? `${graph.nodeCount ?? 0} nodes, ${graph.edgeCount ?? 0} edges` : '—'}</dd>
        </dl>
        <button type="button" className="button" onClick={() => socket.requestSnapshot()}>Request a fresh snapshot</button>
      </section>
      <section className="card">
        <h3 className="card__title">Endpoints</h3>
        <label className="field">
          <span>WebSocket URL (empty = same origin <code>/ws</code>)</span>
          <input className="input" value={wsUrl} onChange={(e) => setWsUrl(e.target.value)} placeholder="ws://127.0.0.1:8080/ws" />
        </label>
        <label className="field">
          <span>Agent extension id</span>
          <input className="input" value={extensionId} onChange={(e) => setExtensionId(e.target.value)} placeholder="abcdefghijklmnopabcdefghijklmnop" />
        </label>
        <div className="panel-actions">
          <button type="button" className="button button--primary" onClick={saveConnection}>Save and reconnect</button>
          <button type="button" className="button" onClick={checkExtension}>Check extension</button>
          <span className="muted">{extensionState}</span>
        </div>
      </section>
      <AutoModeSetting />
    </main>
  );
}
