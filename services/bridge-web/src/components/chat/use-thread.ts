import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchOlderMessages } from '../../api/platform-api';
import { useSocketApi } from '../../socket/socket-context';
import { useChatStore } from '../../store/chat-store';

/**
 * Subscribes to `chat:{id}` while the chat is open (history, then live messages); older pages come
 * over REST when the user scrolls to the top.
 */
export function useThread(chatId: string) {
  const socket = useSocketApi();
  const thread = useChatStore((s) => s.threads[chatId]);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const inFlight = useRef(false);

  useEffect(() => {
    const topic = `chat:${chatId}`;
    socket.subscribe(topic);
    useChatStore.getState().chatOpened(chatId);
    return () => socket.unsubscribe(topic);
  }, [chatId, socket]);

  const loadOlder = useCallback(async () => {
    const current = useChatStore.getState().threads[chatId];
    if (inFlight.current || !current?.loaded || !current.hasMore) return;
    inFlight.current = true;
    setLoadingOlder(true);
    try {
      const page = await fetchOlderMessages(chatId, current.messages[0]?.id ?? null);
      useChatStore.getState().olderMessagesLoaded(chatId, page.items, page.hasMore);
    } catch (error) {
      useChatStore.getState().toast('error', `Could not load older messages: ${(error as Error).message}`);
      useChatStore.getState().olderMessagesLoaded(chatId, [], false);
    } finally {
      inFlight.current = false;
      setLoadingOlder(false);
    }
  }, [chatId]);

  return { thread, loadingOlder, loadOlder };
}
