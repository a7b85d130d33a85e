// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { textOptions } from '../../../src/layout/panel-kinds/text.js';
import { TextPanel } from './TextPanel.js';

const context = { locale: 'vi-VN' as const, timeZone: 'Asia/Ho_Chi_Minh', minTextHeightVh: 2, layoutVersion: 'v1' };
afterEach(cleanup);

describe('text panel', () => {
  it('shows markup as the literal characters, never as HTML', () => {
    const text = '<b>x</b> <img src=x onerror="alert(1)"> &amp;';
    const { container } = render(<TextPanel options={textOptions.parse({ text })} context={context} />);
    const content = container.querySelector('.text-content')!;
    expect(content.textContent).toBe(text);
    expect(content.querySelector('b, img')).toBeNull();
    expect(content.childNodes).toHaveLength(1);
    expect(content.firstChild?.nodeType).toBe(Node.TEXT_NODE);
  });

  it('keeps the line breaks and carries the size and alignment for the stylesheet', () => {
    const { container } = render(<TextPanel options={textOptions.parse({ text: 'Dòng một\nDòng hai', size: 'huge', align: 'center' })} context={context} />);
    const content = container.querySelector('.text-content')!;
    expect(content.textContent).toBe('Dòng một\nDòng hai');
    expect(content.getAttribute('data-size')).toBe('huge');
    expect(container.querySelector('.text-panel')?.getAttribute('data-align')).toBe('center');
  });

  it('is not marked as overflowing when it fits', () => {
    const { container } = render(<TextPanel options={textOptions.parse({ text: 'Ngắn' })} context={context} />);
    expect(container.querySelector('[data-overflow]')).toBeNull();
  });
});
