import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { loadRoomConfigFile } from '../../config/load.js';
import { ROOM_FILE } from '../../hub/db.js';
import { AUDIT_COLUMNS, recordOf } from '../../hub/audit/record.js';
import { verifyAuditChain } from '../../hub/audit/verify.js';
import { help, reportConfigProblems, usageError } from '../output.js';

/** `opswall audit verify|export`: reads the room's audit log (read-only), never the hub's memory. */
export async function auditCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { config: { type: 'string' }, file: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return help('audit');
  const [action] = positionals;
  if (action !== 'verify' && action !== 'export') return usageError('audit', 'use "opswall audit verify" or "opswall audit export"');
  let file = values.file;
  if (!file) {
    if (!values.config) return usageError('audit', 'give --config ROOM.json (or --file room.sqlite)');
    const loaded = loadRoomConfigFile(values.config);
    if (!loaded.ok) return reportConfigProblems(loaded);
    file = join(loaded.config.dataDir, ROOM_FILE);
  }
  if (!existsSync(file)) {
    console.error(`opswall audit: no audit log at ${file}`);
    return 1;
  }
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    if (action === 'verify') {
      const check = verifyAuditChain(db);
      if (check.ok) {
        console.log(`✓ ${file}: the audit log's ${check.rows} rows chain unbroken; head: row ${check.head.id}, ${check.head.hash}`);
        return 0;
      }
      console.error(`✗ ${file}: the chain breaks at row ${check.brokenAt}: ${check.reason} (${check.rows} rows read)`);
      return 1;
    }
    const where: string[] = [];
    if (values.from) where.push('at >= @from');
    if (values.to) where.push('at <= @to');
    const rows = db.prepare(`SELECT ${AUDIT_COLUMNS} FROM audit ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id`).iterate({ from: values.from, to: values.to }) as Iterable<Parameters<typeof recordOf>[0]>;
    for (const row of rows) process.stdout.write(`${JSON.stringify(recordOf(row))}\n`);
    return 0;
  } finally {
    db.close();
  }
}
