// Runs in a worker thread (piscina): rendering and diffing can take seconds on hostile input (a 30 KB Markdown
// table took 1.5 s), and no request may hold the event loop for more than 100 ms (issue 6).
import { renderMarkdown, type RenderOptions } from './domain/render';
import { diffText } from './domain/text-diff';

export function render(job: { source: string; knownHandles: string[]; options: RenderOptions }) {
  return renderMarkdown(job.source, new Set(job.knownHandles), job.options);
}

export function diff(job: { before: string; after: string }) {
  return diffText(job.before, job.after);
}

// piscina loads the default export when a worker starts, before any named task runs.
export default render;
