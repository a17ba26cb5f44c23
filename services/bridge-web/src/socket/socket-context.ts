import { createContext, useContext } from 'react';
import type { SocketApi } from './use-socket';

const noSocket: SocketApi = { send: () => {}, subscribe: () => {}, unsubscribe: () => {}, requestSnapshot: () => {} };

export const SocketContext = createContext<SocketApi>(noSocket);

export function useSocketApi(): SocketApi {
  return useContext(SocketContext);
}
