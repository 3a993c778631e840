import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Repositories own the SQL (issue 7): `.query(`, `createQueryBuilder` and `getRepository(` appear only in
 * `*.repository.ts` files of server/src, so a reader finds every statement of a module in one hop and the TypeORM
 * result quirks (`[rows, count]` from UPDATE) stay inside them.
 */
const ROOT = join(__dirname, '..', '..', 'server', 'src');
const SQL = /\.query\(|createQueryBuilder|getRepository\(/;

/** Exceptions that stay, and why. */
// None today: even the embedded PostgreSQL bootstrap, which runs before the app's DataSource exists, keeps its
// statements in platform/embedded/cluster-bootstrap.repository.ts. A new exception needs its reason here.
const EXCEPTIONS: Record<string, string> = {};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('architecture: repositories own the SQL', () => {
  const withSql = sourceFiles(ROOT)
    .filter((path) => SQL.test(readFileSync(path, 'utf8')))
    .map((path) => relative(ROOT, path).split('\\').join('/'));

  // Every file once listed as still to move has moved (the last, the Stack Exchange importer, in issue 7): a file
  // holding SQL outside a repository now needs a reason in EXCEPTIONS.
  it('finds SQL only in repository files and the listed exceptions', () => {
    const outside = withSql.filter((file) => !file.endsWith('.repository.ts') && !(file in EXCEPTIONS));
    expect(outside).toEqual([]);
  });

  it('has repositories in the modules that were moved', () => {
    for (const file of [
      'modules/accounts/users.repository.ts',
      'modules/accounts/sessions.repository.ts',
      'modules/forums/forums.repository.ts',
      'modules/threads/threads.repository.ts',
      'modules/threads/post-versions.repository.ts',
      'modules/threads/counters.repository.ts',
      'modules/threads/posting-allowances.repository.ts',
      'modules/posts/posts.repository.ts',
      'modules/answers/answers.repository.ts',
      'modules/moderation/moderation.repository.ts',
      'modules/moderation/moderation-log.repository.ts',
      'modules/threads/threads-bulk.repository.ts',
      'modules/imports/stackexchange/se-import.repository.ts',
    ]) {
      expect(withSql).toContain(file);
    }
    for (const file of [
      'modules/accounts/accounts.service.ts',
      'modules/accounts/users.resolver.ts',
      'modules/forums/forums.service.ts',
      'modules/forums/forums.resolver.ts',
      'modules/threads/threads.service.ts',
      'modules/threads/counters.service.ts',
      'modules/threads/post-versions.service.ts',
      'modules/threads/threads.resolver.ts',
      'modules/posts/posts.service.ts',
      'modules/posts/posts.resolver.ts',
      'modules/posts/user-activity.resolver.ts',
      'modules/answers/answers.service.ts',
      'modules/answers/answers.resolver.ts',
      'modules/moderation/moderation.service.ts',
      'modules/moderation/moderation.resolver.ts',
      'modules/imports/stackexchange/se-importer.ts',
      'modules/accounts/account-imports.service.ts',
      'modules/forums/forum-imports.service.ts',
      'modules/threads/thread-imports.service.ts',
      'modules/answers/answer-imports.service.ts',
    ]) {
      expect(withSql).not.toContain(file);
    }
  });
});
