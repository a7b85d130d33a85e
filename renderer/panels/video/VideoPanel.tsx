import { useEffect, useRef, useState } from 'react';
import type { VideoOptions } from '../../../src/layout/panel-kinds/video.js';
import { RelayReceiver, type ReceiverState } from '../../presenter/relay-receiver.js';
import { useSessionLink } from '../../presenter/session-link.js';
import type { PanelProps } from '../panel-props.js';

const WORDS = {
  'vi-VN': { none: 'Không có phiên làm việc trực tuyến', waiting: 'Đang chờ hình ảnh từ', failed: 'Không nhận được hình ảnh từ', other: 'phòng họp kia' },
  'en-GB': { none: 'No online session', waiting: 'Waiting for the picture from', failed: 'No picture from', other: 'the other room' },
} as const;

/**
 * The other room's live picture and sound during a presenter session, relayed by this room's presenter
 * page. Outside a session, or until the picture comes, it says so in words (never a black box).
 */
export function VideoPanel({ options, context }: PanelProps<VideoOptions>) {
  const link = useSessionLink();
  const video = useRef<HTMLVideoElement>(null);
  const [session, setSession] = useState(() => link?.current() ?? null);
  const [state, setState] = useState<{ state: ReceiverState; detail?: string | undefined }>({ state: 'waiting' });
  const words = WORDS[context.locale];

  useEffect(() => link?.subscribe((change) => change.kind === 'view' && setSession(change.view)), [link]);
  const active = Boolean(session?.active && session.rooms.length > 1);

  useEffect(() => {
    const element = video.current;
    if (!link || !element || !active) return;
    const receiver = new RelayReceiver(link, element, (next, detail) => setState({ state: next, detail }));
    return () => receiver.close();
  }, [link, active]);

  const remote = session?.rooms[1]?.name ?? words.other;
  const shown = active ? state.state : 'none';
  return (
    <div className="video-panel" data-video-state={shown}>
      <video ref={video} className="video-picture" autoPlay playsInline muted={options.muted} hidden={shown !== 'playing'} />
      {shown !== 'playing' && (
        <p className="video-notice" role="status">
          {shown === 'none' ? words.none : `${shown === 'failed' ? words.failed : words.waiting} ${remote}`}
          {shown === 'failed' && state.detail && <span className="small-print video-detail">{state.detail}</span>}
        </p>
      )}
      {shown === 'playing' && options.caption && <p className="video-caption">{remote}</p>}
    </div>
  );
}
