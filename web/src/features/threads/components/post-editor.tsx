import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Form, SubmitButton } from '../../../components/ui/form';
import { TextField } from '../../../components/ui/text-field';
import type { PostFieldsFragment } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { editReasonProblem, normalizeTags, normalizeTitle, postBodyProblem, tagsProblem, THREAD_LIMITS, titleProblem } from '../../../lib/validation';
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
  const [title, setTitle] = useState(thread.title);
  const [tags, setTags] = useState(thread.tags.join(', '));
  const [body, setBody] = useState(post.bodySource);
  const [reason, setReason] = useState('');
  const firstFieldRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const form = useFormSubmit({
    fields: isQuestion ? ['title', 'body', 'tags', 'reason'] : ['body', 'reason'],
    validate: () => ({
      title: isQuestion ? titleProblem(title) : undefined,
      body: postBodyProblem(body),
      tags: isQuestion ? tagsProblem(tags) : undefined,
      reason: editReasonProblem(reason),
    }),
    submit: async () => {
      const trimmedReason = reason.trim() || undefined;
      if (isQuestion) {
        await editThread({ threadId: thread.id, title: normalizeTitle(title), tags: normalizeTags(tags), body, reason: trimmedReason });
      } else {
        await editPost({ postId: post.id, body, reason: trimmedReason });
      }
      announce(isQuestion ? 'Question saved' : `Reply #${post.postNumber} saved`);
      onDone(true);
    },
    leavesOnSuccess: true,
  });

  useEffect(() => {
    (isQuestion ? firstFieldRef.current : bodyRef.current)?.focus();
  }, [isQuestion]);

  const titleLength = normalizeTitle(title).length;

  return (
    <Form form={form} className="post-editor" aria-label={isQuestion ? 'Edit the question' : `Edit reply #${post.postNumber}`}>
      {isQuestion && (
        <TextField
          label="Title"
          name="title"
          required
          inputRef={firstFieldRef}
          counter={`${titleLength} / ${THREAD_LIMITS.titleMax}`}
          counterOver={titleLength > THREAD_LIMITS.titleMax}
          value={title}
          {...form.field('title', setTitle)}
        />
      )}
      <MarkdownEditor
        label="Body"
        name="body"
        textareaRef={bodyRef}
        rows={isQuestion ? 10 : 6}
        value={body}
        {...form.field('body', setBody)}
        onSubmitShortcut={() => void form.handleSubmit()}
      />
      {isQuestion && <TagsField value={tags} {...form.field('tags', setTags)} />}
      <TextField
        label="Reason for edit"
        name="reason"
        hint="Optional. Shown in the edit history, e.g. “Fixed the code sample”"
        value={reason}
        {...form.field('reason', setReason)}
      />
      <div className="form__actions">
        <SubmitButton form={form}>Save changes</SubmitButton>
        <Button variant="secondary" onClick={() => onDone(false)} disabled={form.pending}>
          Cancel
        </Button>
      </div>
    </Form>
  );
}
