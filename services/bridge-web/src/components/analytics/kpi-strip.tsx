import type { AnalyticsTotals, ResponseTimeDistribution } from '../../generated/wss-outgoing';
import { duration, money } from '../common/format';

export function KpiStrip({ totals, responseTime }: { totals: AnalyticsTotals | null | undefined; responseTime: ResponseTimeDistribution | null | undefined }) {
  const currency = totals?.currency ?? 'USD';
  const items = [
    { label: 'Revenue', value: money(totals?.revenue ?? 0, currency) },
    { label: 'Tips', value: money(totals?.tips ?? 0, currency) },
    { label: 'Paid messages', value: money(totals?.paidMessages ?? 0, currency) },
    { label: 'Subscriptions', value: money(totals?.subscriptions ?? 0, currency) },
    { label: 'Fans', value: String(totals?.fans ?? 0) },
    { label: 'Awaiting reply', value: String(totals?.awaitingReply ?? 0) },
    { label: 'Messages in / out', value: `${totals?.inboundMessages ?? 0} / ${totals?.outboundMessages ?? 0}` },
    { label: 'Reply time p50', value: duration(responseTime?.p50Seconds) },
  ];
  return (
    <div className="kpis">
      {items.map((k) => (
        <div key={k.label} className="kpi">
          <div className="kpi__value">{k.value}</div>
          <div className="kpi__label">{k.label}</div>
        </div>
      ))}
    </div>
  );
}
