import { useState, type FormEvent } from 'react';
import { readClaims } from '../../config/settings';

/** Paste a token (`./platform token USER`), or open the URL `./platform up` prints. */
export function SignIn({ onToken }: { onToken: (token: string) => void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const token = value.trim();
    if (!readClaims(token)?.sub) {
      setError('That does not look like a platform token.');
      return;
    }
    onToken(token);
  };
  return (
    <main className="sign-in">
      <form className="sign-in__card" onSubmit={submit}>
        <h1>◆ Bridge</h1>
        <p className="muted">Paste your dashboard token, or open the link printed by <code>./platform up</code>.</p>
        <textarea className="input" rows={4} value={value} onChange={(e) => setValue(e.target.value)} placeholder="eyJhbGciOi…" aria-label="Token" autoFocus />
        {error && <div className="form-error">{error}</div>}
        <button type="submit" className="button button--primary">Sign in</button>
      </form>
    </main>
  );
}
