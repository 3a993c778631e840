import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import { toFormErrors } from '../../../lib/graphql-errors';
import { useFormErrors } from '../../../lib/use-form-errors';
import {
  collectProblems,
  normalizeTags,
  normalizeTitle,
  postBodyProblem,
  tagsProblem,
  THREAD_LIMITS,
  titleProblem,
} from '../../../lib/validation';
import { useCreateThread } from '../api/thread-mutations';
import { MarkdownEditor } from './markdown-editor';
import { TagsField } from './tags-field';

const FIELDS = ['title', 'body', 'tags', 'forumId'] as const;

interface NewThreadFormProps {
  forum: { id: string; slug: string; name: string };
  authorId: string;
  onCreated: (threadId: string) => void;
}

export function NewThreadForm({ forum, authorId, onCreated }: NewThreadFormProps) {
  const createThread = useCreateThread();
  const { formRef, errors, show, clear, clearField } = useFormErrors();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [tags, setTags] = useState('');
  const [pending, setPending] = useState(false);
  const titleLength = normalizeTitle(title).length;

  async function handleSubmit(event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault();
    if (pending) return;
    const problems = collectProblems({
      title: titleProblem(title),
      body: postBodyProblem(body),
      tags: tagsProblem(tags),
    });
    if (Object.keys(problems).length > 0) return show({ fieldErrors: problems });

    clear();
    setPending(true);
    try {
      const thread = await createThread(
        { forumId: forum.id, title: normalizeTitle(title), body, tags: normalizeTags(tags) },
        authorId,
      );
      if (thread) onCreated(thread.id);
    } catch (error) {
      setPending(false);
      show(toFormErrors(error, FIELDS));
    }
  }

  return (
    <form ref={formRef} className="form new-thread-form" noValidate onSubmit={handleSubmit} aria-label="New thread">
      {errors.formError && (
        <Alert tone="error" formAlert>
          {errors.formError}
        </Alert>
      )}
      {errors.fieldErrors.forumId && (
        <Alert tone="error" formAlert>
          {errors.fieldErrors.forumId}
        </Alert>
      )}
      <TextField
        label="Title"
        name="title"
        required
        autoComplete="off"
        hint={`Your question in one line, ${THREAD_LIMITS.titleMin}–${THREAD_LIMITS.titleMax} characters`}
        counter={`${titleLength} / ${THREAD_LIMITS.titleMax}`}
        counterOver={titleLength > THREAD_LIMITS.titleMax}
        value={title}
        onValueChange={(value) => {
          setTitle(value);
          clearField('title');
        }}
        error={errors.fieldErrors.title}
      />
      <MarkdownEditor
        label="Body"
        name="body"
        rows={12}
        value={body}
        onValueChange={(value) => {
          setBody(value);
          clearField('body');
        }}
        onSubmitShortcut={() => void handleSubmit()}
        error={errors.fieldErrors.body}
      />
      <TagsField
        value={tags}
        onValueChange={(value) => {
          setTags(value);
          clearField('tags');
        }}
        error={errors.fieldErrors.tags}
      />
      <div className="form__actions">
        <Button type="submit" pending={pending}>
          Post thread
        </Button>
        <Link className="button button--secondary" to={`/f/${forum.slug}`}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
