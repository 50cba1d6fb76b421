import type { Dispatch } from 'react';
import type { Action, AppState, Screen, ScreenKind } from '../state/types.js';

/** What every screen gets from App.tsx: the state (with its own screen narrowed), dispatch, and whether it has the keyboard. */
export interface ScreenProps<K extends ScreenKind> {
  state: AppState & { screen: Extract<Screen, { kind: K }> };
  dispatch: Dispatch<Action>;
  /** False while another screen (the leave dialog) has the keyboard. */
  isActive: boolean;
}
