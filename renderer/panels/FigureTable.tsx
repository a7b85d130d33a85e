import type { ReactNode } from 'react';
import type { Tone } from './panel-props.js';
import { ToneIcon } from './ToneIcon.js';
import './figure-table.css';

export interface FigureRow {
  key: string;
  label: ReactNode;
  cells: readonly ReactNode[];
  /** A row that needs attention: its sign and word go with the label, its edge takes the tone's colour. */
  tone?: Exclude<Tone, 'neutral'>;
  toneWord?: string;
  /** A sub-row (a breakdown of the row above): indented. */
  sub?: boolean;
}

interface Props {
  /** Column headings after the label column; the label column's own heading (often empty) first. */
  head: readonly ReactNode[];
  rows: readonly FigureRow[];
  className?: string;
  /** Columns whose cells are numbers (right-aligned, tabular). Default: every column after the label. */
  numeric?: readonly boolean[];
}

/**
 * The table most data panels are: a label column, then figures, every text at the minimum height, numbers
 * right-aligned in tabular figures under their heading. Rows may carry a tone (sign, word, edge colour).
 */
export function FigureTable({ head, rows, className, numeric }: Props) {
  const isNumeric = (column: number) => numeric?.[column] ?? true;
  return (
    <table className={className ? `figure-table ${className}` : 'figure-table'}>
      <thead>
        <tr>
          {head.map((heading, column) =>
            column === 0 ? (
              <td key={column}>{heading}</td>
            ) : (
              <th key={column} scope="col" data-numeric={isNumeric(column - 1) ? 'true' : undefined}>
                {heading}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-tone={row.tone} data-sub={row.sub ? 'true' : undefined}>
            <th scope="row">
              {row.tone && (
                <span className="figure-table-tone">
                  <ToneIcon tone={row.tone} />
                  {row.toneWord && <span className="visually-hidden">{row.toneWord}</span>}
                </span>
              )}
              {row.label}
            </th>
            {row.cells.map((cell, column) => (
              <td key={column} data-numeric={isNumeric(column) ? 'true' : undefined}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A change in a table cell: its arrow, sign and figure, coloured good or bad only where it is known which
 * way is worse (`worse`); the arrow always says the direction.
 */
export function ChangeText({ change, text, worse }: { change: number; text: string; worse: 'up' | 'down' | null }) {
  const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'same';
  const judgement = worse === null || direction === 'same' ? 'neutral' : direction === worse ? 'bad' : 'good';
  return (
    <span className="figure-change" data-direction={direction} data-judgement={judgement}>
      {direction === 'up' ? '▲ +' : direction === 'down' ? '▼ ' : '= '}
      {text}
    </span>
  );
}
