// The legend of the page's highlights, whose entries are also the switches
// that show or hide each category (kept in extension storage, so every open
// tab follows at once). Colours match assets/highlights.css.

import { CATEGORIES, type Category } from '../page/highlights';
import type { CategorySettings } from '../page/category-settings';
import { ENTITY_LABELS } from './export-text';

const LABELS: Record<Category, string> = { ...ENTITY_LABELS, firm: 'Firm commitments', intent: 'Intent', support: 'Support' };

interface Props {
  settings: CategorySettings;
  onChange(settings: CategorySettings): void;
}

export function Legend({ settings, onChange }: Props) {
  return (
    <fieldset class="legend">
      <legend>Highlights</legend>
      {CATEGORIES.map((category) => (
        <label key={category} class="legend__item">
          <input
            type="checkbox"
            checked={settings[category]}
            onChange={(event) => onChange({ ...settings, [category]: (event.currentTarget as HTMLInputElement).checked })}
          />
          <span class={`legend__swatch legend__swatch--${category}`} aria-hidden="true" />
          {LABELS[category]}
        </label>
      ))}
    </fieldset>
  );
}
