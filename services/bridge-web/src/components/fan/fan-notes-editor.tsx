import { useEffect, useState } from 'react';
import { fetchFanNotes, saveFanNotes } from '../../api/platform-api';
import { useChatStore } from '../../store/chat-store';

type Phase = 'loading' | 'ready' | 'saving' | 'saved' | 'unavailable';

function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];
}

/** Notes and tags live in the graph service (REST); edits persist on Save. */
export function FanNotesEditor({ fanId, initialTags }: { fanId: string; initialTags: readonly string[] }) {
  const [notes, setNotes] = useState('');
  const [tags, setTags] = useState(initialTags.join(', '));
  const [phase, setPhase] = useState<Phase>('loading');

  useEffect(() => {
    let live = true;
    setPhase('loading');
    fetchFanNotes(fanId)
      .then((value) => {
        if (!live) return;
        setNotes(value.notes);
        setTags(value.tags.join(', '));
        setPhase('ready');
      })
      .catch(() => live && setPhase('unavailable'));
    return () => {
      live = false;
    };
  }, [fanId]);

  const save = async () => {
    setPhase('saving');
    try {
      await saveFanNotes(fanId, { notes, tags: parseTags(tags) });
      setPhase('saved');
    } catch (error) {
      useChatStore.getState().toast('error', `Could not save notes: ${(error as Error).message}`);
      setPhase('ready');
    }
  };

  return (
    <section className="panel-section">
      <h3>Notes &amp; tags</h3>
      <input className="input" value={tags} onChange={(e) => { setTags(e.target.value); setPhase('ready'); }} placeholder="tags, comma separated" aria-label="Tags" disabled={phase === 'loading'} />
      <div className="tag-list">
        {parseTags(tags).map((t) => (
          <span key={t} className="tag">{t}</span>
        ))}
      </div>
      <textarea className="input notes" rows={4} value={notes} onChange={(e) => { setNotes(e.target.value); setPhase('ready'); }} placeholder="Private notes about this fan" aria-label="Notes" disabled={phase === 'loading'} />
      <div className="panel-actions">
        <button type="button" className="button" onClick={() => void save()} disabled={phase === 'loading' || phase === 'saving'}>
          {phase === 'saving' ? 'Saving…' : 'Save'}
        </button>
        {phase === 'saved' && <span className="muted">Saved</span>}
        {phase === 'unavailable' && <span className="muted">Notes service unavailable</span>}
      </div>
    </section>
  );
}
