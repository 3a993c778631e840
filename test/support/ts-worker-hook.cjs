// Worker threads under jest load TypeScript sources directly (jest's own transform does not reach them):
// this hook transpiles .ts on require with the same @swc/core that jest uses. Production runs the compiled .js.
const { readFileSync } = require('node:fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = function compileTs(module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
