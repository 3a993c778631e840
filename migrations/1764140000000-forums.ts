import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Forums, threads, posts, revisions, votes, accepted answers, moderation log, search outbox (issue: Forums). */
export class Forums1764140000000 implements MigrationInterface {
  name = 'Forums1764140000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        ADD COLUMN handle text NULL CHECK (handle ~ '^[a-z0-9][a-z0-9_-]{1,39}$'),
        ADD COLUMN imported_from text NULL`);
    await q.query(`UPDATE users SET handle = 'user-' || substr(replace(id::text, '-', ''), 1, 12) WHERE handle IS NULL`);
    await q.query(`ALTER TABLE users ALTER COLUMN handle SET NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX users_handle_key ON users (handle)`);
    await q.query(`CREATE UNIQUE INDEX users_imported_from_key ON users (imported_from)`);

    await q.query(`
      CREATE TABLE forums (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(slug) <= 60),
        name text NOT NULL CHECK (char_length(name) BETWEEN 2 AND 80),
        description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 1000),
        product_area text NULL CHECK (char_length(product_area) <= 60),
        position integer NOT NULL DEFAULT 0,
        -- NULL: public. Set: private to one user group (the groups issue adds the foreign key).
        group_id uuid NULL,
        archived_at timestamptz NULL,
        thread_count integer NOT NULL DEFAULT 0 CHECK (thread_count >= 0),
        post_count integer NOT NULL DEFAULT 0 CHECK (post_count >= 0),
        last_activity_at timestamptz NULL,
        last_thread_id uuid NULL,
        imported_from text NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX forums_slug_key ON forums (slug)`);
    await q.query(`CREATE UNIQUE INDEX forums_imported_from_key ON forums (imported_from)`);

    await q.query(`
      CREATE TABLE threads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        forum_id uuid NOT NULL REFERENCES forums (id),
        author_id uuid NOT NULL REFERENCES users (id),
        title text NOT NULL CHECK (char_length(title) BETWEEN 8 AND 200),
        tags text[] NOT NULL DEFAULT '{}' CHECK (cardinality(tags) <= 5),
        pinned_at timestamptz NULL,
        locked_at timestamptz NULL,
        hidden_at timestamptz NULL,
        -- Allocates post numbers: the opening post is 1. Never decreases, so numbers are never reused.
        last_post_number integer NOT NULL DEFAULT 0,
        -- Visible replies (opening post excluded).
        reply_count integer NOT NULL DEFAULT 0 CHECK (reply_count >= 0),
        -- Helpful votes on all visible posts of the thread: the "most helpful" sort key.
        helpful_count integer NOT NULL DEFAULT 0 CHECK (helpful_count >= 0),
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        last_poster_id uuid NULL REFERENCES users (id),
        first_staff_reply_at timestamptz NULL,
        imported_from text NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX threads_imported_from_key ON threads (imported_from)`);
    await q.query(`CREATE INDEX threads_forum_activity_idx ON threads (forum_id, last_activity_at DESC, id DESC) WHERE hidden_at IS NULL`);
    await q.query(`CREATE INDEX threads_forum_created_idx ON threads (forum_id, created_at DESC, id DESC) WHERE hidden_at IS NULL`);
    await q.query(`CREATE INDEX threads_forum_helpful_idx ON threads (forum_id, helpful_count DESC, id DESC) WHERE hidden_at IS NULL`);
    await q.query(`CREATE INDEX threads_tags_idx ON threads USING gin (tags)`);
    await q.query(`CREATE INDEX threads_author_idx ON threads (author_id)`);

    await q.query(`
      CREATE TABLE posts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
        post_number integer NOT NULL CHECK (post_number >= 1),
        author_id uuid NOT NULL REFERENCES users (id),
        -- 'markdown' for posts written here; 'html' for imported posts (their HTML is untrusted and sanitized).
        body_format text NOT NULL DEFAULT 'markdown' CHECK (body_format IN ('markdown', 'html')),
        body_source text NOT NULL CHECK (char_length(body_source) BETWEEN 1 AND 50000),
        body_html text NOT NULL,
        body_text text NOT NULL,
        reply_to_post_id uuid NULL REFERENCES posts (id),
        helpful_count integer NOT NULL DEFAULT 0 CHECK (helpful_count >= 0),
        revision_count integer NOT NULL DEFAULT 1,
        edited_at timestamptz NULL,
        hidden_at timestamptz NULL,
        hidden_by_id uuid NULL REFERENCES users (id),
        imported_from text NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (thread_id, post_number),
        UNIQUE (id, thread_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX posts_imported_from_key ON posts (imported_from)`);
    await q.query(`CREATE INDEX posts_author_idx ON posts (author_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE post_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
        revision integer NOT NULL,
        editor_id uuid NOT NULL REFERENCES users (id),
        -- Snapshot after this revision; title and tags only for opening posts.
        title text NULL,
        tags text[] NULL,
        body_source text NOT NULL,
        reason text NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (post_id, revision)
      )`);

    await q.query(`
      CREATE TABLE post_votes (
        post_id uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (post_id, user_id)
      )`);
    await q.query(`CREATE INDEX post_votes_user_idx ON post_votes (user_id)`);

    await q.query(`
      CREATE TABLE post_mentions (
        post_id uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        PRIMARY KEY (post_id, user_id)
      )`);

    await q.query(`
      CREATE TABLE accepted_answers (
        -- One accepted answer per thread, and a post is the accepted answer of its own thread only.
        thread_id uuid PRIMARY KEY REFERENCES threads (id) ON DELETE CASCADE,
        post_id uuid NOT NULL UNIQUE,
        accepted_by_id uuid NOT NULL REFERENCES users (id),
        kind text NOT NULL CHECK (kind IN ('ASKER', 'STAFF')),
        accepted_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (post_id, thread_id) REFERENCES posts (id, thread_id) ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE moderation_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        actor_id uuid NOT NULL REFERENCES users (id),
        action text NOT NULL,
        target_type text NOT NULL CHECK (target_type IN ('THREAD', 'POST', 'FORUM')),
        target_id uuid NOT NULL,
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 500),
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX moderation_log_target_idx ON moderation_log (target_id, created_at DESC)`);
    await q.query(`CREATE INDEX moderation_log_created_idx ON moderation_log (created_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        topic text NOT NULL,
        entity_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        processed_at timestamptz NULL
      )`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (id) WHERE processed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['outbox', 'moderation_log', 'accepted_answers', 'post_mentions', 'post_votes', 'post_revisions', 'posts', 'threads', 'forums']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`ALTER TABLE users DROP COLUMN handle, DROP COLUMN imported_from`);
  }
}
