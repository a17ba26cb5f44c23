// The chaos table: one row per fault, and whether the run passed.
const seconds = (ms) => (ms === null || ms === undefined ? 'never' : `${(ms / 1000).toFixed(1)} s`);

const COLUMNS = [
  ['fault', (r) => r.name],
  ['sent', (r) => r.sent],
  ['stored', (r) => r.stored],
  ['duplicated', (r) => r.duplicated],
  ['lost', (r) => r.lost],
  ['out of order', (r) => r.outOfOrder],
  ['graph missing', (r) => r.graphMissing],
  ['not enriched', (r) => r.notEnriched],
  ['dashboards', (r) => (r.dashboardProblems.length ? `${r.dashboardProblems.length} wrong` : 'equal')],
  ['error queues', (r) => (r.errorMessages ? `${r.errorMessages} msgs` : 'empty')],
  ['back after', (r) => seconds(r.backMs)],
  ['flowing again', (r) => seconds(r.recoveredMs)],
  ['caught up', (r) => seconds(r.caughtUpMs)],
];

export function failures(r) {
  if (r.skipped) return [];
  const reasons = [];
  if (r.lost) reasons.push(`${r.lost} lost`);
  if (r.duplicated) reasons.push(`${r.duplicated} duplicated`);
  if (r.outOfOrder) reasons.push(`${r.outOfOrder} out of order`);
  if (r.graphMissing) reasons.push(`${r.graphMissing} missing from the graph`);
  if (r.notEnriched) reasons.push(`${r.notEnriched} never enriched`);
  if (r.dashboardProblems.length) reasons.push('dashboards differ from what was sent');
  if (r.errorMessages) reasons.push('messages in _error queues');
  if (r.recoveredMs === null) reasons.push('never flowed again');
  return reasons;
}

export function printTable(rows) {
  const cells = rows.map((r) => (r.skipped ? [r.name, 'skipped: ' + r.skipped] : COLUMNS.map(([, f]) => String(f(r)))));
  const widths = COLUMNS.map(([h], i) => Math.max(h.length, ...cells.filter((c) => c.length > 2).map((c) => c[i].length)));
  const line = (values) => `| ${values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(COLUMNS.map(([h]) => h)));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) console.log(c.length > 2 ? line(c) : `| ${c.join(' | ')} |`);
}
