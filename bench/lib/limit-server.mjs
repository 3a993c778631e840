// The limit beside each figure: a bare node:http server (its own process, forked by bench/run.mjs) that serves the
// same data as our GraphQL answers with the least work we can think of, on the same database and index.
//   POST /thread  {"id"}              the thread page (ThreadPage's fields) by ONE SQL statement that builds the JSON
//                                     (the viewer from the tl_session cookie, their votes and watch, the accepted answer)
//   POST /search  {"query"}           Meilisearch's search with the parameters SearchService.search sends for SearchPage
//   POST /similar {"title","body"}    the similar-threads multi-searches, fused and ranked by the product's own
//                                     domain/similar-query.ts (from the server's build)
// No framework, no validation beyond what a crash needs, no PostgreSQL re-check of search hits: an upper bound.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root } from '../../scripts/ensure-built.mjs';

const serverRequire = createRequire(join(root, 'server/package.json'));
const pg = serverRequire('pg');
const dist = (path) => serverRequire(join(root, 'server/dist/server/src/modules', path));
const { buildSimilarSearches, buildRecheckSearches, rankSimilar } = dist('search/domain/similar-query.js');
const { buildSearchFilter } = dist('search/domain/search-filter.js');
const { normalizeQuery, SIMILAR_TITLE_MAX_CHARS, SIMILAR_BODY_MAX_CHARS } = dist('search/domain/search-query.js');
const { HIGHLIGHT_PRE, HIGHLIGHT_POST } = dist('search/domain/snippets.js');
const { readScopeOf } = dist('forums/domain/read-scope.js');
const { ANONYMOUS } = dist('accounts/domain/viewer.js');

const { DATABASE_URL, MEILI_URL, MEILI_MASTER_KEY, THREADS_INDEX } = process.env;
// The app's pool size (platform/database/data-source-options.ts).
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 20 });

/** Badges in display order (accounts/domain/roles.ts), as a JSON array from a roles column. */
const badges = (roles) =>
  `(SELECT coalesce(json_agg(b ORDER BY o), '[]') FROM unnest(ARRAY['STAFF','MODERATOR','EXPERT']) WITH ORDINALITY x(b, o) WHERE b = ANY (${roles}))`;

/** Post fields as the PostFields fragment has them, for post row `p` (author `u`) seen by viewer `v`. */
const postJson = `json_build_object(
  'id', p.id, 'postNumber', p.post_number, 'bodyHtml', p.body_html, 'bodySource', p.body_source, 'bodyFormat', upper(p.body_format),
  'createdAt', p.created_at, 'editedAt', p.edited_at, 'helpfulCount', p.helpful_count, 'isAccepted', p.id = t.accepted_post_id,
  'isHidden', p.hidden_at IS NOT NULL, 'hiddenReason', NULL, 'revisionCount', p.revision_count,
  'viewerCanDelete', v.id IS NOT NULL AND (p.author_id = v.id OR v.roles && '{MODERATOR,ADMIN}'),
  'viewerCanEdit', v.id IS NOT NULL AND (p.author_id = v.id OR v.roles && '{MODERATOR,ADMIN}'),
  'viewerCanVote', v.id IS NOT NULL AND p.author_id <> v.id,
  'viewerHasVoted', v.id IS NOT NULL AND EXISTS (SELECT 1 FROM post_votes pv WHERE pv.post_id = p.id AND pv.user_id = v.id),
  'author', json_build_object('id', u.id, 'displayName', u.display_name, 'handle', u.handle, 'badges', ${badges('u.roles')},
    'groupFlair', (SELECT json_build_object('name', g.name, 'slug', g.slug) FROM group_memberships gm JOIN user_groups g ON g.id = gm.group_id
                    WHERE gm.user_id = u.id AND gm.shows_flair AND g.visibility = 'LISTED')),
  'replyTo', (SELECT json_build_object('id', r.id, 'postNumber', r.post_number, 'author', json_build_object('id', ru.id, 'displayName', ru.display_name))
                FROM posts r JOIN users ru ON ru.id = r.author_id WHERE r.id = p.reply_to_post_id))`;

