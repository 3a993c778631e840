import { useState, type FormEvent, type Ref } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import type { PostFieldsFragment } from '../../../gql/graphql';
import { toFormErrors } from '../../../lib/graphql-errors';
import { useFormErrors } from '../../../lib/use-form-errors';
import { collectProblems, postBodyProblem } from '../../../lib/validation';
import { useReplyToThread } from '../api/thread-mutations';
import { MarkdownEditor } from './markdown-editor';
import { useThreadPage } from './thread-context';

const FIELDS = ['body', 'replyToPostId'] as const;

interface ReplyComposerProps {
  body: string;
  onBodyChange: (body: string) => void;
  replyTo: PostFieldsFragment | null;
  onClearReplyTo: () => void;
  textareaRef: Ref<HTMLTextAreaElement>;
  /** After the server saved the reply: the page shows it and moves focus to it. */
  onPosted: (post: PostFieldsFragment) => Promise<void>;
}

export function ReplyComposer({ body, onBodyChange, replyTo, onClearReplyTo, textareaRef, onPosted }: ReplyComposerProps) {
  const { thread, cacheContext } = useThreadPage();
  const replyToThread = useReplyToThread(cacheContext);
  const { formRef, errors, show, clear, clearField } = useFormErrors();
  const [pending, setPending] = useState(false);

  async function handleSubmit(event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault();
    if (pending) return;
    const problems = collectProblems({ body: postBodyProblem(body) });
    if (Object.keys(problems).length > 0) return show({ fieldErrors: problems });
    clear();
    setPending(true);
    try {
      const post = await replyToThread(body, replyTo?.id ?? null);
      if (post) await onPosted(post);
    } catch (error) {
      const formErrors = toFormErrors(error, FIELDS);
      // A quoted post that went away is not the writer's fault: keep the text, drop the link to it.
      if (formErrors.fieldErrors.replyToPostId) {
        onClearReplyTo();
        formErrors.formError = `${formErrors.fieldErrors.replyToPostId}. Your reply no longer points to it; post it again.`;
        delete formErrors.fieldErrors.replyToPostId;
      }
      show(formErrors);
    } finally {
      setPending(false);
    }
  }

  return (
    <form ref={formRef} className="card form composer" noValidate onSubmit={handleSubmit} aria-label="Reply to this thread">
      {thread.isLocked && (
        <Alert tone="info">This thread is locked. As a moderator you can still reply.</Alert>
      )}
      {errors.formError && (
        <Alert tone="error" formAlert>
          {errors.formError}
        </Alert>
      )}
      {replyTo && (
        <p className="composer__reply-to">
          Replying to {replyTo.postNumber === 1 ? 'the question' : `#${replyTo.postNumber}`} by {replyTo.author.displayName}
          <button type="button" className="link-button" onClick={onClearReplyTo}>
            Don't link to it
          </button>
        </p>
      )}
      <MarkdownEditor
        label="Your reply"
        name="body"
        rows={6}
        textareaRef={textareaRef}
        value={body}
        onValueChange={(value) => {
          onBodyChange(value);
          clearField('body');
        }}
        onSubmitShortcut={() => void handleSubmit()}
        error={errors.fieldErrors.body}
      />
      <div className="form__actions">
        <Button type="submit" pending={pending}>
          Post reply
        </Button>
        <span className="field__hint">Ctrl + Enter also posts</span>
      </div>
    </form>
  );
}
