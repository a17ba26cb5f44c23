// window.postMessage channels between the page world (page-hook) and the content script.
/** page-hook -> content: one captured network event `{type, event, data}`. */
export const FORWARDER = '_OF_FORWARDER_';
/** content -> page-hook: a command to execute in the page `{type, requestId, action, ...}`. */
export const BACKEND = '_OF_BACKEND_';
/** page-hook -> content: the outcome of a `_OF_BACKEND_` command. */
export const BACKEND_RESULT = '_OF_BACKEND_RESULT_';
