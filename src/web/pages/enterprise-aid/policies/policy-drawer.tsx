import { useState } from 'react';
import { Button, Descriptions, Drawer, Flex, List, Spin, Tag, Typography } from 'antd';
import { api, call } from '../../../api/client.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { MeasuresModal, RepealModal } from './policy-change-modals.tsx';
import { PolicyFormModal } from './policy-form-modal.tsx';

type Props = { id: number | null; onClose: () => void; onChanged: () => void };

/** One policy document: its fields and numbered measures; correcting, editing the measures and repealing. */
export function PolicyDrawer({ id, onClose, onChanged }: Props) {
  const { m } = useLocale();
  const { access } = useSession();
  const [version, setVersion] = useState(0);
  const [open, setOpen] = useState<'edit' | 'measures' | 'repeal' | null>(null);
  const detail = useRequest(async () => (id ? call(api.GET('/api/v1/policies/{id}', { params: { path: { id } } })) : null), [id, version]);
  const policy = detail.data && detail.data.id === id ? detail.data : null;
  const done = () => {
    setOpen(null);
    setVersion((v) => v + 1);
    onChanged();
  };
  return (
    <Drawer open={id !== null} onClose={onClose} size={820} title={policy ? `《${policy.title}》` : m.common.detail} data-testid="policy-drawer" destroyOnHidden>
      {detail.error ? (
        <LoadError error={detail.error} onRetry={detail.reload} />
      ) : !policy ? (
        <Spin style={{ display: 'block', marginTop: 80 }} />
      ) : (
        <>
          <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
            <Tag color={policy.isInForce ? 'red' : 'default'}>{policy.isInForce ? m.policies.inForce : m.policies.notInForce}</Tag>
            {access.canWritePolicies && (
              <Flex gap={8}>
                <Button onClick={() => setOpen('edit')}>{m.policies.edit}</Button>
                <Button onClick={() => setOpen('measures')} data-testid="policy-edit-measures">{m.policies.editMeasures}</Button>
                {policy.repealedOn === null && (
                  <Button danger onClick={() => setOpen('repeal')}>
                    {m.policies.repeal}
                  </Button>
                )}
              </Flex>
            )}
          </Flex>
          <Descriptions
            bordered
            size="small"
            column={2}
            items={[
              { key: 'docNumber', label: m.policies.docNumber, children: policy.docNumber ?? '—' },
              { key: 'issuedOn', label: m.policies.issuedOn, children: policy.issuedOn },
              { key: 'issuer', label: m.policies.issuer, children: policy.issuer },
              { key: 'org', label: m.policies.org, children: policy.orgName },
              { key: 'topic', label: m.policies.topic, children: m.policyTopic[policy.topic] },
              { key: 'redAction', label: m.policies.redAction, children: policy.redAction ? m.redAction[policy.redAction] : m.policies.noRedAction },
              ...(policy.repealedOn
                ? [
                    { key: 'repealedOn', label: m.policies.repealedOn, children: policy.repealedOn },
                    { key: 'repealReason', label: m.policies.repealReason, children: policy.repealReason ?? '—' },
                  ]
                : []),
              { key: 'summary', label: m.policies.summary, span: 2, children: policy.summary ?? '—' },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {m.policies.measures}（{policy.measures.length}）
          </Typography.Title>
          <List
            size="small"
            bordered
            data-testid="policy-measures"
            dataSource={policy.measures}
            renderItem={(x) => (
              <List.Item>
                <Typography.Text strong style={{ minWidth: 72 }}>{fmt(m.policies.measureSeq, { seq: x.seq })}</Typography.Text>
                <Typography.Text style={{ flex: 1 }}>{x.title}</Typography.Text>
              </List.Item>
            )}
          />
          {open === 'edit' && <PolicyFormModal policy={policy} onClose={() => setOpen(null)} onDone={done} />}
          {open === 'measures' && <MeasuresModal policy={policy} onClose={() => setOpen(null)} onDone={done} />}
          {open === 'repeal' && <RepealModal policy={policy} onClose={() => setOpen(null)} onDone={done} />}
        </>
      )}
    </Drawer>
  );
}
