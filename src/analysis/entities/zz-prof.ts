import { pressReleases } from '/work/main/bench/corpus';
import { findEntities } from '/work/main/src/analysis/entities/index';
const docs = pressReleases();
for (let r = 0; r < 3; r++) for (const d of docs) findEntities(d.text, { title: d.title });
