// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createYieldToMain } from './yield-to-main';

describe('createYieldToMain', () => {
  it('uses scheduler.yield where the browser has it', async () => {
    let yielded = 0;
    const yieldToMain = createYieldToMain({ scheduler: { yield: async () => void yielded++ } } as unknown as Window);
    await yieldToMain();
    expect(yielded).toBe(1);
  });

  it('otherwise resumes through a message channel, in order', async () => {
    const yieldToMain = createYieldToMain(window as unknown as Window);
    const order: number[] = [];
    await Promise.all([yieldToMain().then(() => order.push(1)), yieldToMain().then(() => order.push(2))]);
    expect(order).toEqual([1, 2]);
  });
});
