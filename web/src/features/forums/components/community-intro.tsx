import { Link } from 'react-router';

/** A compact welcome above the forum list, for visitors who are not signed in yet. */
export function CommunityIntro() {
  return (
    <section className="community-intro" aria-labelledby="community-intro-title">
      <div>
        <p className="community-intro__eyebrow">The Threadline customer community</p>
        <h2 id="community-intro-title" className="community-intro__title">
          Get answers from people who use what you use
        </h2>
        <p className="community-intro__lead">
          Ask questions, share workarounds and find answers marked by the people who asked — with staff and experts badged so you know who is talking.
        </p>
      </div>
      <div className="community-intro__actions">
        <Link className="button button--primary" to="/sign-up">
          Join the community
        </Link>
        <Link className="button button--secondary" to="/sign-in">
          Sign in
        </Link>
      </div>
    </section>
  );
}
