// The web app's own GraphQL documents, as the SPA sends them: read from the code generator's output
// (web/src/gql/graphql.ts, one `export const XDocument = {…} as unknown as DocumentNode<…>;` line per operation, the
// shape web/build/gql-document-modules.ts relies on too), with the `__typename` fields Apollo Client's cache adds to
// every selection, printed by graphql-js. Nothing is copied by hand, so the bench measures what the pages ask.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root } from '../../scripts/ensure-built.mjs';

const webRequire = createRequire(join(root, 'web/package.json'));
const { print } = webRequire('graphql');
const { addTypenameToDocument } = webRequire('@apollo/client/utilities');

const DOCUMENT = /^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode<.*>;$/;

let documents;

/** The printed document of the web app's operation with this name (`ThreadPage`, `ReplyToThread`, ...). */
export function webOperation(name) {
  if (!documents) {
    documents = new Map();
    for (const line of readFileSync(join(root, 'web/src/gql/graphql.ts'), 'utf8').split('\n')) {
      const match = DOCUMENT.exec(line);
      if (match) documents.set(match[1], JSON.parse(match[2]));
    }
  }
  const document = documents.get(name);
  if (!document) throw new Error(`web/src/gql/graphql.ts has no ${name}Document (run npm run codegen?)`);
  return print(addTypenameToDocument(document));
}

/** The JSON body Apollo Client's HttpLink posts for an operation. */
export function operationBody(name, variables) {
  return JSON.stringify({ operationName: name, variables, query: webOperation(name) });
}
