import { useState } from 'react';
import { Button, Card, Col, DatePicker, Flex, Row, Tabs } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, call } from '../../../api/client.ts';
import { fromIsoDate, isAfterToday, toIsoDate } from '../../../components/dates.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { useQueryParams } from '../../../components/use-query-params.ts';
import { useRequest } from '../../../components/use-request.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { ContactGaps } from './contact-gaps.tsx';
import { ContactGraphView } from './contact-graph-view.tsx';
import { gapCategories, linkKinds } from './contact-options.ts';
import { ContactSettingsCard } from './contact-settings-card.tsx';
import { LinkFormModal } from './link-form-modal.tsx';
import { LinkTable } from './link-table.tsx';

/** 红色头雁 → 双联系: who links to whom by kind on a date, the gaps, the links themselves, and the visit intervals. */
export function ContactsPage() {
  const { m } = useLocale();
  const { access } = useSession();
  const params = useQueryParams();
  const asOf = params.get('asOf');
  const kind = linkKinds.find((k) => k === params.get('kind')) ?? 'leader_org';
  const category = gapCategories.find((c) => c === params.get('category')) ?? 'above_scale';
  const [version, setVersion] = useState(0);
  const [isCreating, setIsCreating] = useState(false);
  const graph = useRequest(() => call(api.GET('/api/v1/contact-graph', { params: { query: { kind, asOf, category } } })), [kind, asOf, category, version]);
  const changed = () => setVersion((v) => v + 1);
  return (
    <>
      <PageHeader
        title={m.menu.contacts}
        subTitle={graph.data ? `${m.common.asOf} ${graph.data.asOf}` : m.menu.leadGeese}
        extra={
          <Flex gap={12}>
            <DatePicker value={fromIsoDate(asOf)} onChange={(value) => params.set({ asOf: toIsoDate(value) })} disabledDate={isAfterToday} placeholder={m.common.asOf} />
            {access.canWriteContacts && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)} data-testid="new-link">
                {m.contacts.newLink}
              </Button>
            )}
          </Flex>
        }
      />
      <Tabs activeKey={kind} onChange={(k) => params.set({ kind: k })} items={linkKinds.map((k) => ({ key: k, label: m.linkKind[k] }))} />
      <Row gutter={16}>
        <Col xs={24} lg={16}>
          <Card variant="borderless" title={m.contacts.graph}>
            <ContactGraphView graph={graph} />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <ContactGaps graph={graph} kind={kind} category={category} onCategory={(c) => params.set({ category: c })} />
          <ContactSettingsCard canWrite={access.canWriteContacts} onChanged={changed} />
        </Col>
      </Row>
      <Card variant="borderless" style={{ marginTop: 16 }} title={m.contacts.links}>
        <LinkTable kind={kind} asOf={asOf} version={version} canWrite={access.canWriteContacts} onChanged={changed} />
      </Card>
      {isCreating && (
        <LinkFormModal
          kind={kind}
          onClose={() => setIsCreating(false)}
          onDone={() => {
            setIsCreating(false);
            changed();
          }}
        />
      )}
    </>
  );
}
