import { useEffect, useRef } from 'react';
import type { MediaQuality } from '../../../src/protocol/presenter/rtc.js';
import { qualityText } from '../quality-text.js';
import type { Words } from './words.js';

/** This room's camera and the other room's picture (muted here: the room's sound is on the wall), with their quality. */
export function MediaView({ words, local, remote, quality }: { words: Words; local: MediaStream | null; remote: MediaStream | null; quality: { local: MediaQuality | null; remote: MediaQuality | null } | null }) {
  return (
    <section className="media-view" aria-labelledby="media-title">
      <h2 id="media-title">{words.media}</h2>
      <div className="media-pictures">
        <Picture label={words.here} stream={local} empty={words.noMedia} kind="local" />
        <Picture label={words.there} stream={remote} empty={words.noMedia} kind="remote" />
      </div>
      <QualityLine label={words.here} quality={quality?.local ?? null} words={words} />
      <QualityLine label={words.there} quality={quality?.remote ?? null} words={words} />
    </section>
  );
}

function Picture({ label, stream, empty, kind }: { label: string; stream: MediaStream | null; empty: string; kind: string }) {
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (video.current && video.current.srcObject !== stream) video.current.srcObject = stream;
  }, [stream]);
  return (
    <figure className="media-picture" data-picture={kind}>
      <video ref={video} autoPlay playsInline muted hidden={!stream} />
      {!stream && <p>{empty}</p>}
      <figcaption>{label}</figcaption>
    </figure>
  );
}

function QualityLine({ label, quality, words }: { label: string; quality: MediaQuality | null; words: Words }) {
  if (!quality) return null;
  return (
    <p className="media-quality" data-media-state={quality.state}>
      {label}: {qualityText(quality, { state: quality.state === 'failed' ? words.mediaFailed : words[`media.${quality.state}`], video: words['media.video'], audio: words['media.audio'], loss: words['media.loss'], freezes: words['media.freezes'] })}
    </p>
  );
}
