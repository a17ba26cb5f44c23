// What a dashboard would show after a fault, compared with what the Agents sent: the graph's REST inbox
// and the `full_sync_response` a fresh bridge connection gets. Both must hold every chat with the right
// message count (a double-counted redelivery or a missed one shows here) and the newest message.
import { connect } from '../../e2e/lib/ws-client.mjs';

async function restConversations(stack, userId) {
  const response = await fetch(`${stack.gatewayUrl}/api/v1/conversations?limit=1000`, {
    headers: { authorization: `Bearer ${stack.token(userId, 'bridge')}` },
  });
  if (!response.ok) throw new Error(`GET /api/v1/conversations: ${response.status}`);
  const body = await response.json();
  return Array.isArray(body) ? body : body.items ?? body.conversations ?? [];
}

async function fullSyncConversations(stack, userId) {
  const bridge = await connect(stack.wsUrl, stack.token(userId, 'bridge'));
  try {
    bridge.send({ type: 'sync_request', id: `chaos-sync-${Date.now()}` });
    const frame = await bridge.waitFor((f) => f.type === 'full_sync_response', 20_000);
    return frame.payload.conversations;
  } finally {
    bridge.close();
  }
}

/** Differences between one view's conversations and the expected chats of user `u` (empty: equal). */
function differences(view, nodes, traffic, u) {
  const problems = [];
  const byChat = new Map(nodes.map((n) => [String(n.chatId), n]));
  const chats = traffic.chats[u];
  if (byChat.size !== chats.size) problems.push(`${view}: ${byChat.size} conversations, sent ${chats.size}`);
  for (const chat of chats.keys()) {
    const node = byChat.get(String(chat));
    const want = traffic.expected(u, chat);
    if (!node) problems.push(`${view}: chat ${chat} missing`);
    else if (node.messageCount !== want.count) problems.push(`${view}: chat ${chat} messageCount ${node.messageCount}, sent ${want.count}`);
    else if (node.lastMessage?.text !== want.lastText) problems.push(`${view}: chat ${chat} lastMessage "${node.lastMessage?.text}", sent "${want.lastText}"`);
  }
  return problems;
}

/**
 * Checks every user's REST inbox and a fresh full sync against what was sent.
 * @returns {Promise<string[]>} problems, prefixed by user (empty: every dashboard equals what was sent)
 */
export async function dashboardProblems(stack, traffic, userIdOf) {
  const problems = [];
  const users = traffic.agents.map((_, u) => u);
  // A few users at a time: 50 full syncs at once would be a load spike of their own.
  for (let i = 0; i < users.length; i += 10) {
    await Promise.all(users.slice(i, i + 10).map(async (u) => {
      try {
        const rest = differences('rest', await restConversations(stack, userIdOf(u)), traffic, u);
        const sync = differences('full_sync', await fullSyncConversations(stack, userIdOf(u)), traffic, u);
        for (const p of [...rest, ...sync]) problems.push(`${userIdOf(u)} ${p}`);
      } catch (error) {
        problems.push(`${userIdOf(u)} ${error.message}`);
      }
    }));
  }
  return problems;
}
