import { useMemo } from 'react';
import { migratePanelOptions } from '../../src/layout/migrate.js';
import type { PanelPlacement } from '../../src/layout/schema.js';
import { languageOf, t } from '../i18n/index.js';
import { ErrorBoundary } from './ErrorBoundary.js';
import { PanelFrame } from './PanelFrame.js';
import { PanelNotice } from './PanelNotice.js';
import type { PanelContext, PanelKindView } from './panel-props.js';
import { panelRegistry } from './registry.js';

interface Props {
  panel: PanelPlacement;
  context: PanelContext;
  onError: (panel: PanelPlacement, error: Error) => void;
  registry?: ReadonlyMap<string, PanelKindView>;
}

type Resolved = { ok: true; view: PanelKindView; options: Record<string, unknown> } | { ok: false; problem: 'unknown-kind' | 'bad-options'; reason: string };

/**
 * One panel on the grid: finds its kind, checks its options with the kind's own schema, and renders it in
 * its frame behind its own error boundary. Whatever goes wrong inside (a throwing component, a throwing
 * options migration) stays inside: the frame shows an error card and the neighbours carry on. An unknown
 * kind (a newer hub) or options that do not parse get a clear card of their own.
 */
export function PanelHost({ panel, context, onError, registry = panelRegistry }: Props) {
  const frame = { panelId: panel.id, kind: panel.kind, cell: panel.cell, locale: context.locale };
  return (
    <ErrorBoundary
      onError={(error) => onError(panel, error)}
      fallback={(error) => (
        <PanelFrame {...frame} title={panel.title ?? registry.get(panel.kind)?.definition.title[languageOf(context.locale)] ?? panel.kind}>
          <PanelNotice tone="critical" heading={`${t(context.locale, 'panel.error')} · ${panel.kind}`} message={error.message} />
        </PanelFrame>
      )}
    >
      <ResolvedPanel panel={panel} context={context} registry={registry} />
    </ErrorBoundary>
  );
}

function ResolvedPanel({ panel, context, registry }: { panel: PanelPlacement; context: PanelContext; registry: ReadonlyMap<string, PanelKindView> }) {
  const resolved = useMemo(() => resolvePanel(panel, registry), [panel, registry]);
  const frame = { panelId: panel.id, kind: panel.kind, cell: panel.cell, locale: context.locale };
  if (!resolved.ok) {
    return (
      <PanelFrame {...frame} title={panel.title ?? panel.kind}>
        {resolved.problem === 'unknown-kind' ? (
          <PanelNotice tone="warning" heading={`${t(context.locale, 'panel.unknownKind')}: “${panel.kind}”`} message={t(context.locale, 'panel.unknownKindHint')} />
        ) : (
          <PanelNotice tone="warning" heading={t(context.locale, 'panel.badOptions')} message={resolved.reason} />
        )}
      </PanelFrame>
    );
  }
  const { view, options } = resolved;
  const Component = view.Component;
  return (
    <PanelFrame {...frame} title={panel.title ?? view.title?.(options, context.locale) ?? view.definition.title[languageOf(context.locale)]} tone={view.tone?.(options) ?? 'neutral'}>
      <Component options={options} context={context} />
    </PanelFrame>
  );
}

export function resolvePanel(panel: PanelPlacement, registry: ReadonlyMap<string, PanelKindView>): Resolved {
  const view = registry.get(panel.kind);
  if (!view) return { ok: false, problem: 'unknown-kind', reason: `unknown panel kind "${panel.kind}"` };
  const { definition } = view;
  const migrated = migratePanelOptions(panel.options, panel.optionsVersion ?? definition.optionsVersion, definition.optionsVersion, definition.migrations);
  if (!migrated.ok) return { ok: false, problem: 'bad-options', reason: migrated.reason };
  const parsed = definition.options.safeParse(migrated.options);
  if (!parsed.success) {
    const reason = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`).join('; ');
    return { ok: false, problem: 'bad-options', reason };
  }
  return { ok: true, view, options: parsed.data };
}
