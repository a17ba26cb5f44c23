import { useChatStore } from '../../store/chat-store';
import { dateTime, duration, money, percent } from '../common/format';
import { FanNotesEditor } from './fan-notes-editor';

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="kv">
      <span className="kv__label">{label}</span>
      <span className="kv__value">{value}</span>
    </div>
  );
}

function SentimentBar({ value }: { value: number | null | undefined }) {
  if (value === null || value === undefined) return <span className="muted">—</span>;
  const pct = Math.round(((value + 1) / 2) * 100);
  return (
    <span className="sentiment" title={value.toFixed(2)}>
      <span className="sentiment__fill" style={{ width: `${pct}%` }} data-tone={value > 0.2 ? 'good' : value < -0.2 ? 'bad' : 'neutral'} />
    </span>
  );
}

/** The right column: who the fan is, what they spent and how they feel, plus the chatter's notes. */
export function FanPanel({ chatId }: { chatId: string }) {
  const c = useChatStore((s) => s.conversations[chatId]);
  const scores = useChatStore((s) => s.analytics?.fanScores?.find((f) => f.fanId === (c?.fan.id ?? chatId)));
  if (!c) return <aside className="fan-panel" />;
  const currency = c.spend.currency ?? 'USD';
  const sub = c.subscription;
  const churn = c.churnRisk ?? scores?.churnRisk ?? null;

  return (
    <aside className="fan-panel" aria-label="Fan details" data-testid="fan-panel">
      <section className="panel-section">
        <h3>Spend</h3>
        <div className="spend-total">{money(c.spend.total, currency)}</div>
        <Row label="Tips" value={money(c.spend.tips, currency)} />
        <Row label="Paid messages" value={money(c.spend.paidMessages, currency)} />
        <Row label="Subscriptions" value={money(c.spend.subscriptions, currency)} />
        {(c.spend.other ?? 0) > 0 && <Row label="Other" value={money(c.spend.other, currency)} />}
        {scores?.lifetimeValue !== undefined && <Row label="Lifetime value" value={money(scores.lifetimeValue, currency)} />}
      </section>
      <section className="panel-section">
        <h3>Subscription</h3>
        {sub ? (
          <>
            <Row label="Status" value={sub.isActive === false ? 'Expired' : 'Active'} />
            <Row label="Since" value={dateTime(sub.subscribedAt)} />
            <Row label="Expires" value={dateTime(sub.expiresAt)} />
            {sub.price != null && <Row label="Price" value={money(sub.price, currency)} />}
          </>
        ) : (
          <div className="muted">No subscription data</div>
        )}
      </section>
      <section className="panel-section">
        <h3>Signals</h3>
        <div className="kv">
          <span className="kv__label">Sentiment</span>
          <SentimentBar value={c.sentiment ?? scores?.sentiment} />
        </div>
        <Row label="Churn risk" value={percent(churn)} />
        <Row label="Priority" value={String(Math.round(c.priority ?? 0))} />
        <Row label="Reply time (avg / p90)" value={`${duration(c.responseTime.avgSeconds)} / ${duration(c.responseTime.p90Seconds)}`} />
        <Row label="Messages in / out" value={`${c.inboundCount ?? 0} / ${c.outboundCount ?? 0}`} />
      </section>
      <FanNotesEditor fanId={c.fan.id} initialTags={c.tags ?? []} />
    </aside>
  );
}
