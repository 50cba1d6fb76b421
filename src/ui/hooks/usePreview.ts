import { useEffect, useState } from 'react';
import type { JixiaoDocument } from '../../domain/document.js';
import { errorText } from '../format.js';
import type { Glyphs } from '../look.js';
import type { PreviewLine } from '../preview/render.js';
import { useServices } from '../services.js';

export type PreviewState =
  { status: 'loading' } | { status: 'ready'; lines: PreviewLine[] } | { status: 'failed'; message: string };

/** The document's Markdown rendered for the terminal at this width (marked and its renderer load on first use). */
export function usePreview(document: JixiaoDocument, width: number, glyphs: Glyphs): PreviewState {
  const services = useServices();
  const [state, setState] = useState<PreviewState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const [markdown, { renderPreview }] = await Promise.all([
          services.toMarkdown(document),
          import('../preview/render.js'),
        ]);
        if (live) setState({ status: 'ready', lines: renderPreview(markdown, width, glyphs) });
      } catch (error) {
        if (live) setState({ status: 'failed', message: `预览失败：${errorText(error)}` });
      }
    })();
    return () => {
      live = false;
    };
  }, [services, document, width, glyphs]);
  return state;
}
