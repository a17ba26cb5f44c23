import { useLayoutEffect, useRef } from 'react';
import type { ChatMessage } from '../../generated/wss-outgoing';
import { EmptyState } from '../common/empty-state';
import { MessageBubble } from './message-bubble';

interface Props {
  messages: readonly ChatMessage[];
  loaded: boolean;
  hasMore: boolean;
  loadingOlder: boolean;
  onReachTop: () => void;
}

/** Sticks to the bottom for new messages; keeps the reading position when older pages arrive on top. */
export function MessageList({ messages, loaded, hasMore, loadingOlder, onReachTop }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const previous = useRef({ first: '', last: '', height: 0, atBottom: true });

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const first = messages[0]?.id ?? '';
    const last = messages[messages.length - 1]?.id ?? '';
    const before = previous.current;
    if (before.first && first !== before.first && last === before.last) {
      el.scrollTop += el.scrollHeight - before.height; // older page prepended
    } else if (before.atBottom || last !== before.last) {
      el.scrollTop = el.scrollHeight;
    }
    previous.current = { first, last, height: el.scrollHeight, atBottom: true };
  }, [messages]);

  const onScroll = () => {
    const el = ref.current;
    if (!el) return;
    previous.current.atBottom = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
    previous.current.height = el.scrollHeight;
    if (el.scrollTop < 60 && hasMore) onReachTop();
  };

  return (
    <div className="message-list" ref={ref} onScroll={onScroll} data-testid="message-list">
      {hasMore && (
        <button type="button" className="link-button message-list__older" onClick={onReachTop} disabled={loadingOlder}>
          {loadingOlder ? 'Loading…' : 'Load older messages'}
        </button>
      )}
      {!loaded && messages.length === 0 && <EmptyState text="Loading history…" />}
      {loaded && messages.length === 0 && <EmptyState text="No messages in this chat yet." />}
      {messages.map((m) => (
        <MessageBubble key={m.id} message={m} />
      ))}
    </div>
  );
}
