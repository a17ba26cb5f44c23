import { useMemo, useRef } from 'react';
import { useChatStore } from '../../store/chat-store';
import { useShortcuts } from '../layout/use-shortcuts';
import { navigate } from '../layout/use-route';
import { ConversationList } from './conversation-list';
import { InboxFilters } from './inbox-filters';
import { queryInbox } from './inbox-query';
import { useInboxQuery } from './use-inbox-query';

/** The left column: filters, counts and the virtualised list; j/k move through it. */
export function InboxPane({ selectedChatId }: { selectedChatId: string | null }) {
  const conversations = useChatStore((s) => s.conversations);
  const query = useInboxQuery((s) => s.query);
  const setQuery = useInboxQuery((s) => s.setQuery);
  const searchRef = useRef<HTMLInputElement>(null);
  const all = useMemo(() => Object.values(conversations), [conversations]);
  const rows = useMemo(() => queryInbox(all, query), [all, query]);
  const open = (chatId: string) => navigate({ view: 'inbox', chatId });

  useShortcuts({
    '/': () => searchRef.current?.focus(),
    j: () => move(1),
    k: () => move(-1),
  });
  function move(step: number) {
    if (rows.length === 0) return;
    const index = rows.findIndex((r) => r.chatId === selectedChatId);
    const next = rows[Math.min(rows.length - 1, Math.max(0, index < 0 ? 0 : index + step))];
    if (next) open(next.chatId);
  }

  return (
    <aside className="inbox-pane" aria-label="Inbox">
      <InboxFilters query={query} onChange={setQuery} shown={rows.length} total={all.length} searchRef={searchRef} />
      <ConversationList rows={rows} selectedChatId={selectedChatId} onSelect={open} />
    </aside>
  );
}
