import { lazy, Suspense, useMemo } from 'react';
import { readClaims, socketUrl } from '../../config/settings';
import { SocketContext } from '../../socket/socket-context';
import { useSocket } from '../../socket/use-socket';
import { InboxView } from '../inbox/inbox-view';
import { SettingsView } from '../settings/settings-view';
import { Toasts } from './toasts';
import { TopBar } from './top-bar';
import { navigate, useRoute } from './use-route';
import { useShortcuts } from './use-shortcuts';

// The charts are the heaviest part of the bundle: loaded when the analytics view is first opened.
const AnalyticsView = lazy(() => import('../analytics/analytics-view').then((m) => ({ default: m.AnalyticsView })));

/** The signed-in app: one socket for its whole lifetime, whichever view is shown. */
export function Shell({ token, onSignOut }: { token: string; onSignOut: () => void }) {
  const url = useMemo(() => socketUrl(token), [token]);
  const socket = useSocket(url);
  const route = useRoute();
  const user = useMemo(() => readClaims(token)?.sub ?? 'unknown', [token]);
  useShortcuts({
    '1': () => navigate({ view: 'inbox', chatId: null }),
    '2': () => navigate({ view: 'analytics' }),
    '3': () => navigate({ view: 'settings' }),
    Escape: () => route.view === 'inbox' && navigate({ view: 'inbox', chatId: null }),
  });

  return (
    <SocketContext.Provider value={socket}>
      <div className="app">
        <TopBar route={route} user={user} onSignOut={onSignOut} />
        {route.view === 'inbox' && <InboxView chatId={route.chatId} />}
        {route.view === 'analytics' && (
          <Suspense fallback={<main className="analytics" />}>
            <AnalyticsView />
          </Suspense>
        )}
        {route.view === 'settings' && <SettingsView />}
        <Toasts />
      </div>
    </SocketContext.Provider>
  );
}
