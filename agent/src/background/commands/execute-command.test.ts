import { describe, expect, it, vi } from 'vitest';
import { executeCommand, NO_SITE_TAB, NOT_CONFIRMED, type SiteTabs } from './execute-command';

const command = { commandId: 'c-1', chatId: '100000001', text: 'Hi' };
const at = () => new Date('2025-03-01T18:00:00Z');

describe('executeCommand', () => {
  it('should_fail_clearly_when_no_site_tab_is_open', async () => {
    const tabs: SiteTabs = { find: async () => [], send: vi.fn() };
    expect(await executeCommand(command, tabs, at)).toEqual({ commandId: 'c-1', status: 'failed', error: NO_SITE_TAB, executedAt: '2025-03-01T18:00:00.000Z' });
    expect(tabs.send).not.toHaveBeenCalled();
  });

  it('should_skip_an_unreachable_tab_and_report_the_sent_message', async () => {
    const send = vi.fn<SiteTabs['send']>()
      .mockRejectedValueOnce(new Error('Receiving end does not exist.'))
      .mockResolvedValueOnce({ ok: true, status: 200, siteMessageId: '8000000000042' });
    const result = await executeCommand(command, { find: async () => [3, 4], send }, at);
    expect(result).toEqual({ commandId: 'c-1', status: 'sent', siteMessageId: '8000000000042', executedAt: '2025-03-01T18:00:00.000Z' });
    expect(send).toHaveBeenLastCalledWith(4, { kind: 'execute-command', command });
  });

  it('should_not_try_a_second_tab_after_the_site_refused', async () => {
    const send = vi.fn<SiteTabs['send']>().mockResolvedValue({ ok: false, error: 'site answered 400' });
    const result = await executeCommand(command, { find: async () => [1, 2], send }, at);
    expect(result).toMatchObject({ status: 'failed', error: 'site answered 400' });
    expect(send).toHaveBeenCalledOnce();
  });

  it('should_not_report_sent_without_the_sites_message_id', async () => {
    const send = vi.fn<SiteTabs['send']>().mockResolvedValue({ ok: true, status: 200 });
    const result = await executeCommand(command, { find: async () => [1, 2], send }, at);
    expect(result).toEqual({ commandId: 'c-1', status: 'failed', error: NOT_CONFIRMED, executedAt: '2025-03-01T18:00:00.000Z' });
    expect(send).toHaveBeenCalledOnce();
  });
});
