import { Tag } from 'antd';
import type { Org } from '../../../api/types.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

/** An org as the tree and lists show it: its short name (full name on hover) and its kind. */
export function OrgTitle({ org }: { org: Pick<Org, 'name' | 'shortName' | 'kind' | 'dissolvedOn'> }) {
  const { m } = useLocale();
  return (
    <span title={org.name}>
      {org.shortName ?? org.name}
      <Tag bordered={false} color={org.kind === 'branch' || org.kind === 'joint_branch' || org.kind === 'group' ? 'default' : 'red'} style={{ marginInlineStart: 6, fontSize: 11, lineHeight: '18px', paddingInline: 4 }}>
        {m.orgKind[org.kind]}
      </Tag>
      {org.dissolvedOn && <Tag color="default">{m.orgs.dissolved}</Tag>}
    </span>
  );
}
