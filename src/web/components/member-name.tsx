import { api, call } from '../api/client.ts';
import { useRequest } from './use-request.ts';

/** A member's name, read from the members API; their id when it cannot be read (e.g. outside the user's scope). */
export function MemberName({ id }: { id: number }) {
  const member = useRequest(() => call(api.GET('/api/v1/members/{id}', { params: { path: { id } } })), [id]);
  if (!member.data) return <>{member.error ? `#${id}` : '…'}</>;
  return <>{member.data.name}</>;
}
