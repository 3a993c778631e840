#!/usr/bin/env node
// No cycles between server modules (docs/architecture.md, issue 7 item 5): builds the module graph from the
// relative imports in server/src/modules/<m>/** and fails on any cycle, naming a file for each edge. Under 0.1 s.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const modulesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../server/src/modules');
const importPattern = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)|require\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(name)) yield path;
  }
}

const moduleOf = (path) => {
  const rel = relative(modulesDir, path);
  return rel.startsWith('..') ? null : rel.split(sep)[0];
};

const edges = new Map(); // module -> Map(module -> first file that imports it)
for (const file of sourceFiles(modulesDir)) {
  const from = moduleOf(file);
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(importPattern)) {
    const to = moduleOf(resolve(dirname(file), match[1] ?? match[2] ?? match[3]));
    if (!to || to === from) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    if (!edges.get(from).has(to)) edges.get(from).set(to, relative(process.cwd(), file));
  }
}

const cycles = [];
const state = new Map(); // module -> 'visiting' | 'done'
const visit = (module, path) => {
  state.set(module, 'visiting');
  for (const next of edges.get(module)?.keys() ?? []) {
    if (state.get(next) === 'visiting') cycles.push([...path.slice(path.indexOf(next)), next]);
    else if (!state.has(next)) visit(next, [...path, next]);
  }
  state.set(module, 'done');
};
for (const module of [...edges.keys()].sort()) if (!state.has(module)) visit(module, [module]);

if (cycles.length) {
  console.error('Cycles between server modules (docs/architecture.md: modules import each other without cycles):');
  for (const cycle of cycles) {
    console.error(`  ${cycle.join(' -> ')}`);
    for (let i = 0; i < cycle.length - 1; i++) console.error(`    ${cycle[i]} -> ${cycle[i + 1]}: ${edges.get(cycle[i]).get(cycle[i + 1])}`);
  }
  process.exit(1);
}
const graph = [...edges].map(([from, tos]) => `${from} -> ${[...tos.keys()].sort().join(', ')}`).sort();
console.log(`No cycles between server modules (${graph.join('; ')}).`);
