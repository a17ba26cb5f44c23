import { useEffect, useState } from 'react';

export type Route =
  | { view: 'inbox'; chatId: string | null }
  | { view: 'analytics' }
  | { view: 'settings' };

export function parseRoute(hash: string): Route {
  const chat = /^#\/chat\/(.+)$/.exec(hash);
  if (chat?.[1]) return { view: 'inbox', chatId: decodeURIComponent(chat[1]) };
  if (hash === '#/analytics') return { view: 'analytics' };
  if (hash === '#/settings') return { view: 'settings' };
  return { view: 'inbox', chatId: null };
}

export function hrefOf(route: Route): string {
  if (route.view === 'inbox') return route.chatId ? `#/chat/${encodeURIComponent(route.chatId)}` : '#/inbox';
  return `#/${route.view}`;
}

export function navigate(route: Route): void {
  location.hash = hrefOf(route);
}

/** Views live in the hash, so a reload or a shared link keeps them; the socket is unaffected. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
