// A throw-away TLS certificate for serving fixture pages as the official
// hosts. Made fresh at every run and never written to the repository: the
// browsers are told to accept it (Chromium's --ignore-certificate-errors,
// Firefox's acceptInsecureCerts), which also gets past state.gov's HSTS.

import { generate } from 'selfsigned';

/** Hosts named in the certificate; browsers that check names find them. */
const NAMES = ['state.gov', '*.state.gov', '*.usembassy.gov', '*.usmission.gov', 'localhost'];

export interface Certificate {
  key: string;
  cert: string;
}

export async function makeCertificate(): Promise<Certificate> {
  const notBeforeDate = new Date(Date.now() - 60_000);
  const notAfterDate = new Date(Date.now() + 7 * 24 * 3600_000);
  const pems = await generate([{ name: 'commonName', value: 'Diplomatic Lens test server' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'subjectAltName', altNames: NAMES.map((value) => ({ type: 2, value })) },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
