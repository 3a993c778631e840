import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const GENERATED = /[\\/]src[\\/]gql[\\/]graphql\.ts$/;
const DOCUMENT_MAP = /[\\/]src[\\/]gql[\\/]gql\.ts$/;
const DOCUMENT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/;
const PREFIX = '\0gql-document:';
const SOURCE = /[\\/]src[\\/].*\.tsx?$/;
const GENERATED_DIR = /[\\/]src[\\/]gql[\\/]/;
/** What the code generator's babel optimizer writes for each `graphql()` call. */
const OPTIMIZER_IMPORT = /^import \{ (\w+) \} from "([^"]*\/gql\/graphql)";$/gm;
const ALIAS = /^export const (\w+) = (\w+);$/gm;

/**
 * The code generator writes every document into one module (src/gql/graphql.ts), and a bundler places a module in
 * one chunk: every page's documents would then load with the first page. This plugin serves each generated
 * document as its own small module (graphql.ts re-exports it), so a document ships in the chunk of the code that
 * uses it. The generator has no option for this (its near-operation-file preset would rewrite every import), hence
 * a few lines here; the generated lines are single-line `export const XDocument = {…} as unknown as DocumentNode<…>;`.
 */
export function gqlDocumentModules(): Plugin {
  const documents = new Map<string, string>();
  return {
    name: 'threadline:gql-document-modules',
    apply: 'build',
    load(id) {
      if (id.startsWith(PREFIX)) {
        const name = id.slice(PREFIX.length);
        const literal = documents.get(name);
        if (literal === undefined) throw new Error(`No generated document named ${name}`);
        return { code: `export const ${name} = ${literal};\n`, moduleSideEffects: false };
      }
      // The generator's map of every document, left imported (unused) where the optimizer replaced `graphql()`
      // calls: without side effects, an unused module is left out of the bundle.
      if (DOCUMENT_MAP.test(id)) return { code: readFileSync(id, 'utf8'), moduleSideEffects: false };
      if (!GENERATED.test(id)) return null;
      const lines = readFileSync(id, 'utf8').split('\n');
      const code = lines
        .map((line) => {
          const match = DOCUMENT.exec(line);
          if (!match) return line;
          documents.set(match[1], match[2]);
          return `export { ${match[1]} } from '${PREFIX}${match[1]}';`;
        })
        .join('\n');
      return { code, moduleSideEffects: false };
    },
    // After the optimizer, `export const ThreadPageQuery = graphql(…)` reads `export const ThreadPageQuery =
    // ThreadPageDocument;`: a declaration of the operations module, which would pull every document of that module
    // into whatever chunk holds it. As a re-export of the imported document, each document stays where it is used.
    transform(code, id) {
      if (!SOURCE.test(id) || GENERATED_DIR.test(id)) return null;
      const imported = new Map<string, string>();
      for (const match of code.matchAll(OPTIMIZER_IMPORT)) imported.set(match[1], match[2]);
      if (imported.size === 0) return null;
      let changed = false;
      const rewritten = code.replace(ALIAS, (line, alias: string, documentName: string) => {
        const from = imported.get(documentName);
        if (from === undefined) return line;
        changed = true;
        return `import { ${documentName} as ${alias} } from ${JSON.stringify(from)};\nexport { ${alias} };`;
      });
      return changed ? { code: rewritten, map: null } : null;
    },
    resolveId(source) {
      return source.startsWith(PREFIX) ? source : null;
    },
  };
}
