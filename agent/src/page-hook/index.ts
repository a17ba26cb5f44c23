// Runs in the page's own world at document start (manifest: world MAIN): wraps the network APIs
// before the site's app can take references to them.
import { installFetchCapture } from './capture-fetch';
import { installWebSocketCapture } from './capture-websocket';
import { installXhrCapture } from './capture-xhr';
import { listenForCommands } from './command-listener';
import { postToContent } from './emit';

const FLAG = '__platformAgentHooked';
const host = window as Window & { [FLAG]?: boolean };

if (!host[FLAG]) {
  host[FLAG] = true;
  const emit = postToContent(window);
  const baseUrl = () => window.location.href;
  const originalFetch = installFetchCapture(window, emit, baseUrl);
  installXhrCapture(XMLHttpRequest, emit, baseUrl);
  installWebSocketCapture(window, emit);
  listenForCommands(window, originalFetch.bind(window), emit);
}
