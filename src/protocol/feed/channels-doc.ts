import { CHANNELS } from './channels.js';

/** docs/protocol-channels.md, generated from the channel catalogue so it cannot drift. */
export function channelsMarkdown(): string {
  const lines = [
    '# Feed channels',
    '',
    'Generated from `src/protocol/feed/channels.ts` by `npm run schemas`; do not edit by hand.',
    'A metric ending in `.*` is a family (e.g. `kt-xh.gdp-growth`); its unit comes with each figure.',
    '',
  ];
  for (const spec of CHANNELS.values()) {
    lines.push(`## \`${spec.channel}\` — ${spec.title.vi} (${spec.title.en})`, '');
    lines.push(`Source (default): ${spec.source}. Rhythm: ${spec.cadence}. Late after ${spec.expectedIntervalS} s without a batch or heartbeat. Areas: ${spec.areas.join(', ')}.`, '');
    lines.push('| metric | unit | vi | en |', '|---|---|---|---|');
    for (const [metric, m] of Object.entries(spec.metrics)) lines.push(`| \`${metric}\` | ${m.unit || '(per figure)'} | ${m.vi} | ${m.en} |`);
    if (spec.reportKinds.length > 0) lines.push('', `Report kinds: ${spec.reportKinds.map((kind) => `\`${kind}\``).join(', ')}.`);
    lines.push('');
  }
  return lines.join('\n');
}
