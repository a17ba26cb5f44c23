import type { CommandResultPayload } from '../../generated/wss-incoming';
import type { SendMessageCommand } from '../../shared/command';
import type { CommandLog } from '../storage/command-log';
import { executeCommand, type SiteTabs } from './execute-command';

/**
 * Executes each command at most once (a redelivered command gets its recorded result again) and
 * reports every outcome through `report` (the durable outbox, as `command_result`).
 */
export class CommandRunner {
  private readonly running = new Map<string, Promise<CommandResultPayload>>();

  constructor(private readonly log: CommandLog, private readonly tabs: SiteTabs, private readonly report: (result: CommandResultPayload) => Promise<void>) {}

  run(command: SendMessageCommand): Promise<CommandResultPayload> {
    const existing = this.running.get(command.commandId);
    if (existing) return existing;
    const run = this.execute(command).finally(() => this.running.delete(command.commandId));
    this.running.set(command.commandId, run);
    return run;
  }

  private async execute(command: SendMessageCommand): Promise<CommandResultPayload> {
    const previous = await this.log.resultOf(command.commandId);
    const result = previous ?? (await executeCommand(command, this.tabs));
    // A "no tab" failure is not recorded: the same command may succeed once the site is open.
    if (!previous && result.status === 'sent') await this.log.save(result);
    await this.report(result);
    return result;
  }
}
