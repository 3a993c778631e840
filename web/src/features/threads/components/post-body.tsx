import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';

interface PostBodyProps {
  /** Sanitized HTML from the server (Post.bodyHtml, previewMarkdown). Never pass Markdown source here. */
  html: string;
  className?: string;
}

/**
 * A post's rendered body. The HTML was sanitized by the server with a closed allow-list, which is
 * why it may be inserted as is. Links inside to this site (mentions go to /u/handle, threads to
 * /t/id) navigate within the app instead of reloading it.
 */
export function PostBody({ html, className }: PostBodyProps) {
  const navigate = useNavigate();

  function onClick(event: MouseEvent<HTMLDivElement>) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element).closest('a');
    const href = anchor?.getAttribute('href');
    if (!anchor || !href || !href.startsWith('/') || href.startsWith('//')) return;
    event.preventDefault();
    navigate(href);
  }

  return (
    // The click handler only routes clicks on the links inside; the links themselves stay keyboard-operable.
    <div className={['prose', className].filter(Boolean).join(' ')} onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />
  );
}
