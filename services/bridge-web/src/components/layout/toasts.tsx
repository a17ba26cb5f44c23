import { useEffect } from 'react';
import { useChatStore } from '../../store/chat-store';
import type { Toast } from '../../store/chat-state';

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useChatStore((s) => s.dismissToast);
  useEffect(() => {
    const timer = setTimeout(() => dismiss(toast.id), toast.kind === 'error' ? 8000 : 3000);
    return () => clearTimeout(timer);
  }, [toast, dismiss]);
  return (
    <div className={`toast toast--${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'}>
      <span>{toast.text}</span>
      <button type="button" className="toast__close" onClick={() => dismiss(toast.id)} aria-label="Dismiss">×</button>
    </div>
  );
}

export function Toasts() {
  const toasts = useChatStore((s) => s.toasts);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((t) => (
        <ToastItem key={t.id} toast={t} />
      ))}
    </div>
  );
}
