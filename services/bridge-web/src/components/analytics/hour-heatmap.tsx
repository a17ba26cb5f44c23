import type { HourOfWeekCount } from '../../generated/wss-outgoing';
import { ChartCard } from './chart-card';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const HOURS = Array.from({ length: 24 }, (_, h) => h);

/** Messages per hour of week: 7 x 24 cells, darker = busier. dayOfWeek 0 = Sunday (.NET DayOfWeek). */
export function HourHeatmap({ cells }: { cells: readonly HourOfWeekCount[] | null | undefined }) {
  const grid = DAYS.map(() => HOURS.map(() => 0));
  let max = 0;
  for (const c of cells ?? []) {
    const row = grid[c.dayOfWeek ?? 0];
    if (!row || c.hour === undefined || c.hour < 0 || c.hour > 23) continue;
    row[c.hour] = (row[c.hour] ?? 0) + (c.count ?? 0);
    max = Math.max(max, row[c.hour] ?? 0);
  }
  return (
    <ChartCard title="Messages per hour of week" hasData={max > 0} wide>
      <div className="heatmap" role="table" aria-label="Messages per hour of week">
        <div className="heatmap__row heatmap__row--head" role="row">
          <span />
          {HOURS.map((h) => (
            <span key={h} className="heatmap__hour">{h % 3 === 0 ? h : ''}</span>
          ))}
        </div>
        {grid.map((row, d) => (
          <div key={DAYS[d]} className="heatmap__row" role="row">
            <span className="heatmap__day">{DAYS[d]}</span>
            {row.map((count, h) => (
              <span
                key={h}
                className="heatmap__cell"
                title={`${DAYS[d]} ${h}:00 — ${count} messages`}
                style={{ opacity: count === 0 ? 0.08 : 0.2 + 0.8 * (count / max) }}
              />
            ))}
          </div>
        ))}
      </div>
    </ChartCard>
  );
}
