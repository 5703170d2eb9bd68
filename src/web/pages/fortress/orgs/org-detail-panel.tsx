import { useEffect } from 'react';
import { Alert, Breadcrumb, Card, Descriptions, Empty, Flex, Spin, Tag, Timeline, Typography } from 'antd';
import { api, call } from '../../../api/client.ts';
import type { OrgDetail } from '../../../api/types.ts';
import { lastDayOf } from '../../../components/dates.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { MemberName } from '../../../components/member-name.tsx';
import { PlaceName } from '../../../components/place-name.tsx';
import type { Access } from '../../../access.ts';
import { useSession } from '../../../session/use-session.ts';
import { useRequest } from '../../../components/use-request.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import type { Messages } from '../../../i18n/zh-CN.ts';
import { OrgActions } from './org-actions.tsx';

type Props = {
  id: number | null;
  asOf: string | undefined;
  /** Bumped by the page after a change so the detail is read again. */
  version: number;
  canWrite: boolean;
  onSelect: (id: number) => void;
  onChanged: (change: { selectId?: number; reloadLevels?: number[] }) => void;
  /** Told the ancestors of each org shown, so the tree can open the path to it. */
  onShown: (ancestorIds: number[]) => void;
};

/** The right side: one org's fields, its ancestors, its dated history, and the changes the user may make. */
export function OrgDetailPanel({ id, asOf, version, canWrite, onSelect, onChanged, onShown }: Props) {
  const { m } = useLocale();
  const { access } = useSession();
  const detail = useRequest(async () => (id ? call(api.GET('/api/v1/orgs/{id}', { params: { path: { id }, query: { asOf } } })) : null), [id, asOf, version]);
  // The tree starts over on another date, so the path is opened again then too.
  const shownPath = detail.data ? `${asOf ?? ''}:${detail.data.ancestors.map((a) => a.id).join('/')}` : undefined;
  useEffect(() => {
    if (detail.data) onShown(detail.data.ancestors.map((a) => a.id));
    // Only a new path matters, not a new callback.
  }, [shownPath]);

  if (!id) {
    return (
      <Card variant="borderless" style={{ height: '100%' }}>
        <Empty description={m.orgs.selectHint} style={{ marginTop: 80 }} />
      </Card>
    );
  }
  if (detail.error) return <LoadError error={detail.error} onRetry={detail.reload} />;
  const org = detail.data;
  if (!org) return <Spin style={{ display: 'block', marginTop: 80 }} />;

  return (
    <Card
      variant="borderless"
      data-testid="org-detail"
      loading={detail.isLoading && org.id !== id}
      title={
        <Flex vertical gap={4} style={{ padding: '12px 0' }}>
          <Breadcrumb
            items={[
              ...org.ancestors.map((a) => ({ key: a.id, title: <a onClick={() => onSelect(a.id)}>{a.name}</a> })),
              { key: org.id, title: org.shortName ?? org.name },
            ]}
          />
          <Flex align="center" gap={8} wrap>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {org.name}
            </Typography.Title>
            <Tag color="red">{m.orgKind[org.kind]}</Tag>
            {org.category && <Tag color="volcano">{m.orgCategory[org.category]}</Tag>}
            {org.dissolvedOn && <Tag>{m.orgs.dissolved}</Tag>}
          </Flex>
        </Flex>
      }
    >
      {asOf && <Alert type="info" showIcon title={fmt(m.common.historyViewNote, { date: asOf })} style={{ marginBottom: 16 }} />}
      {canWrite && !asOf && !org.dissolvedOn && <OrgActions org={org} onChanged={onChanged} />}
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={fieldsOf(org, m, access)} />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {m.orgs.history}
      </Typography.Title>
      <Timeline items={historyOf(org, m)} style={{ marginTop: 12 }} />
    </Card>
  );
}

const dash = '—';

function fieldsOf(org: OrgDetail, m: Messages, access: Access) {
  const parent = org.ancestors.at(-1);
  return [
    { key: 'code', label: m.orgs.code, children: org.code },
    { key: 'shortName', label: m.orgs.shortName, children: org.shortName ?? dash },
    { key: 'kind', label: m.orgs.kind, children: m.orgKind[org.kind] },
    { key: 'category', label: m.orgs.category, children: org.category ? m.orgCategory[org.category] : dash },
    { key: 'parent', label: m.orgs.parent, children: parent?.name ?? (org.parentId ? `#${org.parentId}` : dash) },
    { key: 'childCount', label: m.orgs.childCount, children: org.childCount },
    { key: 'foundedOn', label: m.orgs.foundedOn, children: org.foundedOn },
    { key: 'dissolvedOn', label: m.orgs.dissolvedOn, children: org.dissolvedOn ?? dash },
    { key: 'hostUnitKind', label: m.orgs.hostUnitKind, children: org.hostUnitKind ? m.hostUnitKind[org.hostUnitKind] : dash },
    { key: 'hostUnitName', label: m.orgs.hostUnitName, children: org.hostUnitName ?? dash },
    { key: 'secretary', label: m.orgs.secretary, children: org.secretaryMemberId ? access.canReadMembers ? <MemberName id={org.secretaryMemberId} /> : `#${org.secretaryMemberId}` : dash },
    { key: 'place', label: m.orgs.place, children: org.placeId ? access.canReadPlaces ? <PlaceName id={org.placeId} /> : `#${org.placeId}` : dash },
  ];
}

function changeLabel(change: string, m: Messages): string {
  const labels: Record<string, string> = m.orgChange;
  return labels[change] ?? change;
}

function historyOf(org: OrgDetail, m: Messages) {
  const items = org.history.map((v, i) => ({
    key: `${v.validFrom}-${i}`,
    color: i === org.history.length - 1 && !org.dissolvedOn ? 'red' : 'gray',
    content: (
      <Flex vertical gap={2}>
        <Typography.Text strong>
          {v.validFrom} {changeLabel(v.change, m)}
          <Typography.Text type="secondary" style={{ fontWeight: 'normal', marginInlineStart: 8 }}>
            {v.validTo ? fmt(m.orgs.until, { date: lastDayOf(v.validTo) }) : m.orgs.current}
          </Typography.Text>
        </Typography.Text>
        <Typography.Text>
          {v.name} · {m.orgKind[v.kind]}
          {v.parentName && <Typography.Text type="secondary"> · {m.orgs.parent} {v.parentName}</Typography.Text>}
        </Typography.Text>
        {v.note && <Typography.Text type="secondary">{v.note}</Typography.Text>}
      </Flex>
    ),
  }));
  if (org.dissolvedOn) {
    items.push({
      key: 'dissolved',
      color: 'gray',
      content: (
        <Typography.Text strong>
          {org.dissolvedOn} {m.orgChange.dissolve}
        </Typography.Text>
      ),
    });
  }
  return items.reverse();
}
