import { Link } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { useRequest } from '../../../components/use-request.ts';

/** Members in force in one bound org's subtree (or the whole scope), linking to that roster. */
export function OrgMemberCount({ orgId, asOf }: { orgId: number | null; asOf: string }) {
  const count = useRequest(() => call(api.GET('/api/v1/members-count', { params: { query: { orgId: orgId ?? undefined, asOf } } })), [orgId, asOf]);
  if (count.error) return <>—</>;
  if (!count.data) return <>…</>;
  return <Link to={orgId ? `/fortress/members?orgId=${orgId}` : '/fortress/members'}>{count.data.count.toLocaleString()}</Link>;
}
