// The options page: gateway URL and token in chrome.storage.local (the worker reconnects on change).
import type { AgentStatus, BackgroundRequest } from '../shared/runtime-messages';
import { DEFAULT_GATEWAY_URL } from '../background/settings';

const form = document.getElementById('settings') as HTMLFormElement;
const urlInput = document.getElementById('gatewayUrl') as HTMLInputElement;
const tokenInput = document.getElementById('token') as HTMLTextAreaElement;
const statusBox = document.getElementById('status') as HTMLDivElement;

async function load(): Promise<void> {
  const { gatewayUrl, token } = await chrome.storage.local.get(['gatewayUrl', 'token']);
  urlInput.value = typeof gatewayUrl === 'string' ? gatewayUrl : DEFAULT_GATEWAY_URL;
  tokenInput.value = typeof token === 'string' ? token : '';
}

async function refreshStatus(): Promise<void> {
  try {
    const request: BackgroundRequest = { kind: 'get-status' };
    const status = (await chrome.runtime.sendMessage(request)) as AgentStatus;
    statusBox.textContent = `State: ${status.state}\nUnacked frames: ${status.outboxSize}${status.lastError ? `\nLast error: ${status.lastError}` : ''}`;
  } catch (error) {
    statusBox.textContent = `Status unavailable: ${String(error)}`;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void chrome.storage.local.set({ gatewayUrl: urlInput.value.trim() || DEFAULT_GATEWAY_URL, token: tokenInput.value.trim() }).then(refreshStatus);
});

void load();
void refreshStatus();
setInterval(() => void refreshStatus(), 2000);
