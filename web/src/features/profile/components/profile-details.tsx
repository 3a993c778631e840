import { Link } from 'react-router';
import { PillList } from '../../../components/ui/pill-list';
import { formatDate } from '../../../lib/format-date';
import type { Viewer } from '../../../lib/viewer';

interface ProfileDetailsProps {
  viewer: Viewer;
}

export function ProfileDetails({ viewer }: ProfileDetailsProps) {
  return (
    <section className="card" aria-labelledby="profile-details-title">
      <h2 id="profile-details-title" className="card__title">
        Your account
      </h2>
      <p className="card__description">
        This is what you see. Other members see your display name, badges and join date on <Link to={`/u/${viewer.handle}`}>your public profile</Link>.
      </p>
      <dl className="details">
        <dt>Display name</dt>
        <dd>{viewer.displayName}</dd>
        <dt>Handle</dt>
        <dd>
          @{viewer.handle} <span className="muted">(people mention you with it)</span>
        </dd>
        <dt>Email</dt>
        <dd>{viewer.email ?? '—'}</dd>
        <dt>Organization</dt>
        <dd>
          {viewer.organization ? (
            <>
              {viewer.organization.name} <span className="muted">({viewer.organization.plan === 'ENTERPRISE' ? 'Enterprise' : 'Standard'} plan)</span>
            </>
          ) : (
            <span className="muted">Not part of a customer organization</span>
          )}
        </dd>
        <dt>Roles</dt>
        <dd>
          <PillList items={viewer.roles} label="Roles" empty="No roles" />
        </dd>
        <dt>Badges</dt>
        <dd>
          <PillList items={viewer.badges} label="Badges" accent empty="No badges yet" />
        </dd>
        <dt>Member since</dt>
        <dd>{formatDate(viewer.createdAt)}</dd>
      </dl>
    </section>
  );
}
