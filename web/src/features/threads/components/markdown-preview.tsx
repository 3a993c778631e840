import { useQuery } from '@apollo/client/react';
import { LoadingState } from '../../../components/ui/loading-state';
import { describeError } from '../../../lib/graphql-errors';
import { PreviewMarkdownQuery } from '../api/thread-operations';
import { PostBody } from './post-body';

/** The text rendered by the server exactly as a post would be; fetched each time the preview opens. */
export function MarkdownPreview({ body }: { body: string }) {
  const empty = !body.trim();
  const { data, error, loading } = useQuery(PreviewMarkdownQuery, { variables: { body }, fetchPolicy: 'network-only', skip: empty });

  if (loading) return <LoadingState label="Rendering preview…" />;
  if (error) return <p className="field__error">{describeError(error)}</p>;
  const html = empty ? '' : (data?.previewMarkdown ?? '');
  if (!html) return <p className="muted">Nothing to preview yet.</p>;
  return <PostBody html={html} />;
}
