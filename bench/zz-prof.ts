import { buildSkillIndex } from '/work/main/src/domain/radar/extraction/build-skill-index.ts';
import { extractSkills } from '/work/main/src/domain/radar/extraction/extract-skills.ts';
import { parseEscoSkills } from '/work/main/src/domain/radar/importers/parse-esco.ts';
import { readDataFile } from '/work/main/src/domain/radar/importers/read-data-file.ts';
import { parseCsvRecords } from '/work/main/src/domain/radar/importers/parse-csv.ts';
const DATA='/work/shared/data';
const entries = parseEscoSkills(readDataFile(`${DATA}/esco-v1.1.1/skills_en.csv.gz`)).map(e=>({...e,name:e.name.toLowerCase(),aliases:e.aliases.map(a=>a.toLowerCase())}));
const texts: string[] = [];
for (const r of parseCsvRecords(readDataFile(`${DATA}/tabiya-hahu-jobs/hahu_dev.csv`))) if (r.description) texts.push(r.description);
let corpus = texts.join('\n'); while (corpus.length < 4e6) corpus += '\n' + corpus; corpus = corpus.toLowerCase();
for (let i=0;i<2;i++){
const t0=performance.now(); const idx = buildSkillIndex(entries); const t1=performance.now();
extractSkills(idx, corpus, { implicit:false, minConfidence:0 }); const t2=performance.now();
console.log('build', (t1-t0).toFixed(0), 'match', (t2-t1).toFixed(0), 'MB', (corpus.length/1048576).toFixed(1));
}
