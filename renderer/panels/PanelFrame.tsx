import type { CSSProperties, ReactNode } from 'react';
import type { Cell } from '../../src/layout/schema.js';
import { t, type Locale } from '../i18n/index.js';
import type { Tone } from './panel-props.js';
import { ToneIcon } from './ToneIcon.js';

interface Props {
  panelId: string;
  kind: string;
  cell: Cell;
  title: string;
  locale: Locale;
  tone?: Tone;
  children: ReactNode;
}

/** A panel's box on the grid: placed by its cell, a title bar, and a body that is a size container. */
export function PanelFrame({ panelId, kind, cell, title, locale, tone = 'neutral', children }: Props) {
  const placement: CSSProperties = {
    gridColumn: `${cell.column} / span ${cell.columnSpan}`,
    gridRow: `${cell.row} / span ${cell.rowSpan}`,
  };
  return (
    <section className="panel" data-panel-id={panelId} data-panel-kind={kind} data-tone={tone} style={placement} aria-label={title}>
      <header className="panel-title">
        {tone !== 'neutral' && (
          <span className="panel-tone" data-tone={tone} title={t(locale, `tone.${tone}`)} aria-label={t(locale, `tone.${tone}`)}>
            <ToneIcon tone={tone} />
            <span className="panel-tone-word">{t(locale, `tone.${tone}`)}</span>
          </span>
        )}
        <h2 className="panel-title-text">{title}</h2>
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}
