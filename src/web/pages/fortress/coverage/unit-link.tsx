import { Link } from 'react-router';
import { useSession } from '../../../session/use-session.ts';

/** A unit's name, linking to its detail on the enterprises page when the user may open it. */
export function UnitLink({ id, name }: { id: number; name: string }) {
  const { access } = useSession();
  return access.canReadEnterprises ? <Link to={`/fortress/enterprises?id=${id}`}>{name}</Link> : <>{name}</>;
}
