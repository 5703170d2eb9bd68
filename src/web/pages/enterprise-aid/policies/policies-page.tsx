import { useState } from 'react';
import { Button, Card, Flex, Input, Select, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, call } from '../../../api/client.ts';
import type { PolicyListItem, PolicyTopic } from '../../../api/types.ts';
import { PagedTable } from '../../../components/paged-table.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useQueryParams } from '../../../components/use-query-params.ts';
import { useRequest } from '../../../components/use-request.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { PolicyDrawer } from './policy-drawer.tsx';
import { PolicyFormModal } from './policy-form-modal.tsx';
import { policyTopics } from './policy-options.ts';

/** 红色助企 → 政策文件: the park's policy documents with their measures; public to every role that reads policies. */
export function PoliciesPage() {
  const { m } = useLocale();
  const { access } = useSession();
  const params = useQueryParams();
  const q = params.get('q');
  const topic = policyTopics.find((t) => t === params.get('topic'));
  const inForce = params.get('inForce') === 'true' || params.get('inForce') === 'false' ? (params.get('inForce') as 'true' | 'false') : undefined;
  const page = params.getNumber('page') ?? 1;
  const pageSize = params.getNumber('pageSize') ?? 20;
  const openedId = params.getNumber('id');
  const [version, setVersion] = useState(0);
  const [isCreating, setIsCreating] = useState(false);
  const list = useRequest(() => call(api.GET('/api/v1/policies', { params: { query: { q, topic, inForce, page, pageSize } } })), [q, topic, inForce, page, pageSize, version]);
  const filter = (patch: Record<string, string | number | undefined>) => params.set({ ...patch, page: undefined });

  return (
    <>
      <PageHeader
        title={m.menu.policies}
        subTitle={m.menu.enterpriseAid}
        extra={
          access.canWritePolicies && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)} data-testid="policy-create">
              {m.policies.create}
            </Button>
          )
        }
      />
      <Card variant="borderless">
        <Flex wrap gap={12} style={{ marginBottom: 16 }}>
          <Input.Search allowClear defaultValue={q} placeholder={m.policies.searchPlaceholder} onSearch={(value) => filter({ q: value.trim() })} style={{ width: 300 }} />
          <Select<PolicyTopic> allowClear value={topic} placeholder={m.policies.allTopics} onChange={(value) => filter({ topic: value })} options={policyTopics.map((t) => ({ value: t, label: m.policyTopic[t] }))} style={{ width: 160 }} />
          <Select<'true' | 'false'>
            allowClear
            value={inForce}
            placeholder={m.policies.allStatuses}
            onChange={(value) => filter({ inForce: value })}
            options={[
              { value: 'true', label: m.policies.inForce },
              { value: 'false', label: m.policies.notInForce },
            ]}
            style={{ width: 180 }}
          />
        </Flex>
        <PagedTable<PolicyListItem>
          testId="policy-table"
          list={list}
          page={page}
          pageSize={pageSize}
          onPageChange={(nextPage, nextSize) => params.set({ page: nextPage, pageSize: nextSize })}
          onOpen={(p) => params.set({ id: p.id })}
          columns={[
            { title: m.policies.title, dataIndex: 'title', ellipsis: true, render: (t: string) => <a>《{t}》</a> },
            { title: m.policies.docNumber, dataIndex: 'docNumber', width: 220, render: (d: string | null) => d ?? '—' },
            { title: m.policies.topic, dataIndex: 'topic', width: 120, render: (t: PolicyTopic) => m.policyTopic[t] },
            { title: m.policies.issuedOn, dataIndex: 'issuedOn', width: 120 },
            { title: m.policies.measureCount, dataIndex: 'measureCount', width: 100, align: 'right' },
            { title: m.policies.status, dataIndex: 'isInForce', width: 100, render: (f: boolean) => <Tag color={f ? 'red' : 'default'}>{f ? m.policies.inForce : m.policies.notInForce}</Tag> },
          ]}
        />
      </Card>
      {isCreating && (
        <PolicyFormModal
          policy={null}
          onClose={() => setIsCreating(false)}
          onDone={(id) => {
            setIsCreating(false);
            setVersion((v) => v + 1);
            params.set({ id });
          }}
        />
      )}
      <PolicyDrawer id={openedId ?? null} onClose={() => params.set({ id: undefined })} onChanged={() => setVersion((v) => v + 1)} />
    </>
  );
}
