import type { Tone } from './panel-props.js';

/** A shape per tone, so tone never rests on colour alone: ⓘ circle, ⚠ triangle, ⛔ octagon. */
export function ToneIcon({ tone }: { tone: Exclude<Tone, 'neutral'> }) {
  return (
    <svg className="tone-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {tone === 'info' && (
        <>
          <circle cx="12" cy="12" r="10" fill="currentColor" />
          <rect x="10.6" y="10" width="2.8" height="8" rx="1" fill="var(--surface)" />
          <circle cx="12" cy="6.8" r="1.7" fill="var(--surface)" />
        </>
      )}
      {tone === 'warning' && (
        <>
          <path d="M12 2 L23 21.5 H1 Z" fill="currentColor" strokeLinejoin="round" />
          <rect x="10.6" y="8.5" width="2.8" height="7" rx="1" fill="var(--surface)" />
          <circle cx="12" cy="18.2" r="1.6" fill="var(--surface)" />
        </>
      )}
      {tone === 'critical' && (
        <>
          <path d="M7.8 1.5 H16.2 L22.5 7.8 V16.2 L16.2 22.5 H7.8 L1.5 16.2 V7.8 Z" fill="currentColor" />
          <rect x="10.6" y="5.5" width="2.8" height="8.5" rx="1" fill="var(--surface)" />
          <circle cx="12" cy="17.6" r="1.7" fill="var(--surface)" />
        </>
      )}
    </svg>
  );
}
