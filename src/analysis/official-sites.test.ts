import { describe, expect, it } from 'vitest';
import { isOfficialHost, isOfficialUrl } from './official-sites';

describe('isOfficialHost', () => {
  it.each(['state.gov', 'www.state.gov', '2021-2025.state.gov', 'mn.usembassy.gov', 'geneva.usmission.gov', 'hk.usconsulate.gov', 'china.usembassy-china.org.cn', 'WWW.STATE.GOV.'])(
    'accepts %s',
    (host) => expect(isOfficialHost(host)).toBe(true),
  );
  it.each(['evilstate.gov', 'state.gov.example.com', 'news.example.org', 'usembassy.gov.evil.net', 'usembassy-china.org.cn.evil.net', 'china-usembassy-china.org.cn', ''])('rejects %s', (host) =>
    expect(isOfficialHost(host)).toBe(false),
  );
});

describe('isOfficialUrl', () => {
  it('reads the host of a URL and refuses what does not parse', () => {
    expect(isOfficialUrl('https://2017-2021.state.gov/some-release/index.html')).toBe(true);
    expect(isOfficialUrl('https://news.example.org/state.gov/')).toBe(false);
    expect(isOfficialUrl('not a url')).toBe(false);
  });
});
