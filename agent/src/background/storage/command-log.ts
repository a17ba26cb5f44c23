import type { CommandResultPayload } from '../../generated/wss-incoming';
import { STORES } from './db';
import { requestResult, transactionDone } from './idb';

/** Commands already executed, so a redelivered `command_to_execute` never sends a message twice. */
export class CommandLog {
  constructor(private readonly db: IDBDatabase) {}

  async resultOf(commandId: string): Promise<CommandResultPayload | null> {
    const row = await requestResult(this.db.transaction(STORES.commands, 'readonly').objectStore(STORES.commands).get(commandId));
    return (row as { result?: CommandResultPayload } | undefined)?.result ?? null;
  }

  async save(result: CommandResultPayload): Promise<void> {
    const tx = this.db.transaction(STORES.commands, 'readwrite');
    tx.objectStore(STORES.commands).put({ commandId: result.commandId, result });
    await transactionDone(tx);
  }
}
