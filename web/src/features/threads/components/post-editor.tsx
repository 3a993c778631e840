import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import type { PostFieldsFragment } from '../../../gql/graphql';
import { toFormErrors } from '../../../lib/graphql-errors';
import { useFormErrors } from '../../../lib/use-form-errors';
import {
  collectProblems,
  editReasonProblem,
  normalizeTags,
  normalizeTitle,
  postBodyProblem,
  tagsProblem,
  THREAD_LIMITS,
  titleProblem,
} from '../../../lib/validation';
import { useEditPost, useEditThread } from '../api/thread-mutations';
import { MarkdownEditor } from './markdown-editor';
import { TagsField } from './tags-field';
import { useThreadPage } from './thread-context';

interface PostEditorProps {
  post: PostFieldsFragment;
  onDone: (saved: boolean) => void;
}

/**
 * Inline editor. For the opening post it also edits the thread's title and tags (one revision);
 * an optional reason shows in the revision history.
 */
export function PostEditor({ post, onDone }: PostEditorProps) {
  const { thread, cacheContext, announce } = useThreadPage();
  const isQuestion = post.postNumber === 1;
  const editPost = useEditPost();
  const editThread = useEditThread(cacheContext.forumId);
  const { formRef, errors, show, clear, clearField } = useFormErrors();
  const [title, setTitle] = useState(thread.title);
  const [tags, setTags] = useState(thread.tags.join(', '));
  const [body, setBody] = useState(post.bodySource);
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState(false);
  const firstFieldRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const fields = isQuestion ? ['title', 'body', 'tags', 'reason'] : ['body', 'reason'];

  useEffect(() => {
    (isQuestion ? firstFieldRef.current : bodyRef.current)?.focus();
  }, [isQuestion]);

  async function handleSubmit(event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault();
    if (pending) return;
    const problems = collectProblems({
      title: isQuestion ? titleProblem(title) : undefined,
      body: postBodyProblem(body),
      tags: isQuestion ? tagsProblem(tags) : undefined,
      reason: editReasonProblem(reason),
    });
    if (Object.keys(problems).length > 0) return show({ fieldErrors: problems });
    clear();
    setPending(true);
    try {
      const trimmedReason = reason.trim() || undefined;
      if (isQuestion) {
        await editThread({
          threadId: thread.id,
          title: normalizeTitle(title),
          tags: normalizeTags(tags),
          body,
          reason: trimmedReason,
        });
      } else {
        await editPost({ postId: post.id, body, reason: trimmedReason });
      }
      announce(isQuestion ? 'Question saved' : `Reply #${post.postNumber} saved`);
      onDone(true);
    } catch (error) {
      setPending(false);
      show(toFormErrors(error, fields));
    }
  }

  const titleLength = normalizeTitle(title).length;

  return (
    <form
      ref={formRef}
      className="form post-editor"
      noValidate
      onSubmit={handleSubmit}
      aria-label={isQuestion ? 'Edit the question' : `Edit reply #${post.postNumber}`}
    >
      {errors.formError && (
        <Alert tone="error" formAlert>
          {errors.formError}
        </Alert>
      )}
      {isQuestion && (
        <TextField
          label="Title"
          name="title"
          required
          inputRef={firstFieldRef}
          counter={`${titleLength} / ${THREAD_LIMITS.titleMax}`}
          counterOver={titleLength > THREAD_LIMITS.titleMax}
          value={title}
          onValueChange={(value) => {
            setTitle(value);
            clearField('title');
          }}
          error={errors.fieldErrors.title}
        />
      )}
      <MarkdownEditor
        label="Body"
        name="body"
        textareaRef={bodyRef}
        rows={isQuestion ? 10 : 6}
        value={body}
        onValueChange={(value) => {
          setBody(value);
          clearField('body');
        }}
        onSubmitShortcut={() => void handleSubmit()}
        error={errors.fieldErrors.body}
      />
      {isQuestion && (
        <TagsField
          value={tags}
          onValueChange={(value) => {
            setTags(value);
            clearField('tags');
          }}
          error={errors.fieldErrors.tags}
        />
      )}
      <TextField
        label="Reason for edit"
        name="reason"
        hint="Optional. Shown in the edit history, e.g. “Fixed the code sample”"
        value={reason}
        onValueChange={(value) => {
          setReason(value);
          clearField('reason');
        }}
        error={errors.fieldErrors.reason}
      />
      <div className="form__actions">
        <Button type="submit" pending={pending}>
          Save changes
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
