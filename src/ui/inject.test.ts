import { describe, expect, it, vi } from 'vitest';
import { injectContentScript } from './inject';

describe('injectContentScript', () => {
  it('uses scripting where it exists (Chrome, Manifest V3), styles first', async () => {
    const calls: string[] = [];
    const api = {
      scripting: {
        insertCSS: vi.fn(async () => void calls.push('css')),
        executeScript: vi.fn(async () => void calls.push('js')),
      },
      tabs: {},
    };
    await injectContentScript(api, 4);
    expect(calls).toEqual(['css', 'js']);
    expect(api.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 4 }, files: ['content-scripts/content.js'] });
  });

  it('falls back to tabs (Firefox, Manifest V2)', async () => {
    const api = { tabs: { insertCSS: vi.fn(async () => undefined), executeScript: vi.fn(async () => undefined) } };
    await injectContentScript(api, 9);
    expect(api.tabs.executeScript).toHaveBeenCalledWith(9, { file: '/content-scripts/content.js' });
  });

  it('says so where neither exists', async () => {
    await expect(injectContentScript({ tabs: {} }, 1)).rejects.toThrow(/cannot add the analysis/);
  });
});
