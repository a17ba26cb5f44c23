import type { ReactNode } from 'react';
import { EmptyState } from '../common/empty-state';

/** A titled card that shows "No data" instead of an empty chart. */
export function ChartCard({ title, hasData, children, wide = false }: { title: string; hasData: boolean; children: ReactNode; wide?: boolean }) {
  return (
    <section className={`card ${wide ? 'card--wide' : ''}`} aria-label={title}>
      <h3 className="card__title">{title}</h3>
      {hasData ? children : <EmptyState text="No data yet" />}
    </section>
  );
}
