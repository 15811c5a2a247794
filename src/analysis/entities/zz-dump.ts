import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { blockText } from '/work/main/src/page/block-text';
import { adapterFor } from '/work/main/src/page/sites';
const m = JSON.parse(readFileSync('/work/main/test/fixtures/sites/manifest.json','utf8'));
const p = m.pages.find((x: any) => x.id === process.argv[2]);
const w = new Window({ url: p.url }); const doc = w.document as any; doc.write(readFileSync('/work/main/test/fixtures/sites/' + p.file, 'utf8'));
const a = adapterFor(new URL(p.url), doc); const root = a.mainContent(doc);
console.log(a.id, root?.tagName, root?.className); console.log(blockText(root)); console.log(JSON.stringify(p.entities));
