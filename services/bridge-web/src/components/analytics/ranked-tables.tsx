import type { ExpiringSubscription, FanSpend, UnansweredEntry } from '../../generated/wss-outgoing';
import { dateTime, duration, money } from '../common/format';
import { navigate } from '../layout/use-route';
import { ChartCard } from './chart-card';

const openChat = (chatId: string) => navigate({ view: 'inbox', chatId });

export function TopSpenders({ fans }: { fans: readonly FanSpend[] | null | undefined }) {
  const rows = (fans ?? []).slice(0, 10);
  return (
    <ChartCard title="Top spenders" hasData={rows.length > 0}>
      <table className="table">
        <thead><tr><th>Fan</th><th className="num">Total</th><th className="num">Tips</th><th className="num">PPV</th></tr></thead>
        <tbody>
          {rows.map((f) => (
            <tr key={f.fanId} onClick={() => openChat(f.fanId)} className="table__link">
              <td>{f.name || f.username || f.fanId}</td>
              <td className="num">{money(f.spend.total, f.spend.currency)}</td>
              <td className="num">{money(f.spend.tips, f.spend.currency)}</td>
              <td className="num">{money(f.spend.paidMessages, f.spend.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartCard>
  );
}

export function UnansweredQueue({ entries }: { entries: readonly UnansweredEntry[] | null | undefined }) {
  const rows = [...(entries ?? [])].sort((a, b) => (b.fanValue ?? 0) - (a.fanValue ?? 0) || (b.waitingSeconds ?? 0) - (a.waitingSeconds ?? 0)).slice(0, 10);
  return (
    <ChartCard title="Unanswered, by value" hasData={rows.length > 0}>
      <table className="table">
        <thead><tr><th>Fan</th><th className="num">Value</th><th className="num">Waiting</th></tr></thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.chatId} onClick={() => openChat(e.chatId)} className="table__link">
              <td>{e.fanName || e.chatId}</td>
              <td className="num">{money(e.fanValue ?? 0)}</td>
              <td className="num">{duration(e.waitingSeconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartCard>
  );
}

export function ExpiringSubscriptions({ entries }: { entries: readonly ExpiringSubscription[] | null | undefined }) {
  const rows = (entries ?? []).slice(0, 10);
  return (
    <ChartCard title="Expiring subscriptions" hasData={rows.length > 0}>
      <table className="table">
        <thead><tr><th>Fan</th><th>Expires</th><th className="num">Value</th></tr></thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.fanId} onClick={() => openChat(e.fanId)} className="table__link">
              <td>{e.name || e.fanId}</td>
              <td>{dateTime(e.expiresAt)}</td>
              <td className="num">{money(e.fanValue ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartCard>
  );
}
