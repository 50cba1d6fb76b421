import { createContext, useContext } from 'react';
import { UNICODE_GLYPHS, type Glyphs } from '../look.js';

/** The glyph set in use (box characters or plain ASCII), chosen in App.tsx from settings.display. */
export const LookContext = createContext<Glyphs>(UNICODE_GLYPHS);

export function useGlyphs(): Glyphs {
  return useContext(LookContext);
}
