import { describe, expect, it } from 'vitest';
import { capturedEventOf, commandResultOf } from './page-messages';

describe('page messages', () => {
  it('should_accept_only_well_formed_forwarder_posts', () => {
    const data = { url: 'https://onlyfans.com/api2/v2/users/me', capturedAt: 'now', status: 200 };
    expect(capturedEventOf({ type: '_OF_FORWARDER_', event: 'fetch', data })).toEqual({ event: 'fetch', data });
    expect(capturedEventOf({ type: '_OF_FORWARDER_', event: 'cookie', data })).toBeNull();
    expect(capturedEventOf({ type: '_OF_FORWARDER_', event: 'xhr', data: { url: 1 } })).toBeNull();
    expect(capturedEventOf({ type: 'other', event: 'xhr', data })).toBeNull();
    expect(capturedEventOf('_OF_FORWARDER_')).toBeNull();
  });

  it('should_accept_only_well_formed_command_results', () => {
    expect(commandResultOf({ type: '_OF_BACKEND_RESULT_', requestId: 'r', ok: true, siteMessageId: '5' })).toEqual({ requestId: 'r', ok: true, siteMessageId: '5' });
    expect(commandResultOf({ type: '_OF_BACKEND_RESULT_', requestId: 'r' })).toBeNull();
    expect(commandResultOf({ type: '_OF_BACKEND_', requestId: 'r', ok: true })).toBeNull();
  });
});
