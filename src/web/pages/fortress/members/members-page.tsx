import { useState } from 'react';
import { Button, Card, DatePicker, Flex, Input, Select, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, call } from '../../../api/client.ts';
import type { MemberListItem, MemberStatus } from '../../../api/types.ts';
import { fromIsoDate, isAfterToday, toIsoDate } from '../../../components/dates.ts';
import { OrgPicker } from '../../../components/org-picker.tsx';
import { PagedTable } from '../../../components/paged-table.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useQueryParams } from '../../../components/use-query-params.ts';
import { useRequest } from '../../../components/use-request.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { MemberDetailDrawer } from './member-detail-drawer.tsx';
import { MemberFormModal } from './member-form-modal.tsx';

const statuses: MemberStatus[] = ['full', 'probationary'];

/** 红色堡垒 → 党员: the roster as of a date, filtered by org subtree, name/pinyin and status; personal data masked. */
export function MembersPage() {
  const { m } = useLocale();
  const { access } = useSession();
  const params = useQueryParams();
  const orgId = params.getNumber('orgId');
  const q = params.get('q');
  const status = statuses.find((s) => s === params.get('status'));
  const asOf = params.get('asOf');
  const page = params.getNumber('page') ?? 1;
  const pageSize = params.getNumber('pageSize') ?? 20;
  const openedId = params.getNumber('id');
  const [isCreating, setIsCreating] = useState(false);
  const [version, setVersion] = useState(0);

  const list = useRequest(
    () => call(api.GET('/api/v1/members', { params: { query: { orgId, q, status, asOf, page, pageSize } } })),
    [orgId, q, status, asOf, page, pageSize, version],
  );
  // Changing a filter goes back to the first page.
  const filter = (patch: Record<string, string | number | undefined>) => params.set({ ...patch, page: undefined });

  return (
    <>
      <PageHeader
        title={m.menu.members}
        subTitle={m.menu.fortress}
        extra={
          access.canWriteMembers && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)} data-testid="member-create">
              {m.members.create}
            </Button>
          )
        }
      />
      <Card variant="borderless">
        <Flex wrap gap={12} style={{ marginBottom: 16 }}>
          <OrgPicker value={orgId} onChange={(value) => filter({ orgId: value })} placeholder={m.members.allOrgs} style={{ width: 260 }} data-testid="member-org-filter" />
          <Input.Search allowClear defaultValue={q} placeholder={m.members.searchPlaceholder} onSearch={(value) => filter({ q: value.trim() })} style={{ width: 320 }} data-testid="member-search" />
          <Select
            allowClear
            value={status}
            placeholder={m.members.allStatuses}
            onChange={(value: MemberStatus | undefined) => filter({ status: value })}
            options={statuses.map((s) => ({ value: s, label: m.memberStatus[s] }))}
            style={{ width: 140 }}
          />
          <DatePicker value={fromIsoDate(asOf)} onChange={(value) => filter({ asOf: toIsoDate(value) })} disabledDate={isAfterToday} placeholder={m.common.asOf} />
          <Button onClick={() => params.set({ orgId: undefined, q: undefined, status: undefined, asOf: undefined, page: undefined })}>{m.common.reset}</Button>
        </Flex>
        <PagedTable<MemberListItem>
          testId="member-table"
          list={list}
          page={page}
          pageSize={pageSize}
          onPageChange={(nextPage, nextSize) => params.set({ page: nextPage, pageSize: nextSize })}
          onOpen={(member) => params.set({ id: member.id })}
          columns={[
            { title: m.members.name, dataIndex: 'name', width: 110, render: (name: string) => <a>{name}</a> },
            { title: m.members.sex, dataIndex: 'sex', width: 70, render: (sex: MemberListItem['sex']) => m.sex[sex] },
            { title: m.members.birthDate, dataIndex: 'birthDate', width: 120 },
            { title: m.members.idNumber, dataIndex: 'idNumberMasked', width: 200, render: (v: string) => <Typography.Text style={{ fontFamily: 'monospace' }}>{v}</Typography.Text> },
            { title: m.members.phone, dataIndex: 'phoneMasked', width: 140, render: (v: string | null) => (v ? <Typography.Text style={{ fontFamily: 'monospace' }}>{v}</Typography.Text> : '—') },
            {
              title: m.members.status,
              dataIndex: 'status',
              width: 110,
              render: (s: MemberStatus) => <Tag color={s === 'full' ? 'red' : 'orange'}>{m.memberStatus[s]}</Tag>,
            },
            { title: m.members.joinedOn, dataIndex: 'joinedOn', width: 120 },
            { title: m.members.org, dataIndex: 'orgName', ellipsis: true, render: (name: string | null, row) => name ?? `#${row.orgId}` },
            { title: m.members.post, dataIndex: 'post', width: 110, render: (v: string | null) => v ?? '—' },
          ]}
        />
      </Card>
      <MemberDetailDrawer id={openedId ?? null} version={version} onClose={() => params.set({ id: undefined })} onChanged={() => setVersion((v) => v + 1)} />
      {isCreating && (
        <MemberFormModal
          member={null}
          defaultOrgId={orgId}
          onClose={() => setIsCreating(false)}
          onSaved={(saved) => {
            setIsCreating(false);
            setVersion((v) => v + 1);
            params.set({ id: saved.id });
          }}
        />
      )}
    </>
  );
}
