import { useMemo } from 'react';
import { useChatStore } from '../../store/chat-store';
import { suggestionsForChat } from '../../store/reducers/suggestions';
import { SuggestionCard } from './suggestion-card';

const HIDE_AFTER: ReadonlySet<string> = new Set(['rejected']);

export function SuggestionList({ chatId }: { chatId: string }) {
  const streams = useChatStore((s) => s.streams);
  const commands = useChatStore((s) => s.commands);
  const suggestions = useMemo(
    () => suggestionsForChat(streams, commands, chatId).filter((v) => !v.state || !HIDE_AFTER.has(v.state)).slice(-3),
    [streams, commands, chatId],
  );
  if (suggestions.length === 0) return null;
  return (
    <div className="suggestions" aria-label="Suggestions">
      {suggestions.map((s) => (
        <SuggestionCard key={s.key} suggestion={s} />
      ))}
    </div>
  );
}
