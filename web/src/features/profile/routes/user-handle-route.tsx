import { useParams } from 'react-router';
import { PublicProfile } from '../components/public-profile';

/** `/u/:handle`: the same profile by @handle; @mentions in posts link here. */
export function UserHandleRoute() {
  const { handle = '' } = useParams();
  return <PublicProfile key={handle} by={{ handle: handle.replace(/^@/, '').toLowerCase() }} />;
}
