import { useState } from 'react';
import { Link } from 'react-router';
import { Form, SubmitButton } from '../../../components/ui/form';
import { TextField } from '../../../components/ui/text-field';
import { createPostedSignal, useComposerAssist } from '../../../lib/composer-assist';
import { useStoredDraft } from '../../../lib/stored-draft';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useLeaveGuard } from '../../../lib/use-leave-guard';
import { normalizeTags, normalizeTitle, postBodyProblem, tagsProblem, THREAD_LIMITS, titleProblem } from '../../../lib/validation';
import { useCreateThread } from '../api/thread-mutations';
import { MarkdownEditor } from './markdown-editor';
import { TagsField } from './tags-field';

interface StoredThread {
  title: string;
  body: string;
  tags: string;
}

const EMPTY: StoredThread = { title: '', body: '', tags: '' };
const isStoredThread = (value: unknown): value is StoredThread =>
  typeof value === 'object' && value !== null && ['title', 'body', 'tags'].every((key) => typeof (value as Record<string, unknown>)[key] === 'string');
const isEmpty = (value: StoredThread) => !value.title.trim() && !value.body.trim() && !value.tags.trim();

/** Where a forum's new-thread draft is stored (one per forum, in this browser). */
const newThreadDraftKey = (forumId: string) => `thread:${forumId}`;

interface NewThreadFormProps {
  forum: { id: string; slug: string; name: string };
  authorId: string;
  onCreated: (threadId: string) => void;
  /** An existing thread answered the question (the composer's suggestions): the draft is dropped, go there. */
  onResolved: (threadId: string) => void;
  /** A title to start from (`?title=`, e.g. the words of a search that found nothing). */
  initialTitle?: string;
}

export function NewThreadForm({ forum, authorId, onCreated, onResolved, initialTitle = '' }: NewThreadFormProps) {
  const createThread = useCreateThread();
  // "Search before you post": the app's suggestions panel, if it has one (lib/composer-assist.tsx).
  const renderAssist = useComposerAssist();
  const [posted] = useState(createPostedSignal);
  // The draft is kept in this browser per forum (issue 11): it survives navigation and reloads until posted.
  const draft = useStoredDraft(newThreadDraftKey(forum.id), EMPTY, isStoredThread, isEmpty);
  const [initialTitleUsed] = useState(() => (isEmpty(draft.value) && initialTitle ? initialTitle : undefined));
  const { title: storedTitle, body, tags } = draft.value;
  const title = initialTitleUsed !== undefined && isEmpty(draft.value) ? initialTitleUsed : storedTitle;
  const setField = (field: keyof StoredThread) => (value: string) => draft.setValue((current) => ({ ...current, title, [field]: value }));
  const setTitle = setField('title');
  const setBody = setField('body');
  const setTags = setField('tags');
  const leaveGuard = useLeaveGuard({ dirty: !isEmpty(draft.value), allow: (pathname) => pathname === '/sign-in' });
  const form = useFormSubmit({
    fields: ['title', 'body', 'tags', 'forumId'],
    validate: () => ({
      title: titleProblem(title),
      body: postBodyProblem(body),
      tags: tagsProblem(tags),
    }),
    submit: async () => {
      const thread = await createThread({ forumId: forum.id, title: normalizeTitle(title), body, tags: normalizeTags(tags) }, authorId);
      if (!thread) return;
      posted.notify(thread.id);
      draft.clear();
      leaveGuard.release();
      onCreated(thread.id);
    },
    leavesOnSuccess: true,
  });
  const titleLength = normalizeTitle(title).length;

  function dropDraftFor(threadId: string) {
    draft.clear();
    leaveGuard.release();
    onResolved(threadId);
  }

  return (
    <div className="new-thread__layout">
      {leaveGuard.dialog}
      <div className="card new-thread__card">
        {/* The forum has no field here: a problem with it (archived meanwhile, say) is the form's alert. */}
        <Form form={form} className="new-thread-form" aria-label="New thread" alertFields={['forumId']}>
          <TextField
            label="Title"
            name="title"
            required
            autoComplete="off"
            hint={`Your question in one line, ${THREAD_LIMITS.titleMin}–${THREAD_LIMITS.titleMax} characters`}
            counter={`${titleLength} / ${THREAD_LIMITS.titleMax}`}
            counterOver={titleLength > THREAD_LIMITS.titleMax}
            value={title}
            {...form.field('title', setTitle)}
          />
          <MarkdownEditor label="Body" name="body" rows={12} value={body} {...form.field('body', setBody)} onSubmitShortcut={() => void form.handleSubmit()} />
          <TagsField value={tags} {...form.field('tags', setTags)} />
          <div className="form__actions">
            <SubmitButton form={form}>Post thread</SubmitButton>
            <Link className="button button--secondary" to={`/f/${forum.slug}`}>
              Cancel
            </Link>
          </div>
        </Form>
      </div>
      {renderAssist?.({ posted, draft: { title, body, forumId: forum.id }, onResolved: dropDraftFor })}
    </div>
  );
}
