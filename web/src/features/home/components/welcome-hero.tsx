import { Link } from 'react-router';
import type { Viewer } from '../../../lib/viewer';

interface WelcomeHeroProps {
  viewer: Viewer | null;
}

export function WelcomeHero({ viewer }: WelcomeHeroProps) {
  return (
    <section className="hero" aria-labelledby="hero-title">
      <p className="hero__eyebrow">The Threadline customer community</p>
      <h1 id="hero-title" className="hero__title">
        {viewer ? `Welcome back, ${viewer.displayName}` : 'Get answers from people who use what you use'}
      </h1>
      <p className="hero__lead">
        Threadline brings together community forums, user groups, answers from staff and experts, search before you
        post, and support tickets — so every question finds the right people.
      </p>
      <div className="hero__actions">
        {viewer ? (
          <Link className="button button--primary" to="/profile">
            Go to your profile
          </Link>
        ) : (
          <>
            <Link className="button button--primary" to="/sign-up">
              Join the community
            </Link>
            <Link className="button button--secondary" to="/sign-in">
              I already have an account
            </Link>
          </>
        )}
      </div>
    </section>
  );
}
