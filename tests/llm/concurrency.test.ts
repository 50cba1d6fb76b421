import { describe, expect, it } from 'vitest';
import { timeLlmDraft } from './timing.js';

describe('concurrent drafting', () => {
  it('5 projects (+ the unit table) at 1 s per call, 3 at a time: about 2 s, not 6 s', async () => {
    const figures = await timeLlmDraft({ projects: 5, latencyMs: 1000, concurrency: 3 });
    process.stdout.write(
      `llm-draft 5 projects, 1 s latency, concurrency 3: ${figures.ms} ms, ${figures.calls} calls, max ${figures.maxInFlight} at once\n`,
    );
    expect(figures.calls).toBe(6);
    expect(figures.byModel).toBe(6);
    expect(figures.maxInFlight).toBe(3);
    expect(figures.ms).toBeGreaterThanOrEqual(1950);
    expect(figures.ms).toBeLessThan(4500);
  });
});
