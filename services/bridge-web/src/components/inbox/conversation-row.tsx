import { memo } from 'react';
import type { ConversationNode } from '../../generated/wss-outgoing';
import { money, since } from '../common/format';

interface Props {
  conversation: ConversationNode;
  selected: boolean;
  now: number;
  onSelect: (chatId: string) => void;
}

function initials(name: string): string {
  return name.split(/\s+/).map((w) => w[0] ?? '').join('').slice(0, 2).toUpperCase() || '?';
}

export const ConversationRow = memo(function ConversationRow({ conversation: c, selected, now, onSelect }: Props) {
  const name = c.fan.name || c.fan.username || c.chatId;
  const last = c.lastMessage;
  const waiting = c.awaitingReply ? since(c.awaitingSince ?? last?.createdAt, now) : null;
  return (
    <button
      type="button"
      className={`conv-row ${selected ? 'conv-row--selected' : ''} ${c.unreadCount ? 'conv-row--unread' : ''}`}
      onClick={() => onSelect(c.chatId)}
      data-chat-id={c.chatId}
      aria-current={selected}
    >
      <span className="avatar" aria-hidden>{initials(name)}</span>
      <span className="conv-row__body">
        <span className="conv-row__top">
          <span className="conv-row__name">{name}</span>
          {(c.spend.total ?? 0) > 0 && <span className="badge badge--money">{money(c.spend.total, c.spend.currency)}</span>}
          <span className="conv-row__time">{since(c.lastActivityAt ?? last?.createdAt, now)}</span>
        </span>
        <span className="conv-row__bottom">
          <span className="conv-row__preview" data-testid="conv-preview">
            {last?.direction === 'out' && <span className="conv-row__you">You: </span>}
            {last ? last.text || (last.isTip ? `Tip ${money(last.tipAmount ?? last.price)}` : '(media)') : 'No messages yet'}
          </span>
          {waiting && <span className="badge badge--awaiting" title="Awaiting your reply">wait {waiting}</span>}
          {!!c.unreadCount && <span className="badge badge--unread" title="Unread">{c.unreadCount}</span>}
        </span>
      </span>
    </button>
  );
});
