import { useEffect } from 'react';
import { App, Breadcrumb, Button, Card, Descriptions, Empty, Flex, List, Popconfirm, Space, Spin, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { api, call, callNoContent } from '../../../api/client.ts';
import type { PlaceDetail } from '../../../api/types.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { childKindOf } from './place-kinds.ts';

type Props = {
  id: number | null;
  version: number;
  onSelect: (id: number) => void;
  onCreateChild: (parent: PlaceDetail) => void;
  onEdit: (place: PlaceDetail) => void;
  onDeleted: (place: PlaceDetail) => void;
  /** Told the ancestors of each place shown, so the tree can open the path to it. */
  onShown: (ancestorIds: number[]) => void;
};

/** The right side: one place, its path, the orgs attached to it, its 党员中心户, and the changes. */
export function PlaceDetailPanel({ id, version, onSelect, onCreateChild, onEdit, onDeleted, onShown }: Props) {
  const { m } = useLocale();
  const { access } = useSession();
  const { message } = App.useApp();
  const detail = useRequest(async () => (id ? call(api.GET('/api/v1/places/{id}', { params: { path: { id } } })) : null), [id, version]);
  const shownPath = detail.data?.ancestors.map((a) => a.id).join('/');
  useEffect(() => {
    if (detail.data) onShown(detail.data.ancestors.map((a) => a.id));
    // Only a new path matters, not a new callback.
  }, [shownPath]);

  if (!id) {
    return (
      <Card variant="borderless">
        <Empty description={m.places.selectHint} style={{ marginTop: 80, marginBottom: 80 }} />
      </Card>
    );
  }
  if (detail.error) return <LoadError error={detail.error} onRetry={detail.reload} />;
  const place = detail.data;
  if (!place) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  const childKind = childKindOf(place.kind);

  const remove = async () => {
    try {
      await callNoContent(api.DELETE('/api/v1/places/{id}', { params: { path: { id: place.id } } }));
      message.success(m.places.deleted);
      onDeleted(place);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Card
      variant="borderless"
      data-testid="place-detail"
      title={
        <Flex vertical gap={4} style={{ padding: '12px 0' }}>
          <Breadcrumb items={[...place.ancestors.map((a) => ({ key: a.id, title: <a onClick={() => onSelect(a.id)}>{a.name}</a> })), { key: place.id, title: place.name }]} />
          <Flex align="center" gap={8}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {place.name}
            </Typography.Title>
            <Tag color="red">{m.placeKind[place.kind]}</Tag>
          </Flex>
        </Flex>
      }
    >
      {access.canWritePlaces && (
        <Space wrap style={{ marginBottom: 16 }}>
          {childKind && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => onCreateChild(place)}>
              {fmt(m.places.createChild, { kind: m.placeKind[childKind] })}
            </Button>
          )}
          <Button icon={<EditOutlined />} onClick={() => onEdit(place)}>
            {m.places.edit}
          </Button>
          <Popconfirm title={fmt(m.places.deleteConfirm, { name: place.name })} onConfirm={() => void remove()} okButtonProps={{ danger: true }} styles={{ root: { maxWidth: 360 } }}>
            <Button danger icon={<DeleteOutlined />} disabled={place.childCount > 0}>
              {m.places.delete}
            </Button>
          </Popconfirm>
        </Space>
      )}
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'code', label: m.places.code, children: place.code },
          { key: 'kind', label: m.places.kind, children: m.placeKind[place.kind] },
          { key: 'address', label: m.places.address, span: 2, children: place.address ?? '—' },
          { key: 'org', label: m.places.org, children: place.orgName ?? (place.orgId ? `#${place.orgId}` : '—') },
          { key: 'childCount', label: m.places.childCount, children: place.childCount },
          ...(place.kind === 'household'
            ? [{ key: 'center', label: m.places.centerMember, span: 2, children: place.centerMemberName ? <Tag color="red">{place.centerMemberName}</Tag> : '—' }]
            : []),
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {m.places.attachedOrgs}
      </Typography.Title>
      <List
        size="small"
        bordered
        dataSource={place.orgs}
        locale={{ emptyText: m.common.none }}
        renderItem={(org) => (
          <List.Item>
            {access.canReadOrgs ? <Link to={`/fortress/orgs?id=${org.id}`}>{org.name}</Link> : org.name}
          </List.Item>
        )}
      />
    </Card>
  );
}
