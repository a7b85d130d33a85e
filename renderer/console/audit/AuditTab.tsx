import { useCallback, useEffect, useState } from 'react';
import { z } from 'zod';
import { auditRecordSchema, type CommandPayload } from '../../../src/protocol/control/index.js';
import type { Locale } from '../../i18n/index.js';
import type { SendCommand } from '../../state/console/commands-slice.js';
import { useConsole } from '../../state/console/console-store.js';
import { ct } from '../messages.js';

type AuditRow = z.infer<typeof auditRecordSchema>;
const answerSchema = z.object({ records: z.array(auditRecordSchema), head: z.object({ id: z.number(), hash: z.string() }) });

/** The audit log, newest first, searchable by words and result, paged back in time. */
export function AuditTab({ locale, timeZone }: { locale: Locale; timeZone: string }) {
  const send = useConsole((state) => state.send);
  const [text, setText] = useState('');
  const [result, setResult] = useState<'' | 'done' | 'refused' | 'failed'>('');
  const [rows, setRows] = useState<AuditRow[]>([]);
  const [head, setHead] = useState<{ id: number; hash: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const show = useCallback(
    (outcome: SearchOutcome, before?: number) => {
      if (!outcome.ok) return setProblem(ct(locale, 'command.refused', { code: outcome.code, reason: outcome.reason }));
      setProblem(null);
      setHead(outcome.head);
      setRows((previous) => (before ? [...previous, ...outcome.records] : outcome.records));
    },
    [locale],
  );
  const search = (before?: number) => void searchAudit(send, { ...(text ? { text } : {}), ...(result ? { result } : {}), ...(before ? { before } : {}), limit: 100 }).then((outcome) => show(outcome, before));
  useEffect(() => {
    let alive = true;
    void searchAudit(send, { limit: 100 }).then((outcome) => alive && show(outcome));
    return () => {
      alive = false;
    };
  }, [send, show]);

  const time = (iso: string) => new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'short', timeStyle: 'medium' }).format(new Date(iso));
  return (
    <div className="audit">
      <form
        className="audit-search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          search();
        }}
      >
        <label className="field">
          <span className="field-label">{ct(locale, 'audit.search')}</span>
          <input type="search" value={text} onChange={(event) => setText(event.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">{ct(locale, 'audit.result')}</span>
          <select value={result} onChange={(event) => setResult(event.target.value as typeof result)}>
            <option value="">{ct(locale, 'audit.result.any')}</option>
            <option value="done">{ct(locale, 'audit.result.done')}</option>
            <option value="refused">{ct(locale, 'audit.result.refused')}</option>
            <option value="failed">{ct(locale, 'audit.result.failed')}</option>
          </select>
        </label>
        <button type="submit" className="button button-primary">
          {ct(locale, 'audit.searchButton')}
        </button>
      </form>
      {problem && (
        <p className="banner" data-tone="critical" role="alert">
          {problem}
        </p>
      )}
      {head && <p className="muted audit-head">{ct(locale, 'audit.head', { id: head.id, hash: head.hash })}</p>}
      {rows.length === 0 ? (
        <p className="muted">{ct(locale, 'audit.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="audit-table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{ct(locale, 'audit.when')}</th>
                <th scope="col">{ct(locale, 'audit.who')}</th>
                <th scope="col">{ct(locale, 'audit.what')}</th>
                <th scope="col">{ct(locale, 'audit.result')}</th>
                <th scope="col">{ct(locale, 'audit.from')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-result={row.result}>
                  <td className="numeric">{row.id}</td>
                  <td className="numeric">{time(row.at)}</td>
                  <td>
                    {row.actorId ?? row.actorKind}
                    {row.roles.length > 0 && <span className="muted"> ({row.roles.join(', ')})</span>}
                    {row.originRoom && <span className="muted"> · {row.originRoom}</span>}
                  </td>
                  <td>
                    <code>{row.action}</code> <span className="audit-summary">{row.summary}</span>
                  </td>
                  <td data-tone={row.result === 'done' ? undefined : 'warning'}>
                    {ct(locale, `audit.result.${row.result}`)}
                    {row.reason && <span className="audit-reason"> — {row.reason}</span>}
                  </td>
                  <td className="muted">{row.address ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > 0 && rows.at(-1)!.id > 1 && (
        <button type="button" className="button" onClick={() => search(rows.at(-1)!.id)}>
          {ct(locale, 'audit.older')}
        </button>
      )}
    </div>
  );
}

type SearchOutcome = { ok: true; records: AuditRow[]; head: { id: number; hash: string } } | { ok: false; code: string; reason: string };

async function searchAudit(send: SendCommand | null, query: CommandPayload<'audit.search'>): Promise<SearchOutcome> {
  if (!send) return { ok: false, code: 'failed', reason: 'not connected to the hub' };
  const answer = await send('audit.search', query);
  if (!answer.ok) return answer;
  const parsed = answerSchema.safeParse(answer.result);
  return parsed.success ? { ok: true, ...parsed.data } : { ok: false, code: 'failed', reason: 'the hub answered something the console does not understand' };
}
