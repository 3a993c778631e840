/** The forum list's heading (staff manage forums in /admin/forums). */
export function ForumListHeader() {
  return (
    <header className="page-header">
      <h1 id="forum-list-title" tabIndex={-1}>
        Forums
      </h1>
      <p className="page-header__lead">Pick a forum to ask a question or help someone else.</p>
    </header>
  );
}
