import { Link } from 'react-router';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>© {new Date().getFullYear()} Threadline · A customer community for questions, answers and support.</p>
        <nav aria-label="Footer">
          <ul>
            <li>
              <Link to="/">Forums</Link>
            </li>
            <li>
              <Link to="/profile">Your profile</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
