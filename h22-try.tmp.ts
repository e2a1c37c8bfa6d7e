import { buildProductIndex, extractStoredSkills } from './src/domain/radar/get-skill-index.ts';
import { extractSkills } from './src/domain/radar/extraction/extract-skills.ts';
const index = buildProductIndex();
const lines = process.argv.slice(2);
for (const l of lines) console.log(JSON.stringify(l), '→', extractStoredSkills(index, l).map(s=>`${s.skillId}:${s.confidence.toFixed(2)}`).join(', '), '| low:', extractSkills(index, l, {minConfidence:0.2, implicit:false}).map(s=>`${s.skillId}:${s.confidence.toFixed(2)}`).join(', '));
