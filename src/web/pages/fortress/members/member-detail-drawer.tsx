import { useState } from 'react';
import { Button, Descriptions, Drawer, Space, Spin, Table, Tag, Typography } from 'antd';
import { EditOutlined, LogoutOutlined, SwapOutlined } from '@ant-design/icons';
import { api, call } from '../../../api/client.ts';
import type { MemberDetail, Membership } from '../../../api/types.ts';
import { lastDayOf } from '../../../components/dates.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { PlaceName } from '../../../components/place-name.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { MemberFormModal } from './member-form-modal.tsx';
import { MemberLeaveModal } from './member-leave-modal.tsx';
import { MemberSecret } from './member-secret.tsx';
import { MemberTransferModal } from './member-transfer-modal.tsx';

type Props = { id: number | null; version: number; onClose: () => void; onChanged: () => void };
type Open = 'edit' | 'transfer' | 'leave' | null;

/** One member: personal fields (masked, revealable with members.reveal), membership history, and the changes. */
export function MemberDetailDrawer({ id, version, onClose, onChanged }: Props) {
  const { m } = useLocale();
  const { access } = useSession();
  const [open, setOpen] = useState<Open>(null);
  const [ownVersion, setOwnVersion] = useState(0);
  const detail = useRequest(async () => (id ? call(api.GET('/api/v1/members/{id}', { params: { path: { id } } })) : null), [id, version, ownVersion]);
  const member = detail.data && detail.data.id === id ? detail.data : null;
  const changed = () => {
    setOpen(null);
    setOwnVersion((v) => v + 1);
    onChanged();
  };

  return (
    <Drawer open={id !== null} onClose={onClose} size={720} title={member ? member.name : m.common.detail} data-testid="member-drawer" destroyOnHidden>
      {detail.error ? (
        <LoadError error={detail.error} onRetry={detail.reload} />
      ) : !member ? (
        <Spin style={{ display: 'block', marginTop: 80 }} />
      ) : (
        <>
          {access.canWriteMembers && member.isCurrent && (
            <Space wrap style={{ marginBottom: 16 }}>
              <Button icon={<EditOutlined />} onClick={() => setOpen('edit')}>
                {m.members.edit}
              </Button>
              <Button icon={<SwapOutlined />} onClick={() => setOpen('transfer')}>
                {m.members.transfer}
              </Button>
              <Button danger icon={<LogoutOutlined />} onClick={() => setOpen('leave')}>
                {m.members.leave}
              </Button>
            </Space>
          )}
          <Descriptions bordered size="small" column={2} items={fieldsOf(member, m, access.canRevealMembers, access.canReadPlaces)} />
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {m.members.memberships}
          </Typography.Title>
          <Table<Membership>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={[...member.memberships].reverse()}
            columns={[
              { title: m.members.org, dataIndex: 'orgName', render: (name: string | null, p) => name ?? `#${p.orgId}` },
              { title: m.members.from, dataIndex: 'validFrom', width: 105 },
              { title: m.members.to, dataIndex: 'validTo', width: 105, render: (to: string | null) => (to ? lastDayOf(to) : m.orgs.current) },
              { title: m.members.startReason, dataIndex: 'startReason', width: 80, render: (r: Membership['startReason']) => m.startReason[r] },
              { title: m.members.endReason, dataIndex: 'endReason', width: 100, render: (r: Membership['endReason']) => (r ? m.endReason[r] : '—') },
              { title: m.common.note, dataIndex: 'note', width: 90, ellipsis: { showTitle: true }, render: (n: string | null) => n ?? '' },
            ]}
          />
          {open === 'edit' && <MemberFormModal member={member} onClose={() => setOpen(null)} onSaved={changed} />}
          {open === 'transfer' && <MemberTransferModal member={member} onClose={() => setOpen(null)} onDone={changed} />}
          {open === 'leave' && <MemberLeaveModal member={member} onClose={() => setOpen(null)} onDone={changed} />}
        </>
      )}
    </Drawer>
  );
}

function fieldsOf(member: MemberDetail, m: ReturnType<typeof useLocale>['m'], canReveal: boolean, canReadPlaces: boolean) {
  return [
    { key: 'name', label: m.members.name, children: member.name },
    { key: 'pinyin', label: m.members.namePinyin, children: member.namePinyin },
    { key: 'sex', label: m.members.sex, children: m.sex[member.sex] },
    { key: 'birthDate', label: m.members.birthDate, children: member.birthDate },
    { key: 'ethnicity', label: m.members.ethnicity, children: member.ethnicity ?? '—' },
    { key: 'education', label: m.members.education, children: member.education ?? '—' },
    { key: 'idNumber', label: m.members.idNumber, span: 2, children: <MemberSecret memberId={member.id} field="idNumber" masked={member.idNumberMasked} canReveal={canReveal} /> },
    {
      key: 'phone',
      label: m.members.phone,
      span: 2,
      children: member.phoneMasked ? <MemberSecret memberId={member.id} field="phone" masked={member.phoneMasked} canReveal={canReveal} /> : m.members.noPhone,
    },
    { key: 'status', label: m.members.status, children: <Tag color={member.status === 'full' ? 'red' : 'orange'}>{m.memberStatus[member.status]}</Tag> },
    { key: 'joinedOn', label: m.members.joinedOn, children: member.joinedOn },
    { key: 'convertedOn', label: m.members.convertedOn, children: member.convertedOn ?? '—' },
    { key: 'post', label: m.members.post, children: member.post ?? '—' },
    { key: 'org', label: m.members.org, span: 2, children: member.orgName ?? (member.orgId ? `#${member.orgId}` : '—') },
    { key: 'isCurrent', label: m.members.isCurrent, children: member.isCurrent ? <Tag color="green">{m.members.current}</Tag> : <Tag>{m.members.former}</Tag> },
    {
      key: 'household',
      label: m.members.household,
      children: member.householdId ? canReadPlaces ? <PlaceName id={member.householdId} /> : `#${member.householdId}` : '—',
    },
  ];
}
