import { useState } from 'react';
import type { CommandState } from '../../generated/wss-outgoing';
import { useSocketApi } from '../../socket/socket-context';
import type { SuggestionView } from '../../store/reducers/suggestions';
import { money } from '../common/format';

const STATE_LABEL: Record<CommandState, string> = {
  pending_approval: 'Needs approval',
  approved: 'Approved · sending',
  rejected: 'Rejected',
  blocked: 'Blocked',
  sent: 'Sent',
  failed: 'Failed',
  unknown: 'Unknown',
};

/** One suggested reply: streams in, then approve, edit-and-send, or reject; its status follows. */
export function SuggestionCard({ suggestion: s }: { suggestion: SuggestionView }) {
  const socket = useSocketApi();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [decided, setDecided] = useState<'approve' | 'reject' | null>(null);
  const actionable = !s.streaming && s.commandId !== null && (s.state === 'pending_approval' || s.state === null) && decided === null;

  const decide = (decision: 'approve' | 'reject', text?: string) => {
    if (!s.commandId) return;
    socket.send({ type: 'send_message', payload: { chatId: s.chatId, commandId: s.commandId, decision, text: text ?? null } });
    setDecided(decision);
    setEditing(false);
  };
  const state = s.streaming ? 'Writing…' : s.state ? STATE_LABEL[s.state] : decided ? 'Waiting for the Brain…' : 'Suggested';

  return (
    <div className={`suggestion suggestion--${s.state ?? (s.streaming ? 'streaming' : 'new')}`} data-testid="suggestion" data-state={s.state ?? ''} data-streaming={s.streaming}>
      <div className="suggestion__head">
        <span className="suggestion__label">Suggested reply</span>
        {s.price ? <span className="badge badge--paid">PPV {money(s.price)}</span> : null}
        <span className="suggestion__state" data-testid="suggestion-state">{state}</span>
      </div>
      {s.reason && <div className="suggestion__reason">{s.reason}</div>}
      {editing ? (
        <textarea className="input suggestion__edit" value={draft} rows={3} onChange={(e) => setDraft(e.target.value)} aria-label="Edit suggestion" autoFocus />
      ) : (
        <div className="suggestion__text" data-testid="suggestion-text">
          {s.text}
          {s.streaming && <span className="cursor" aria-hidden>▍</span>}
        </div>
      )}
      {s.error && <div className="suggestion__error">{s.error}</div>}
      {actionable && (
        <div className="suggestion__actions">
          {editing ? (
            <>
              <button type="button" className="button button--primary" onClick={() => decide('approve', draft.trim())} disabled={!draft.trim()}>Send edited</button>
              <button type="button" className="button" onClick={() => setEditing(false)}>Cancel</button>
            </>
          ) : (
            <>
              <button type="button" className="button button--primary" onClick={() => decide('approve')}>Approve</button>
              <button type="button" className="button" onClick={() => { setDraft(s.text); setEditing(true); }}>Edit</button>
              <button type="button" className="button button--danger" onClick={() => decide('reject')}>Reject</button>
            </>
          )}
        </div>
      )}
    </div>
  );
}
