import { useParams } from 'react-router';
import { PublicProfile } from '../components/public-profile';

/** `/users/:id`: a member's public profile. */
export function UserProfileRoute() {
  const { id = '' } = useParams();
  return <PublicProfile key={id} by={{ id }} />;
}
