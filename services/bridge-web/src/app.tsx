import { useState } from 'react';
import { settings, takeTokenFromHash } from './config/settings';
import { Shell } from './components/layout/shell';
import { SignIn } from './components/layout/sign-in';
import { useChatStore } from './store/chat-store';

export function App() {
  const [token, setToken] = useState(() => takeTokenFromHash() ?? settings.token());
  const signIn = (value: string) => {
    settings.setToken(value);
    setToken(value);
  };
  const signOut = () => {
    settings.setToken(null);
    useChatStore.getState().reset();
    setToken(null);
  };
  if (!token) return <SignIn onToken={signIn} />;
  return <Shell key={token} token={token} onSignOut={signOut} />;
}