const THREAD_PAGE_SQL = `
WITH v0 AS (SELECT u.id, u.roles FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $2 AND s.expires_at > now()),
v AS (SELECT v0.id, v0.roles FROM (SELECT 1) one LEFT JOIN v0 ON true),
t AS (
  SELECT t.*, f.slug AS forum_slug, f.name AS forum_name, f.archived_at AS forum_archived_at, f.group_id AS forum_group_id,
         aa.post_id AS accepted_post_id, aa.kind AS accepted_kind, aa.accepted_at, aa.accepted_by_id
    FROM threads t JOIN forums f ON f.id = t.forum_id LEFT JOIN accepted_answers aa ON aa.thread_id = t.id, v
   WHERE t.id = $1 AND t.hidden_at IS NULL
     AND (f.group_id IS NULL OR v.roles && '{STAFF,ADMIN}'
          OR EXISTS (SELECT 1 FROM group_memberships m WHERE m.group_id = f.group_id AND m.user_id = v.id))),
page AS (SELECT p.* FROM posts p WHERE p.thread_id = $1 AND p.post_number > 1 AND p.hidden_at IS NULL ORDER BY p.post_number LIMIT 21),
shown AS (
  SELECT p.id, p.post_number, ${postJson} AS j
    FROM posts p JOIN users u ON u.id = p.author_id, t, v
   WHERE p.thread_id = t.id AND (p.post_number = 1 OR p.id = t.accepted_post_id OR p.id IN (SELECT id FROM page)))
SELECT json_build_object('data', json_build_object('thread', json_build_object(
  'id', t.id, 'status', CASE WHEN t.locked_at IS NOT NULL THEN 'LOCKED' WHEN t.accepted_post_id IS NOT NULL THEN 'SOLVED' ELSE 'OPEN' END,
  'isSolved', t.accepted_post_id IS NOT NULL, 'isLocked', t.locked_at IS NOT NULL, 'isPinned', t.pinned_at IS NOT NULL, 'isHidden', false,
  'hiddenReason', NULL, 'lockReason', NULL, 'movedFrom', NULL,
  'viewerWatch', (SELECT w.level FROM thread_watches w WHERE w.thread_id = t.id AND w.user_id = v.id),
  'replyCount', t.reply_count, 'helpfulCount', t.helpful_count, 'hasStaffAnswer', t.first_staff_reply_at IS NOT NULL,
  'lastActivityAt', t.last_activity_at,
  'viewerCanReply', v.id IS NOT NULL AND t.locked_at IS NULL AND t.forum_archived_at IS NULL,
  'viewerCanAccept', v.id IS NOT NULL AND (v.id = t.author_id OR v.roles && '{STAFF,MODERATOR,ADMIN}'),
  'viewerCanEdit', v.id IS NOT NULL AND (v.id = t.author_id OR v.roles && '{MODERATOR,ADMIN}'),
  'viewerCanModerate', coalesce(v.roles && '{MODERATOR,ADMIN}', false),
  'acceptedAnswer', CASE WHEN t.accepted_post_id IS NULL THEN NULL ELSE json_build_object(
      'kind', t.accepted_kind, 'acceptedAt', t.accepted_at,
      'acceptedBy', (SELECT json_build_object('id', ab.id, 'displayName', ab.display_name) FROM users ab WHERE ab.id = t.accepted_by_id),
      'post', (SELECT j FROM shown WHERE shown.id = t.accepted_post_id)) END,
  'title', t.title, 'tags', t.tags, 'createdAt', t.created_at,
  'forum', json_build_object('id', t.forum_id, 'slug', t.forum_slug, 'name', t.forum_name, 'isArchived', t.forum_archived_at IS NOT NULL,
      'isPrivate', t.forum_group_id IS NOT NULL,
      'group', (SELECT json_build_object('id', g.id, 'name', g.name, 'slug', g.slug) FROM user_groups g WHERE g.id = t.forum_group_id)),
  'author', (SELECT json_build_object('id', a.id, 'displayName', a.display_name) FROM users a WHERE a.id = t.author_id),
  'openingPost', (SELECT j FROM shown WHERE shown.post_number = 1),
  'posts', json_build_object(
      'edges', coalesce((SELECT json_agg(json_build_object('cursor', encode(convert_to('[' || s.post_number || ']', 'UTF8'), 'base64'), 'node', s.j) ORDER BY s.post_number)
                           FROM (SELECT shown.* FROM shown JOIN page ON page.id = shown.id ORDER BY shown.post_number LIMIT 20) s), '[]'),
      'pageInfo', json_build_object('hasNextPage', (SELECT count(*) FROM page) > 20, 'hasPreviousPage', false),
      'totalCount', t.reply_count),
  'moderationLog', coalesce((SELECT json_agg(json_build_object('id', l.id, 'action', l.action, 'reason', l.reason, 'details', l.details,
      'createdAt', l.created_at, 'actor', json_build_object('id', la.id, 'displayName', la.display_name)) ORDER BY l.created_at DESC)
      FROM moderation_log l JOIN users la ON la.id = l.actor_id WHERE l.target_id = t.id), '[]'))))::text AS body
  FROM t, v`;

