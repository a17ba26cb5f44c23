import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ResponseTimeDistribution } from '../../generated/wss-outgoing';
import { duration } from '../common/format';
import { ChartCard } from './chart-card';

export function ResponseHistogram({ distribution }: { distribution: ResponseTimeDistribution | null | undefined }) {
  const data = (distribution?.histogram ?? []).map((b) => ({
    label: b.upToSeconds == null ? 'longer' : `≤ ${duration(b.upToSeconds)}`,
    count: b.count ?? 0,
  }));
  const subtitle = distribution ? `p50 ${duration(distribution.p50Seconds)} · p90 ${duration(distribution.p90Seconds)} · ${distribution.samples ?? 0} replies` : '';
  return (
    <ChartCard title="Response time" hasData={data.some((d) => d.count > 0)}>
      <div className="card__subtitle">{subtitle}</div>
      <ResponsiveContainer width="100%" height={200}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e5e7eb" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={36} />
          <Tooltip />
          <Bar dataKey="count" name="Replies" fill="#4f6bed" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
