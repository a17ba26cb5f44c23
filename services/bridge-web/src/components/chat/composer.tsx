import { useState, type KeyboardEvent } from 'react';
import { useSocketApi } from '../../socket/socket-context';
import { useChatStore } from '../../store/chat-store';

/** Writes a message for the Agent to send; Ctrl/Cmd+Enter sends. */
export function Composer({ chatId }: { chatId: string }) {
  const socket = useSocketApi();
  const [text, setText] = useState('');
  const [price, setPrice] = useState('');

  const send = () => {
    const body = text.trim();
    if (!body) return;
    const amount = Number.parseFloat(price);
    socket.send({ type: 'send_message', payload: { chatId, text: body, price: Number.isFinite(amount) && amount > 0 ? amount : null } });
    useChatStore.getState().toast('info', 'Message queued for the Agent');
    setText('');
    setPrice('');
  };
  const onKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      send();
    }
  };

  return (
    <div className="composer">
      <textarea
        className="input composer__text"
        placeholder="Write a reply…  (Ctrl+Enter to send)"
        value={text}
        rows={2}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKey}
        aria-label="Reply"
      />
      <input className="input composer__price" inputMode="decimal" placeholder="$ price" value={price} onChange={(e) => setPrice(e.target.value)} aria-label="Price (paid message)" />
      <button type="button" className="button button--primary" onClick={send} disabled={!text.trim()}>
        Send
      </button>
    </div>
  );
}
