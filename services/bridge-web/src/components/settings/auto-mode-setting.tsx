import { useEffect, useState } from 'react';
import { fetchSettings, saveSettings, type AccountSettings } from '../../api/platform-api';
import { useChatStore } from '../../store/chat-store';

/** Enrichment's auto mode: when on, suggestions are sent without asking for approval. */
export function AutoModeSetting() {
  const [value, setValue] = useState<AccountSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetchSettings().then(setValue).catch((e: Error) => setError(e.message));
  }, []);
  const toggle = async () => {
    if (!value) return;
    const next = { ...value, autoMode: !value.autoMode };
    try {
      await saveSettings(next);
      setValue(next);
    } catch (e) {
      useChatStore.getState().toast('error', `Could not save settings: ${(e as Error).message}`);
    }
  };
  return (
    <section className="card">
      <h3 className="card__title">Suggestions</h3>
      {value ? (
        <label className="field field--inline">
          <input type="checkbox" checked={value.autoMode === true} onChange={() => void toggle()} />
          <span>Auto mode: send suggested replies without approval</span>
        </label>
      ) : (
        <span className="muted">{error ? `Settings unavailable (${error})` : 'Loading…'}</span>
      )}
    </section>
  );
}
