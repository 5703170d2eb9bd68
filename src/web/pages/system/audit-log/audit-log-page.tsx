import { useState } from 'react';
import { Alert, AutoComplete, Button, Card, DatePicker, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { api, call } from '../../../api/client.ts';
import type { AuditEntry, AuditQuery, ChainReport } from '../../../api/types.ts';
import { toIsoDate } from '../../../components/dates.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { AuditAction } from './audit-action.tsx';
import { AuditEntryDrawer } from './audit-entry-drawer.tsx';
import { formatAuditTime } from './audit-time.ts';

type Filters = { action?: string; actor?: string; range?: [Dayjs | null, Dayjs | null] | null };

/** 系统 → 审计日志: every write, login, permission change and unmasking, newest first, and the hash-chain check. */
export function AuditLogPage() {
  const { m } = useLocale();
  const [form] = Form.useForm<Filters>();
  const [query, setQuery] = useState<AuditQuery>({ page: 1, pageSize: 20 });
  const [opened, setOpened] = useState<AuditEntry | null>(null);
  const [chain, setChain] = useState<ChainReport | null>(null);
  const [isVerifying, setIsVerifying] = useState(false);
  const [verifyError, setVerifyError] = useState<Error | null>(null);
  const list = useRequest(() => call(api.GET('/api/v1/audit-log', { params: { query } })), [JSON.stringify(query)]);

  const applyFilters = (values: Filters) =>
    setQuery({
      page: 1,
      pageSize: query.pageSize,
      action: values.action?.trim() || undefined,
      actor: values.actor?.trim() || undefined,
      from: toIsoDate(values.range?.[0]),
      to: toIsoDate(values.range?.[1]),
    });

  const verify = async () => {
    setIsVerifying(true);
    setVerifyError(null);
    try {
      setChain(await call(api.GET('/api/v1/audit-log/verify')));
    } catch (e) {
      setVerifyError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setIsVerifying(false);
    }
  };

  return (
    <>
      <PageHeader
        title={m.menu.auditLog}
        subTitle={m.menu.system}
        extra={
          <Button icon={<SafetyCertificateOutlined />} loading={isVerifying} onClick={() => void verify()} data-testid="audit-verify">
            {m.audit.verify}
          </Button>
        }
      />
      {chain && (
        <Alert
          closable={{ onClose: () => setChain(null) }}
          showIcon
          type={chain.ok ? 'success' : 'error'}
          title={chain.ok ? fmt(m.audit.chainOk, { checked: chain.checked }) : fmt(m.audit.chainBroken, { seq: chain.brokenAt ?? '?', reason: chain.reason ?? '' })}
          style={{ marginBottom: 16 }}
          data-testid="audit-chain-result"
        />
      )}
      {verifyError && <Alert type="error" showIcon title={verifyError.message} style={{ marginBottom: 16 }} />}
      <Card variant="borderless">
        <Form form={form} layout="inline" onFinish={applyFilters} style={{ marginBottom: 16, rowGap: 12 }}>
          <Form.Item name="action" label={m.audit.action}>
            <AutoComplete
              allowClear
              placeholder={m.audit.actionPlaceholder}
              style={{ width: 220 }}
              options={Object.entries(m.auditAction).map(([code, name]) => ({ value: code, label: `${name}  ${code}` }))}
              showSearch={{ filterOption: (typed, option) => (option?.label ?? '').toLowerCase().includes(typed.toLowerCase()) }}
            />
          </Form.Item>
          <Form.Item name="actor" label={m.audit.actor}>
            <Input allowClear style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="range" label={`${m.audit.from} ~ ${m.audit.to}`}>
            <DatePicker.RangePicker allowEmpty={[true, true]} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              {m.common.search}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                applyFilters({});
              }}
            >
              {m.common.reset}
            </Button>
          </Space>
        </Form>
        {list.error ? (
          <LoadError error={list.error} onRetry={list.reload} />
        ) : (
          <Table<AuditEntry>
            rowKey="seq"
            size="middle"
            loading={list.isLoading}
            dataSource={list.data?.items ?? []}
            onRow={(entry) => ({ onClick: () => setOpened(entry), style: { cursor: 'pointer' } })}
            pagination={{
              current: query.page,
              pageSize: query.pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (total) => fmt(m.common.total, { total }),
              onChange: (page, pageSize) => setQuery({ ...query, page, pageSize }),
            }}
            columns={[
              { title: m.audit.seq, dataIndex: 'seq', width: 80 },
              { title: m.audit.at, dataIndex: 'at', width: 180, render: (at: string) => formatAuditTime(at) },
              { title: m.audit.actor, dataIndex: 'actorName', width: 140, render: (name: string | null) => name ?? <Typography.Text type="secondary">{m.audit.system}</Typography.Text> },
              { title: m.audit.action, dataIndex: 'action', render: (action: string) => <AuditAction code={action} /> },
              { title: m.audit.object, key: 'object', render: (_, e) => (e.objectType ? `${e.objectType} #${e.objectId ?? ''}` : '—') },
              { title: m.audit.ip, dataIndex: 'ip', width: 140, render: (ip: string | null) => ip ?? '—' },
              {
                title: m.audit.result,
                dataIndex: 'result',
                width: 90,
                render: (result: string) => <Tag color={result === 'success' ? 'green' : 'red'}>{result === 'success' ? m.audit.success : m.audit.failure}</Tag>,
              },
              { title: m.common.actions, key: 'open', width: 80, render: (_, entry) => <a onClick={() => setOpened(entry)}>{m.common.detail}</a> },
            ]}
          />
        )}
      </Card>
      <AuditEntryDrawer entry={opened} onClose={() => setOpened(null)} />
    </>
  );
}
