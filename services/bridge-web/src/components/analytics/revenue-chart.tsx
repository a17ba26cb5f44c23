import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RevenueDay } from '../../generated/wss-outgoing';
import { money, shortDate } from '../common/format';
import { ChartCard } from './chart-card';

const SERIES = [
  { key: 'tips', name: 'Tips', color: '#f59e0b' },
  { key: 'paidMessages', name: 'Paid messages', color: '#6366f1' },
  { key: 'subscriptions', name: 'Subscriptions', color: '#10b981' },
  { key: 'other', name: 'Other', color: '#94a3b8' },
] as const;

export function RevenueChart({ days }: { days: readonly RevenueDay[] | null | undefined }) {
  const data = (days ?? []).map((d) => ({ ...d, label: shortDate(d.date) }));
  return (
    <ChartCard title="Revenue per day" hasData={data.some((d) => (d.total ?? 0) > 0 || SERIES.some((s) => (d[s.key] ?? 0) > 0))} wide>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e5e7eb" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} />
          <YAxis tick={{ fontSize: 11 }} width={56} tickFormatter={(v: number) => money(v)} />
          <Tooltip formatter={(v) => money(Number(v))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {SERIES.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} stackId="revenue" fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
