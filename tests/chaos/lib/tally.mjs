// Per fault, from what was sent and what PostgreSQL holds: sent / stored / duplicated / lost, the messages
// stored out of their user's order, and whether the graph projection holds each stored message once,
// with enrichment's analysis of it.

/**
 * @param {{user: number, seq: number, marker: string, phase: string}[]} sent
 * @param {Map<string, {rows: number, xid: number}>} ingest marker -> rows in ingest.messages and inserting xid
 * @param {Map<string, {rows: number, enriched: boolean}>} graph marker -> rows in graph.messages, enrichment seen
 * @returns {Map<string, {sent, stored, duplicated, lost, outOfOrder, graphMissing, notEnriched, examples: string[]}>} by phase
 */
export function tally(sent, ingest, graph) {
  const byPhase = new Map();
  const row = (phase) => {
    if (!byPhase.has(phase)) byPhase.set(phase, { sent: 0, stored: 0, duplicated: 0, lost: 0, outOfOrder: 0, graphMissing: 0, notEnriched: 0, examples: [] });
    return byPhase.get(phase);
  };
  for (const m of sent) {
    const r = row(m.phase);
    const stored = ingest.get(m.marker);
    r.sent++;
    if (!stored) { r.lost++; if (r.examples.length < 5) r.examples.push(`lost ${m.marker}`); continue; }
    r.stored++;
    const projected = graph.get(m.marker);
    if (stored.rows > 1 || projected?.rows > 1) r.duplicated++;
    if (!projected) r.graphMissing++;
    else if (!projected.enriched) r.notEnriched++;
  }
  // Order: walking one user's messages in send order, each must be inserted after every earlier one.
  const users = new Map();
  for (const m of sent) {
    if (!users.has(m.user)) users.set(m.user, []);
    users.get(m.user).push(m);
  }
  for (const messages of users.values()) {
    messages.sort((a, b) => a.seq - b.seq);
    let latest = null;
    for (const m of messages) {
      const stored = ingest.get(m.marker);
      if (!stored) continue;
      if (latest && stored.xid < latest.xid) {
        const r = row(m.phase);
        r.outOfOrder++;
        if (r.examples.length < 5) r.examples.push(`${m.marker} stored before ${latest.marker}`);
      }
      if (!latest || stored.xid > latest.xid) latest = { xid: stored.xid, marker: m.marker };
    }
  }
  return byPhase;
}
