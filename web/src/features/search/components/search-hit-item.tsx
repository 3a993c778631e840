import { Link } from 'react-router';
import { RelativeTime } from '../../../components/ui/relative-time';
import { TagList } from '../../../components/ui/tag-list';
import type { SearchHitFieldsFragment } from '../../../gql/graphql';
import { Highlighted, HitBadges, snippetSourceLabel } from './hit-parts';

interface SearchHitItemProps {
  hit: SearchHitFieldsFragment;
  selectedTag: string | null;
  onSelectTag: (tag: string) => void;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

export function SearchHitItem({ hit, selectedTag, onSelectTag }: SearchHitItemProps) {
  const { thread } = hit;
  return (
    <li className="search-hit" data-thread-id={thread.id}>
      <div className="search-hit__heading">
        <h3 className="search-hit__title">
          <Link to={`/t/${thread.id}`}>
            <Highlighted html={hit.titleHtml} />
          </Link>
        </h3>
        <HitBadges thread={thread} />
      </div>
      {hit.snippetHtml && (
        <p className="search-hit__snippet">
          <span className="search-hit__source">{snippetSourceLabel(hit.snippetSource)}:</span> <Highlighted html={hit.snippetHtml} />
        </p>
      )}
      <div className="search-hit__meta">
        <span>
          in <Link to={`/f/${thread.forum.slug}`}>{thread.forum.name}</Link>
        </span>
        <span>{plural(thread.replyCount, 'reply', 'replies')}</span>
        <span>
          active <RelativeTime value={thread.lastActivityAt} />
        </span>
        <TagList tags={thread.tags} onSelect={onSelectTag} selected={selectedTag} label={`${thread.title}: tagged`} />
      </div>
    </li>
  );
}
