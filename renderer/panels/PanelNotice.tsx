import type { Tone } from './panel-props.js';
import { ToneIcon } from './ToneIcon.js';

/** A compact card inside a panel's frame: a panel error, an unknown kind, options that do not parse. */
export function PanelNotice({ tone, heading, message }: { tone: Exclude<Tone, 'neutral'>; heading: string; message: string }) {
  return (
    <div className="panel-notice" data-tone={tone} role="status">
      <p className="panel-notice-heading">
        <ToneIcon tone={tone} />
        {heading}
      </p>
      <p className="panel-notice-message">{message}</p>
    </div>
  );
}
