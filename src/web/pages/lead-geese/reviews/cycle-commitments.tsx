import { useState } from 'react';
import { App, Button, Flex, Form, Input, Modal, Select, Table, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { api, call } from '../../../api/client.ts';
import { orUndefined } from '../../../components/form-values.ts';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { type Commitment, type Cycle, isActionable } from './review-types.ts';

type Editing = { kind: 'add' } | { kind: 'edit'; commitment: Commitment } | { kind: 'report'; commitment: Commitment };

/** The cycle's commitment items and the report against each; the org adds and edits them, then reports. */
export function CycleCommitments({ cycle, onChanged }: { cycle: Cycle; onChanged: () => void }) {
  const { m } = useLocale();
  const [editing, setEditing] = useState<Editing | null>(null);
  const mayCommit = cycle.may.write && isActionable(cycle, 'commitments');
  const mayReport = cycle.may.write && isActionable(cycle, 'report');
  return (
    <div>
      <Flex justify="space-between" align="center">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {m.reviews.commitments}
        </Typography.Title>
        {mayCommit && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'add' })} data-testid="commitment-add">
            {m.reviews.addCommitment}
          </Button>
        )}
      </Flex>
      <Table<Commitment>
        rowKey="id"
        size="small"
        style={{ marginTop: 8 }}
        pagination={false}
        dataSource={cycle.commitments}
        locale={{ emptyText: m.reviews.noCommitments }}
        columns={[
          { title: m.reviews.content, dataIndex: 'content' },
          { title: m.reviews.target, dataIndex: 'target', width: 180 },
          { title: m.reviews.linkedIndicator, dataIndex: 'indicatorName', width: 100, render: (n: string | null) => n ?? '—' },
          { title: m.reviews.result, dataIndex: 'result', width: 200, render: (r: string | null, c) => (r ? <Flex vertical>{r}{c.evidence && <Typography.Text type="secondary">{c.evidence}</Typography.Text>}</Flex> : '—') },
          {
            title: m.common.actions,
            key: 'actions',
            width: 90,
            render: (_: unknown, c) =>
              mayCommit ? (
                <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing({ kind: 'edit', commitment: c })} />
              ) : mayReport ? (
                <Button size="small" type="link" onClick={() => setEditing({ kind: 'report', commitment: c })} data-testid="commitment-report">
                  {m.reviews.report}
                </Button>
              ) : null,
          },
        ]}
      />
      {editing && (
        <CommitmentModal
          cycle={cycle}
          editing={editing}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            onChanged();
          }}
        />
      )}
    </div>
  );
}

type Values = { content?: string; target?: string; indicatorId?: number; result?: string; evidence?: string };

function CommitmentModal({ cycle, editing, onClose, onDone }: { cycle: Cycle; editing: Editing; onClose: () => void; onDone: () => void }) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { submitting, submit } = useServerErrors(form);
  const leaves = cycle.indicators.flatMap((p) => p.children.map((l) => ({ value: l.id, label: `${p.name} · ${l.name}` })));
  const current = editing.kind === 'add' ? null : editing.commitment;
  const title = editing.kind === 'add' ? m.reviews.addCommitment : editing.kind === 'edit' ? m.reviews.editCommitment : m.reviews.report;
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={current ? { content: current.content, target: current.target, indicatorId: current.indicatorId ?? undefined, result: current.result ?? undefined, evidence: current.evidence ?? undefined } : {}}
        onFinish={(v) =>
          submit(async () => {
            if (editing.kind === 'add') {
              await call(api.POST('/api/v1/review-cycles/{id}/commitments', { params: { path: { id: cycle.id } }, body: { content: v.content?.trim() ?? '', target: v.target?.trim() ?? '', indicatorId: v.indicatorId ?? null } }));
            } else if (editing.kind === 'edit') {
              await call(api.PATCH('/api/v1/review-commitments/{id}', { params: { path: { id: editing.commitment.id } }, body: { content: v.content?.trim(), target: v.target?.trim(), indicatorId: v.indicatorId ?? null } }));
            } else {
              await call(api.PUT('/api/v1/review-commitments/{id}/report', { params: { path: { id: editing.commitment.id } }, body: { result: v.result?.trim() ?? '', evidence: orUndefined(v.evidence?.trim()) ?? null } }));
            }
            message.success(m.common.saved);
            onDone();
          })
        }
      >
        {editing.kind === 'report' ? (
          <>
            <Form.Item label={m.reviews.content}>{current?.content}（{current?.target}）</Form.Item>
            <Form.Item name="result" label={m.reviews.result} rules={[{ required: true, message: m.reviews.result }]}>
              <Input.TextArea maxLength={2000} rows={3} />
            </Form.Item>
            <Form.Item name="evidence" label={m.reviews.evidence}>
              <Input.TextArea maxLength={2000} rows={2} />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item name="content" label={m.reviews.content} rules={[{ required: true, min: 2, message: m.reviews.content }]}>
              <Input.TextArea maxLength={1000} rows={3} />
            </Form.Item>
            <Form.Item name="target" label={m.reviews.target} rules={[{ required: true, message: m.reviews.target }]}>
              <Input maxLength={500} />
            </Form.Item>
            <Form.Item name="indicatorId" label={m.reviews.linkedIndicator}>
              <Select allowClear options={leaves} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