const NOT_FOUND = '{"data":{"thread":null}}';

function sessionHash(cookie) {
  const token = /(?:^|;\s*)tl_session=([^;]+)/.exec(cookie ?? '')?.[1];
  return token ? createHash('sha256').update(token, 'utf8').digest() : null;
}

async function threadPage(req, input) {
  const { rows } = await pool.query({ name: 'thread-page', text: THREAD_PAGE_SQL, values: [input.id, sessionHash(req.headers.cookie)] });
  return rows[0]?.body ?? NOT_FOUND;
}

// Anonymous searchers, members for the composer: the visibility filter of their read scope, as the product builds it.
const ANONYMOUS_FILTER = buildSearchFilter(readScopeOf(ANONYMOUS), null);
const MEMBER_FILTER = buildSearchFilter(readScopeOf({ ...ANONYMOUS, userId: 'member', sessionId: 'member', roles: ['MEMBER'] }), null);

async function meili(path, body) {
  const res = await fetch(`${MEILI_URL}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${MEILI_MASTER_KEY}` },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`Meilisearch ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** SearchService.search for the search page: relevance, first page of 20, facets and snippets. */
async function search(_req, input) {
  const res = await meili(`/indexes/${THREADS_INDEX}/search`, {
    q: normalizeQuery(input.query),
    filter: ANONYMOUS_FILTER,
    offset: 0,
    limit: 21,
    facets: ['forumId', 'tags', 'solved'],
    attributesToRetrieve: ['id'],
    attributesToHighlight: ['title', 'accepted', 'opening', 'replies'],
    attributesToCrop: ['accepted', 'opening', 'replies'],
    cropLength: 28,
    highlightPreTag: HIGHLIGHT_PRE,
    highlightPostTag: HIGHLIGHT_POST,
  });
  return JSON.stringify({ data: { search: res } });
}

/** SearchEngine.multiSearchInParallel: two multi-search requests at once when there are four queries or more. */
async function multiSearch(queries) {
  const ask = async (part) => (await meili('/multi-search', { queries: part.map((q) => ({ indexUid: THREADS_INDEX, ...q })) })).results;
  if (queries.length < 4) return ask(queries);
  const half = Math.ceil(queries.length / 2);
  const [a, b] = await Promise.all([ask(queries.slice(0, half)), ask(queries.slice(half))]);
  return [...a, ...b];
}

/** SearchService.similarThreads without the PostgreSQL part: both phases of searches, then the ranking. */
async function similar(_req, input) {
  const title = normalizeQuery(input.title, SIMILAR_TITLE_MAX_CHARS);
  const body = input.body ? normalizeQuery(input.body, SIMILAR_BODY_MAX_CHARS) : null;
  const searches = buildSimilarSearches(title, body);
  if (!searches.length) return '{"data":{"similarThreads":[]}}';
  const results = await multiSearch(searches.map((s) => ({ ...s, filter: MEMBER_FILTER })));
  const rechecks = buildRecheckSearches(title, body, results);
  const recheckResults = rechecks.length ? await multiSearch(rechecks.map((s) => ({ ...s, filter: [...MEMBER_FILTER, ...(s.filter ?? [])] }))) : undefined;
  return JSON.stringify({ data: { similarThreads: rankSimilar(title, body, results, 5, recheckResults).map((id) => ({ thread: { id } })) } });
}

const routes = { '/thread': threadPage, '/search': search, '/similar': similar };

const server = createServer((req, res) => {
  const handler = routes[req.url];
  if (!handler || req.method !== 'POST') {
    res.writeHead(404).end();
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    handler(req, JSON.parse(Buffer.concat(chunks).toString('utf8'))).then(
      (body) => res.writeHead(200, { 'content-type': 'application/json' }).end(body),
      (err) => res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err?.message ?? err)),
    );
  });
});
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
process.on('disconnect', () => {
  server.close();
  void pool.end().finally(() => process.exit(0));
});
