import type { RefObject } from 'react';
import type { InboxQuery, InboxSort } from './inbox-query';

interface Props {
  query: InboxQuery;
  onChange: (query: InboxQuery) => void;
  shown: number;
  total: number;
  searchRef: RefObject<HTMLInputElement | null>;
}

const toggles: { key: 'unread' | 'awaiting' | 'spenders'; label: string }[] = [
  { key: 'unread', label: 'Unread' },
  { key: 'awaiting', label: 'Awaiting' },
  { key: 'spenders', label: 'Spenders' },
];

export function InboxFilters({ query, onChange, shown, total, searchRef }: Props) {
  return (
    <div className="inbox-filters">
      <div className="inbox-filters__row">
        <input
          ref={searchRef}
          className="input input--search"
          type="search"
          placeholder="Search fans  ( / )"
          value={query.search}
          onChange={(e) => onChange({ ...query, search: e.target.value })}
          aria-label="Search conversations"
        />
        <select
          className="input input--select"
          value={query.sort}
          onChange={(e) => onChange({ ...query, sort: e.target.value as InboxSort })}
          aria-label="Sort conversations"
        >
          <option value="priority">Priority</option>
          <option value="recent">Last activity</option>
          <option value="spend">Spend</option>
        </select>
      </div>
      <div className="inbox-filters__row">
        {toggles.map((t) => (
          <button
            key={t.key}
            type="button"
            className={`chip ${query[t.key] ? 'chip--on' : ''}`}
            aria-pressed={query[t.key]}
            onClick={() => onChange({ ...query, [t.key]: !query[t.key] })}
          >
            {t.label}
          </button>
        ))}
        <span className="inbox-count" data-testid="inbox-count" data-count={shown}>
          {shown === total ? `${total} conversations` : `${shown} of ${total}`}
        </span>
      </div>
    </div>
  );
}
