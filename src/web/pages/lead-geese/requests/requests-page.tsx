import { useState } from 'react';
import { Button, Card, Checkbox, Flex, Input, Select, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, call } from '../../../api/client.ts';
import { PagedTable } from '../../../components/paged-table.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useQueryParams } from '../../../components/use-query-params.ts';
import { useRequest } from '../../../components/use-request.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { RequestDrawer } from './request-drawer.tsx';
import { type RequestListItem, type RequestStatus, parkMinute, requestStatuses, statusColors } from './request-types.ts';
import { SubmitRequestModal } from './submit-request-modal.tsx';

type View = 'mine' | 'handle' | 'all';

/**
 * 红色头雁 → 诉求办理: the request inbox per role — an enterprise contact submits and follows their own, a handler
 * works what is theirs to handle, everyone sees all in their reach — with overdue requests marked.
 */
export function RequestsPage() {
  const { m, locale } = useLocale();
  const { access } = useSession();
  const params = useQueryParams();
  const views: View[] = [...(access.canWriteRequests ? (['mine'] as const) : []), ...(access.canHandleRequests ? (['handle'] as const) : []), 'all'];
  const defaultView: View = access.canHandleRequests ? 'handle' : access.canWriteRequests ? 'mine' : 'all';
  const view = views.find((v) => v === params.get('view')) ?? defaultView;
  const status = requestStatuses.find((s) => s === params.get('status'));
  const categoryCode = params.get('category');
  const q = params.get('q');
  const overdue = params.get('overdue') === 'true';
  const escalated = params.get('escalated') === 'true';
  const page = params.getNumber('page') ?? 1;
  const pageSize = params.getNumber('pageSize') ?? 20;
  const openedId = params.getNumber('id');
  const [version, setVersion] = useState(0);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const categories = useRequest(() => call(api.GET('/api/v1/request-categories')), []);
  const list = useRequest(
    () =>
      call(
        api.GET('/api/v1/requests', {
          params: { query: { view, status, categoryCode, q, overdue: overdue ? 'true' : undefined, escalated: escalated ? 'true' : undefined, page, pageSize } },
        }),
      ),
    [view, status, categoryCode, q, overdue, escalated, page, pageSize, version],
  );
  const filter = (patch: Record<string, string | number | undefined>) => params.set({ ...patch, page: undefined });
  const tabLabel: Record<View, string> = { mine: m.requests.tabMine, handle: m.requests.tabHandle, all: m.requests.tabAll };

  return (
    <>
      <PageHeader
        title={m.menu.requests}
        subTitle={m.menu.leadGeese}
        extra={
          access.canWriteRequests && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsSubmitting(true)} data-testid="request-submit">
              {m.requests.submit}
            </Button>
          )
        }
      />
      <Card variant="borderless">
        <Tabs activeKey={view} onChange={(key) => filter({ view: key })} items={views.map((v) => ({ key: v, label: tabLabel[v] }))} data-testid="request-tabs" />
        <Flex wrap gap={12} style={{ marginBottom: 16 }}>
          <Input.Search allowClear defaultValue={q} placeholder={m.requests.searchPlaceholder} onSearch={(value) => filter({ q: value.trim() || undefined })} style={{ width: 280 }} />
          <Select<RequestStatus>
            allowClear
            value={status}
            placeholder={m.requests.allStatuses}
            onChange={(value) => filter({ status: value })}
            options={requestStatuses.map((s) => ({ value: s, label: m.requestStatus[s] }))}
            style={{ width: 140 }}
          />
          <Select<string>
            allowClear
            value={categoryCode}
            placeholder={m.requests.allCategories}
            onChange={(value) => filter({ category: value })}
            options={(categories.data?.items ?? []).map((c) => ({ value: c.code, label: locale === 'en-US' ? c.nameEn : c.nameZh }))}
            style={{ width: 160 }}
          />
          <Checkbox checked={overdue} onChange={(e) => filter({ overdue: e.target.checked ? 'true' : undefined })} style={{ alignSelf: 'center' }}>
            {m.requests.overdueOnly}
          </Checkbox>
          <Checkbox checked={escalated} onChange={(e) => filter({ escalated: e.target.checked ? 'true' : undefined })} style={{ alignSelf: 'center' }}>
            {m.requests.escalatedOnly}
          </Checkbox>
        </Flex>
        <PagedTable<RequestListItem>
          testId="request-table"
          list={list}
          page={page}
          pageSize={pageSize}
          onPageChange={(nextPage, nextSize) => params.set({ page: nextPage, pageSize: nextSize })}
          onOpen={(r) => params.set({ id: r.id })}
          columns={[
            { title: m.requests.code, dataIndex: 'code', width: 130, render: (c: string) => <Typography.Text style={{ fontFamily: 'monospace' }}>{c}</Typography.Text> },
            {
              title: m.requests.title,
              dataIndex: 'title',
              ellipsis: true,
              render: (t: string, r) => (
                <Flex gap={6} align="center">
                  {(r.isResponseOverdue || r.isResolutionOverdue) && <Tag color="red">{m.requests.overdue}</Tag>}
                  {r.escalationLevel > 0 && <Tag color="volcano">{m.requests.escalation} {r.escalationLevel}</Tag>}
                  <a>{t}</a>
                </Flex>
              ),
            },
            { title: m.requests.enterprise, dataIndex: 'enterpriseName', width: 180, ellipsis: true },
            { title: m.requests.category, dataIndex: locale === 'en-US' ? 'categoryNameEn' : 'categoryName', width: 110 },
            { title: m.requests.status, dataIndex: 'status', width: 100, render: (s: RequestStatus) => <Tag color={statusColors[s]}>{m.requestStatus[s]}</Tag> },
            { title: m.requests.department, dataIndex: 'departmentName', width: 150, ellipsis: true, render: (d: string | null) => d ?? '—' },
            { title: m.requests.submittedAt, dataIndex: 'submittedAt', width: 140, render: (t: string) => parkMinute(t) },
            {
              title: m.requests.resolutionDueAt,
              dataIndex: 'resolutionDueAt',
              width: 150,
              render: (t: string, r) => <Typography.Text type={r.isResolutionOverdue || r.isResponseOverdue ? 'danger' : undefined}>{parkMinute(t)}</Typography.Text>,
            },
          ]}
        />
      </Card>
      {isSubmitting && (
        <SubmitRequestModal
          categories={categories.data?.items ?? []}
          onClose={() => setIsSubmitting(false)}
          onDone={(id) => {
            setIsSubmitting(false);
            setVersion((v) => v + 1);
            params.set({ id, view: access.canWriteRequests ? 'mine' : view });
          }}
        />
      )}
      <RequestDrawer id={openedId ?? null} onClose={() => params.set({ id: undefined })} onChanged={() => setVersion((v) => v + 1)} />
    </>
  );
}
