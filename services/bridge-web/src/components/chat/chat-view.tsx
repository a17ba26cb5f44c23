import { useChatStore } from '../../store/chat-store';
import { since } from '../common/format';
import { useNow } from '../common/use-now';
import { Composer } from './composer';
import { MessageList } from './message-list';
import { SuggestionList } from './suggestion-list';
import { useThread } from './use-thread';

export function ChatView({ chatId }: { chatId: string }) {
  const conversation = useChatStore((s) => s.conversations[chatId]);
  const { thread, loadingOlder, loadOlder } = useThread(chatId);
  const now = useNow();
  const name = conversation?.fan.name || conversation?.fan.username || chatId;

  return (
    <section className="chat" aria-label={`Chat with ${name}`} data-testid="chat-view">
      <header className="chat__header">
        <div>
          <div className="chat__name">{name}</div>
          <div className="chat__sub">
            {conversation?.fan.username ? `@${conversation.fan.username} · ` : ''}
            {conversation?.messageCount ?? 0} messages
            {conversation?.awaitingReply ? ` · awaiting reply ${since(conversation.awaitingSince ?? conversation.lastMessage?.createdAt, now)}` : ''}
          </div>
        </div>
      </header>
      <MessageList
        messages={thread?.messages ?? []}
        loaded={thread?.loaded ?? false}
        hasMore={thread?.hasMore ?? false}
        loadingOlder={loadingOlder}
        onReachTop={() => void loadOlder()}
      />
      <SuggestionList chatId={chatId} />
      <Composer chatId={chatId} />
    </section>
  );
}
