import { describe, expect, it } from 'vitest';
import { documentKey } from './document-key';

describe('documentKey', () => {
  it('gives one key to one release wherever it is read', () => {
    const key = documentKey('https://www.state.gov/releases/office-of-the-spokesperson/2025/07/joint-statement-on-x/');
    expect(key).toBe('state.gov/joint-statement-on-x');
    for (const url of [
      'http://state.gov/releases/office-of-the-spokesperson/2025/07/joint-statement-on-x',
      'https://www.state.gov/releases/bureau-of-east-asian-and-pacific-affairs/2025/07/joint-statement-on-x/?utm_source=x#top',
      'https://2021-2025.state.gov/joint-statement-on-x/',
      'https://WWW.STATE.GOV/joint-statement-on-x/index.html',
      'https://2017-2021.state.gov/Joint-Statement-On-X',
    ]) {
      expect(documentKey(url), url).toBe(key);
    }
  });

  it('keeps other paths whole, and the 2009-2017 archive apart', () => {
    expect(documentKey('https://www.state.gov/briefings/department-press-briefing-may-1-2025/')).toBe('state.gov/briefings/department-press-briefing-may-1-2025');
    expect(documentKey('https://2009-2017.state.gov/r/pa/prs/ps/2016/01/251234.htm')).toBe('2009-2017.state.gov/r/pa/prs/ps/2016/01/251234.htm');
  });

  it('keys embassy pages by host and path, and keeps what is not a URL as it is', () => {
    expect(documentKey('https://mn.usembassy.gov/joint-statement/?lang=en')).toBe('mn.usembassy.gov/joint-statement');
    expect(documentKey('https://www.mn.usembassy.gov/joint-statement/')).toBe('mn.usembassy.gov/joint-statement');
    expect(documentKey('https://example.org/')).toBe('example.org');
    expect(documentKey(' not a url ')).toBe('not a url');
  });
});
