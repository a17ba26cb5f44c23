import { create } from 'zustand';
import { defaultQuery, type InboxQuery } from './inbox-query';

interface InboxQueryState {
  query: InboxQuery;
  setQuery: (query: InboxQuery) => void;
}

/**
 * The inbox's sort, filters and search, kept outside the pane: the pane unmounts when the user opens
 * Analytics or Settings, and coming back must not silently re-sort the list (a re-sorted virtualised
 * list hides the conversation the user was watching).
 */
export const useInboxQuery = create<InboxQueryState>()((set) => ({
  query: defaultQuery,
  setQuery: (query) => set({ query }),
}));
