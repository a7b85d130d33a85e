import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { SessionView } from '../../src/protocol/wall/session.js';
import type { AnnotationTimes } from './annotation-painter.js';
import { attachPainter } from './attach-painter.js';
import { useSessionLink } from './session-link.js';
import './annotation.css';

declare global {
  interface Window {
    /** The display's last annotation latencies (for the benchmark and diagnostics). */
    opswallAnnotationTimes?: () => AnnotationTimes;
  }
}

/**
 * The presenter's layer over a display: pointer and drawings of the session or briefing, scaled to this
 * display's part of the wall, and a notice while the link to the other room is down. Transparent to input.
 */
export function AnnotationLayer({ minTextHeightVh }: { minTextHeightVh: number }) {
  const link = useSessionLink();
  const canvas = useRef<HTMLCanvasElement>(null);
  const textVh = useRef(minTextHeightVh);
  useLayoutEffect(() => {
    textVh.current = minTextHeightVh;
  }, [minTextHeightVh]);
  const [session, setSession] = useState<Pick<SessionView, 'active' | 'linkDown' | 'rooms'> | null>(() => link?.current() ?? null);

  useEffect(() => {
    const element = canvas.current;
    if (!link || !element) return;
    const initial = link.current();
    const { painter, stop } = attachPainter(element, () => (element.clientHeight * textVh.current) / 100, (listener) => {
      if (initial) listener({ kind: 'view', view: initial });
      return link.subscribe((change) => {
        listener(change);
        if (change.kind === 'view') setSession({ active: change.view.active, linkDown: change.view.linkDown, rooms: change.view.rooms });
      });
    });
    window.opswallAnnotationTimes = () => painter.times();
    return stop;
  }, [link]);

  const remote = session?.rooms[1]?.name;
  return (
    <div className="annotation-layer" data-active={session?.active ? 'true' : 'false'} aria-hidden={session?.linkDown ? undefined : true}>
      <canvas ref={canvas} className="annotation-canvas" />
      {session?.active && session.linkDown && (
        <div className="annotation-link-down" role="status">
          <span lang="vi">Mất kết nối với {remote ?? 'phòng họp kia'} — phiên họp được giữ, đang kết nối lại</span>
        </div>
      )}
    </div>
  );
}
