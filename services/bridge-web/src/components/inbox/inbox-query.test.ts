import { describe, expect, it } from 'vitest';
import { conversation } from '../../test/fixtures';
import { defaultQuery, queryInbox } from './inbox-query';

const rows = [
  conversation('1', { priority: 10, lastActivityAt: '2025-03-01T10:00:00Z', spend: { total: 100 } }),
  conversation('2', { priority: 90, lastActivityAt: '2025-03-01T09:00:00Z', unreadCount: 2, awaitingReply: true }),
  conversation('3', { priority: 50, lastActivityAt: '2025-03-01T11:00:00Z', spend: { total: 5 }, fan: { id: '3', name: 'Zoë Example' } }),
];
const ids = (list: { chatId: string }[]) => list.map((c) => c.chatId);

describe('queryInbox', () => {
  it('sorts by priority, last activity or spend', () => {
    expect(ids(queryInbox(rows, defaultQuery))).toEqual(['2', '3', '1']);
    expect(ids(queryInbox(rows, { ...defaultQuery, sort: 'recent' }))).toEqual(['3', '1', '2']);
    expect(ids(queryInbox(rows, { ...defaultQuery, sort: 'spend' }))).toEqual(['1', '3', '2']);
  });

  it('filters unread, awaiting, spenders and by name', () => {
    expect(ids(queryInbox(rows, { ...defaultQuery, unread: true }))).toEqual(['2']);
    expect(ids(queryInbox(rows, { ...defaultQuery, awaiting: true }))).toEqual(['2']);
    expect(ids(queryInbox(rows, { ...defaultQuery, spenders: true }))).toEqual(['3', '1']);
    expect(ids(queryInbox(rows, { ...defaultQuery, search: 'zoë' }))).toEqual(['3']);
  });

  it('handles 10,000 conversations', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => conversation(String(i), { priority: i % 100 }));
    const sorted = queryInbox(many, defaultQuery);
    expect(sorted).toHaveLength(10_000);
    expect(sorted[0]?.priority).toBe(99);
  });
});
