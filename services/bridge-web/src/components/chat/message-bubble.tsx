import { memo } from 'react';
import type { ChatMessage } from '../../generated/wss-outgoing';
import { clock, money } from '../common/format';

/** Message text is rendered as a text node, never as HTML: the site's content is untrusted. */
export const MessageBubble = memo(function MessageBubble({ message }: { message: ChatMessage }) {
  const paid = (message.price ?? 0) > 0 && !message.isTip;
  return (
    <div className={`bubble bubble--${message.direction}`} data-message-id={message.id}>
      {message.text && <div className="bubble__text" data-testid="message-text">{message.text}</div>}
      {(message.mediaCount ?? 0) > 0 && (
        <div className="bubble__meta">📎 {message.mediaCount} {message.mediaKinds?.join(', ') || 'media'}</div>
      )}
      <div className="bubble__footer">
        {message.isTip && <span className="badge badge--money">Tip {money(message.tipAmount || message.price)}</span>}
        {paid && (
          <span className="badge badge--paid">
            PPV {money(message.price)} {message.isOpened ? '· bought' : ''}
          </span>
        )}
        <time dateTime={message.createdAt}>{clock(message.createdAt)}</time>
      </div>
    </div>
  );
});
