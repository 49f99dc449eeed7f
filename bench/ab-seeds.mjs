/**
 * Child process of bench/ab.mjs: `node bench/ab-seeds.mjs <core module>` prints, as JSON, the median check time of
 * each seed (µs) for the checker in that module, measured in rounds interleaved with a floor pass, as figure 1 is.
 * One process per measurement, so the two checkers never share a JIT, a heap or a warm cache.
 */
import { median } from './stats.mjs';
import { readSeeds } from './corpus.mjs';

const { checkReport, decode } = await import(process.argv[2]);
const seeds = readSeeds();
for (let warmup = 0; warmup < 300; warmup++) for (const seed of seeds) checkReport(seed.text);

const medians = {};
for (const seed of seeds) {
  const bytes = Buffer.from(seed.text, 'utf8');
  const times = [];
  for (let round = 0; round < 10; round++) {
    for (let run = 0; run < 100; run++) {
      const start = performance.now();
      checkReport(seed.text);
      times.push(performance.now() - start);
    }
    for (let run = 0; run < 100; run++) decode(bytes);
  }
  medians[seed.name] = median(times) * 1000;
}
console.log(JSON.stringify(medians));
