/** The forum list's heading, under the home page's h1 (staff manage forums in /admin/forums). */
export function ForumListHeader() {
  return (
    <header className="page-header">
      <h2 id="forum-list-title">Forums</h2>
      <p className="page-header__lead">Pick a forum to ask a question or help someone else.</p>
    </header>
  );
}
