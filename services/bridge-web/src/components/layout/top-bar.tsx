import type { Route } from './use-route';
import { ConnectionIndicator } from './connection-indicator';

const TABS = [
  { view: 'inbox', label: 'Inbox', href: '#/inbox', key: '1' },
  { view: 'analytics', label: 'Analytics', href: '#/analytics', key: '2' },
  { view: 'settings', label: 'Settings', href: '#/settings', key: '3' },
] as const;

export function TopBar({ route, user, onSignOut }: { route: Route; user: string; onSignOut: () => void }) {
  return (
    <header className="topbar">
      <span className="brand">◆ Bridge</span>
      <nav className="tabs" aria-label="Views">
        {TABS.map((t) => (
          <a key={t.view} href={t.href} className={`tab ${route.view === t.view ? 'tab--active' : ''}`} title={`${t.label} (${t.key})`} aria-current={route.view === t.view ? 'page' : undefined}>
            {t.label}
          </a>
        ))}
      </nav>
      <span className="topbar__spacer" />
      <ConnectionIndicator />
      <span className="topbar__user" title="Signed in as">{user}</span>
      <button type="button" className="button button--ghost" onClick={onSignOut}>Sign out</button>
    </header>
  );
}
