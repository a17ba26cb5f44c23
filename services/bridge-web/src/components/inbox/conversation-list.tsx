import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ConversationNode } from '../../generated/wss-outgoing';
import { useNow } from '../common/use-now';
import { EmptyState } from '../common/empty-state';
import { ConversationRow } from './conversation-row';

const ROW_HEIGHT = 60;

interface Props {
  rows: readonly ConversationNode[];
  selectedChatId: string | null;
  onSelect: (chatId: string) => void;
}

/** Only the visible rows exist in the DOM, so 10,000 conversations scroll as smoothly as 10. */
export function ConversationList({ rows, selectedChatId, onSelect }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const now = useNow();
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey: (index) => rows[index]?.chatId ?? index,
  });

  const selectedIndex = selectedChatId ? rows.findIndex((r) => r.chatId === selectedChatId) : -1;
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  if (rows.length === 0) return <EmptyState text="No conversations match." />;
  return (
    <div className="conv-list" ref={scrollRef} data-testid="conversation-list" role="list">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <div key={item.key} role="listitem" className="conv-list__item" style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}>
              <ConversationRow conversation={row} selected={row.chatId === selectedChatId} now={now} onSelect={onSelect} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
