import { useEffect, useRef } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Form, SubmitButton } from '../../../components/ui/form';
import type { PostFieldsFragment } from '../../../gql/graphql';
import { errorCodeOf } from '../../../lib/graphql-errors';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { postBodyProblem } from '../../../lib/validation';
import { useReplyToThread } from '../api/thread-mutations';
import { MarkdownEditor } from './markdown-editor';
import { useThreadPage } from './thread-context';

interface ReplyComposerProps {
  body: string;
  onBodyChange: (body: string) => void;
  replyTo: PostFieldsFragment | null;
  onClearReplyTo: () => void;
  /** Goes up by one for each quote added to the body: the composer then takes focus, caret at the end. */
  quoteCount: number;
  /** After the server saved the reply: the page shows it and moves focus to it. */
  onPosted: (post: PostFieldsFragment) => Promise<void>;
  /** The server no longer knows the writer (the session expired or was ended elsewhere). */
  onSessionEnded: () => void;
}

export function ReplyComposer({ body, onBodyChange, replyTo, onClearReplyTo, quoteCount, onPosted, onSessionEnded }: ReplyComposerProps) {
  const { thread, cacheContext } = useThreadPage();
  const replyToThread = useReplyToThread(cacheContext);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const form = useFormSubmit({
    fields: ['body', 'replyToPostId'],
    validate: () => ({ body: postBodyProblem(body) }),
    submit: async () => {
      let post: PostFieldsFragment | undefined | null;
      try {
        post = await replyToThread(body, replyTo?.id ?? null);
      } catch (err) {
        if (errorCodeOf(err) === 'UNAUTHENTICATED') onSessionEnded();
        throw err;
      }
      if (post) await onPosted(post);
    },
    adjustErrors: (errors) => {
      // A quoted post that went away is not the writer's fault: keep the text, drop the link to it.
      const { replyToPostId, ...fieldErrors } = errors.fieldErrors;
      if (!replyToPostId) return errors;
      onClearReplyTo();
      return { fieldErrors, formError: `${replyToPostId}. Your reply no longer points to it; post it again.` };
    },
  });

  const quotesSeen = useRef(quoteCount);
  useEffect(() => {
    const textarea = textareaRef.current;
    if (quoteCount === quotesSeen.current || !textarea) return;
    quotesSeen.current = quoteCount;
    textarea.focus({ preventScroll: true });
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    textarea.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [quoteCount]);

  return (
    <Form
      form={form}
      className="card composer"
      id="reply-box"
      aria-label="Reply to this thread"
      intro={thread.isLocked && <Alert tone="info">This thread is locked. As a moderator you can still reply.</Alert>}
    >
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
        {...form.field('body', onBodyChange)}
        onSubmitShortcut={() => void form.handleSubmit()}
      />
      <div className="form__actions">
        <SubmitButton form={form}>Post reply</SubmitButton>
        <span className="field__hint">Ctrl + Enter also posts</span>
      </div>
    </Form>
  );
}
