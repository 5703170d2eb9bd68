import { useState } from 'react';
import { Button, Card, Checkbox, DatePicker, Flex, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, call } from '../../../api/client.ts';
import type { ContactVisit } from '../../../api/types.ts';
import { fromIsoDate, isAfterToday, toIsoDate } from '../../../components/dates.ts';
import { EnterprisePicker } from '../../../components/enterprise-picker.tsx';
import { PagedTable } from '../../../components/paged-table.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useQueryParams } from '../../../components/use-query-params.ts';
import { useRequest } from '../../../components/use-request.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { VisitFormModal } from './visit-form-modal.tsx';

/** 红色头雁 → 走访记录: visits in the caller's scope (and their own), filtered by period, enterprise, link or visitor. */
export function VisitsPage() {
  const { m } = useLocale();
  const { access, me } = useSession();
  const params = useQueryParams();
  const from = params.get('from');
  const to = params.get('to');
  const enterpriseId = params.getNumber('enterpriseId');
  const linkId = params.getNumber('linkId');
  const visitorUserId = params.getNumber('visitorUserId');
  const page = params.getNumber('page') ?? 1;
  const pageSize = params.getNumber('pageSize') ?? 20;
  const [version, setVersion] = useState(0);
  const [isLogging, setIsLogging] = useState(false);
  const list = useRequest(
    () => call(api.GET('/api/v1/contact-visits', { params: { query: { from, to, enterpriseId, linkId, visitorUserId, page, pageSize } } })),
    [from, to, enterpriseId, linkId, visitorUserId, page, pageSize, version],
  );
  const filter = (patch: Record<string, string | number | undefined>) => params.set({ ...patch, page: undefined });
  return (
    <>
      <PageHeader
        title={m.menu.visits}
        subTitle={m.menu.leadGeese}
        extra={
          access.canWriteVisits && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsLogging(true)} data-testid="log-visit">
              {m.contacts.logVisit}
            </Button>
          )
        }
      />
      <Card variant="borderless">
        <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
          <DatePicker.RangePicker
            value={[fromIsoDate(from), fromIsoDate(to)]}
            disabledDate={isAfterToday}
            placeholder={[m.contacts.period, m.contacts.period]}
            onChange={(range) => filter({ from: toIsoDate(range?.[0]), to: toIsoDate(range?.[1]) })}
          />
          <div style={{ width: 300 }}>
            <EnterprisePicker value={enterpriseId ?? null} onChange={(id) => filter({ enterpriseId: id ?? undefined })} placeholder={m.contacts.enterprise} style={{ width: '100%' }} />
          </div>
          {me && (
            <Checkbox checked={visitorUserId === me.userId} onChange={(e) => filter({ visitorUserId: e.target.checked ? me.userId : undefined })}>
              {m.contacts.myVisits}
            </Checkbox>
          )}
          {linkId && (
            <Tag closable color="volcano" onClose={() => filter({ linkId: undefined })}>
              {m.contacts.viaLink} #{linkId}
            </Tag>
          )}
        </Flex>
        <PagedTable<ContactVisit>
          testId="visit-table"
          list={list}
          page={page}
          pageSize={pageSize}
          onPageChange={(nextPage, nextSize) => params.set({ page: nextPage, pageSize: nextSize })}
          onOpen={(v) => filter({ visitorUserId: v.visitorUserId })}
          columns={[
            { title: m.contacts.visitedOn, dataIndex: 'visitedOn', width: 110 },
            { title: m.contacts.visitor, dataIndex: 'visitorName', width: 120 },
            { title: m.contacts.visitTarget, key: 'target', width: 240, ellipsis: true, render: (_: unknown, v: ContactVisit) => v.enterpriseName ?? v.placeName ?? '—' },
            { title: m.contacts.peopleMet, dataIndex: 'peopleMet', width: 140, ellipsis: true },
            { title: m.contacts.findings, dataIndex: 'findings', ellipsis: true },
          ]}
        />
      </Card>
      {isLogging && (
        <VisitFormModal
          onClose={() => setIsLogging(false)}
          onDone={() => {
            setIsLogging(false);
            setVersion((v) => v + 1);
          }}
        />
      )}
    </>
  );
}
