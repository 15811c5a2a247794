import { describe, expect, it } from 'vitest';
import { normalizeSeries, seriesOf } from './series';

describe('seriesOf', () => {
  it('gives rounds of one dialogue one name, whatever the wording around it', () => {
    const name = 'united states mongolia strategic dialogue';
    expect(seriesOf('Joint Statement on the United States-Mongolia Strategic Dialogue')).toBe(name);
    expect(seriesOf('Joint Statement on the Eighth U.S.-Mongolia Strategic Dialogue')).toBe(name);
    expect(seriesOf('Joint Statement of the 9th United States–Mongolia Strategic Dialogue 2027')).toBe(name);
  });

  it('keeps a working group’s subject, and finds the mechanism in the opening when the title has none', () => {
    expect(seriesOf('Joint Statement on the C5+1 Working Group on Energy and Environment')).toBe('c5+1 working group on energy and environment');
    expect(seriesOf('Readout of a Meeting', 'Officials met in Astana for the annual U.S.-Kazakhstan Political Consultations on May 3.')).toBe(
      'united states kazakhstan political consultations',
    );
  });

  it('is null for a statement of no recurring mechanism', () => {
    expect(seriesOf('Secretary Rubio’s Call with Mongolian Foreign Minister')).toBeNull();
    expect(seriesOf('Press Statement', 'The United States condemns the attack.')).toBeNull();
  });

  it('normalizes names', () => {
    expect(normalizeSeries('The U.S.-Japan “2+2” Ministerial')).toBe('united states japan 2+2 ministerial');
  });
});
