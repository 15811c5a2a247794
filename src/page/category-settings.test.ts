import { describe, expect, it } from 'vitest';
import { ALL_ON, enabledCategories, loadSettings, parseSettings, saveSettings, SETTINGS_KEY } from './category-settings';

describe('category settings', () => {
  it('read a stored value, ignoring what is not a boolean of a known category', () => {
    expect(parseSettings({ firm: false, place: true, bogus: false, date: 'no' })).toEqual({ ...ALL_ON, firm: false });
    expect(parseSettings(null)).toEqual(ALL_ON);
    expect(parseSettings(['firm'])).toEqual(ALL_ON);
  });

  it('list the enabled categories in their fixed order', () => {
    expect(enabledCategories({ ...ALL_ON, firm: false, person: false })).toEqual(['intent', 'support', 'country', 'organization', 'place', 'date', 'instrument']);
  });

  it('round-trip through a storage area', async () => {
    const store: Record<string, unknown> = {};
    const area = { get: async (key: string) => ({ [key]: store[key] }), set: async (items: Record<string, unknown>) => void Object.assign(store, items) };
    await saveSettings(area, { ...ALL_ON, date: false });
    expect(store[SETTINGS_KEY]).toMatchObject({ date: false });
    expect(await loadSettings(area)).toEqual({ ...ALL_ON, date: false });
  });
});
