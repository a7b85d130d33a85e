import { useLayoutEffect, useRef, useState } from 'react';
import type { DisplayStatus } from '../../../src/protocol/control/index.js';
import type { Locale } from '../../i18n/index.js';
import { ct } from '../messages.js';

/**
 * A display as it really is, live: its own wall page in preview mode (the console's sign-in, not a
 * display's), at the display's resolution, scaled to fit. It shows the same assignment and the same data
 * as the display, follows its switches, and is not counted as a display. One at a time: each is a whole wall page.
 */
export function LivePreview({ display, locale, onClose }: { display: DisplayStatus; locale: Locale; onClose: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.4);
  const width = display.health?.viewport.width || 1920;
  const height = display.health?.viewport.height || 1080;
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setScale(Math.min(1, element.clientWidth / width));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [width]);
  const title = ct(locale, 'room.liveViewOf', { id: display.id });
  return (
    <section className="live-preview" aria-label={title}>
      <header className="live-preview-head">
        <h3>{title}</h3>
        <button type="button" className="button" onClick={onClose}>
          {ct(locale, 'room.closeLiveView')}
        </button>
      </header>
      <div className="live-preview-box" ref={box} style={{ height: height * scale }}>
        <iframe
          title={title}
          src={`/wall?display=${encodeURIComponent(display.id)}&preview=1`}
          style={{ width, height, transform: `scale(${scale})`, transformOrigin: 'top left' }}
          // Same origin: the preview reads the console's sign-in from this tab's session storage.
          sandbox="allow-scripts allow-same-origin"
        />
      </div>
    </section>
  );
}
