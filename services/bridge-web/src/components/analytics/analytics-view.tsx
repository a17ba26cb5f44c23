import { useChatStore } from '../../store/chat-store';
import { dateTime } from '../common/format';
import { HourHeatmap } from './hour-heatmap';
import { KpiStrip } from './kpi-strip';
import { ExpiringSubscriptions, TopSpenders, UnansweredQueue } from './ranked-tables';
import { ResponseHistogram } from './response-histogram';
import { RevenueChart } from './revenue-chart';

export function AnalyticsView() {
  const analytics = useChatStore((s) => s.analytics);
  return (
    <main className="analytics" data-testid="analytics-view">
      <div className="analytics__head">
        <h2>Analytics</h2>
        <span className="muted">{analytics?.generatedAt ? `updated ${dateTime(analytics.generatedAt)}` : 'waiting for data'}</span>
      </div>
      <KpiStrip totals={analytics?.totals} responseTime={analytics?.responseTime} />
      <div className="analytics__grid">
        <RevenueChart days={analytics?.revenuePerDay} />
        <HourHeatmap cells={analytics?.messagesPerHourOfWeek} />
        <ResponseHistogram distribution={analytics?.responseTime} />
        <UnansweredQueue entries={analytics?.unansweredQueue} />
        <TopSpenders fans={analytics?.topSpenders} />
        <ExpiringSubscriptions entries={analytics?.expiringSubscriptions} />
      </div>
    </main>
  );
}
