import type { Drafter } from './types.js';

export interface ChooseDrafterOptions {
  /** Only the built-in library, never a model. */
  offline?: boolean;
  model?: string;
  provider?: string;
}

/**
 * The drafter for `jixiao draft` and the app. Offline (the built-in library) for now; the LLM drafter
 * plugs in here (configured model unless `offline`, `model`/`provider` overriding the settings).
 */
export async function chooseDrafter(options: ChooseDrafterOptions = {}): Promise<Drafter> {
  const { createOfflineDrafter } = await import('./offline/index.js');
  if (options.offline) return createOfflineDrafter();
  const { modelOrOffline } = await import('./llm/setup.js');
  return modelOrOffline(createOfflineDrafter(), { model: options.model, provider: options.provider });
}
