import { useRef } from 'react';
import type { TextOptions } from '../../../src/layout/panel-kinds/text.js';
import { useFitContent } from '../fit-text.js';
import type { PanelProps } from '../panel-props.js';

/**
 * Plain text, as a text node (never HTML), line breaks kept. Starts at the size the option asks for and
 * shrinks step-wise to fit its cell, never below the layout's minimum text height; text that still does
 * not fit is cut at the last whole line with an ellipsis and marked data-overflow="true".
 */
export function TextPanel({ options }: PanelProps<TextOptions>) {
  const box = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLParagraphElement>(null);
  useFitContent(box, content, `${options.size}|${options.align}|${options.text}`, { clampLines: true });
  return (
    <div className="text-panel" ref={box} data-align={options.align}>
      <p className="text-content" ref={content} data-size={options.size}>
        {options.text}
      </p>
    </div>
  );
}
