import { describe, expect, it } from 'vitest';
import { message } from '../../test/fixtures';
import { appendToThread, applyHistory, mergeMessages, prependOlder } from './threads';

describe('threads', () => {
  it('orders oldest first and keeps one copy per id', () => {
    const merged = mergeMessages(
      [message('2', 'c', '2025-03-01T18:02:00Z'), message('1', 'c', '2025-03-01T18:01:00Z')],
      [message('2', 'c', '2025-03-01T18:02:00Z', { text: 'edited' }), message('3', 'c', '2025-03-01T18:03:00Z')],
    );
    expect(merged.map((m) => `${m.id}:${m.text}`)).toEqual(['1:message 1', '2:edited', '3:message 3']);
  });

  it('breaks time ties by numeric id, even above 2^53', () => {
    const at = '2025-03-01T18:00:00Z';
    const merged = mergeMessages([message('10000000000000', 'c', at), message('9999999999999', 'c', at)], []);
    expect(merged.map((m) => m.id)).toEqual(['9999999999999', '10000000000000']);
  });

  it('prepends older pages and adds live messages to loaded threads', () => {
    let threads = applyHistory({}, 'c', [message('5', 'c', '2025-03-01T18:05:00Z')], true);
    threads = prependOlder(threads, 'c', [message('4', 'c', '2025-03-01T18:04:00Z')], false);
    threads = appendToThread(threads, 'c', message('6', 'c', '2025-03-01T18:06:00Z'));
    expect(threads['c']?.messages.map((m) => m.id)).toEqual(['4', '5', '6']);
    expect(threads['c']?.hasMore).toBe(false);
    expect(threads['c']?.loaded).toBe(true);
  });

  it('does not create a thread for a live message nobody opened', () => {
    expect(appendToThread({}, 'c', message('1', 'c', '2025-03-01T18:00:00Z'))).toEqual({});
  });
});
