import { ChatView } from '../chat/chat-view';
import { EmptyState } from '../common/empty-state';
import { FanPanel } from '../fan/fan-panel';
import { InboxPane } from './inbox-pane';

/** Inbox left, chat centre, fan right. */
export function InboxView({ chatId }: { chatId: string | null }) {
  return (
    <main className="inbox-layout">
      <InboxPane selectedChatId={chatId} />
      {chatId ? (
        <>
          <ChatView key={chatId} chatId={chatId} />
          <FanPanel chatId={chatId} />
        </>
      ) : (
        <section className="chat chat--empty">
          <EmptyState text="Select a conversation  ·  j / k to move, / to search" />
        </section>
      )}
    </main>
  );
}
