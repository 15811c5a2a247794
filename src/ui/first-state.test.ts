import { describe, expect, it, vi } from 'vitest';
import { publishFirstState, takeFirstState } from './first-state';
import { tabsDeps, type TabsApi } from './popup-state';

describe('first state', () => {
  it('hands the published state over once, with its value once settled', async () => {
    const holder = {};
    publishFirstState(Promise.resolve({ kind: 'loading' }), holder);
    const first = takeFirstState(holder);
    expect(first?.settled).toBeNull();
    await first?.promise;
    expect(first?.settled).toEqual({ kind: 'loading' });
    expect(takeFirstState(holder)).toBeNull();
  });

  it('ignores anything else left in its place', () => {
    expect(takeFirstState({ __diplomaticLensFirstState: { promise: 'not a promise' } })).toBeNull();
    expect(takeFirstState({})).toBeNull();
  });
});

describe('tabsDeps', () => {
  const tabs = (): TabsApi & { [K in keyof TabsApi]: ReturnType<typeof vi.fn> } => ({
    query: vi.fn(async () => [{ id: 7, url: 'https://www.state.gov/a/' }]),
    get: vi.fn(async (id: number) => ({ id, url: undefined })),
    sendMessage: vi.fn(async () => 'answer'),
  });

  it('finds the active tab, or the tab named, and asks it', async () => {
    const api = tabs();
    const deps = tabsDeps(api);
    expect(await deps.getTab(null)).toEqual({ id: 7, url: 'https://www.state.gov/a/' });
    expect(api.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(await deps.getTab(9)).toEqual({ id: 9, url: null });
    expect(await deps.sendToTab(9, { type: 'x' })).toBe('answer');
    expect(api.sendMessage).toHaveBeenCalledWith(9, { type: 'x' });
  });

  it('gives no tab when the browser reports none', async () => {
    const api = tabs();
    api.query.mockResolvedValue([]);
    expect(await tabsDeps(api).getTab(null)).toBeNull();
  });
});
