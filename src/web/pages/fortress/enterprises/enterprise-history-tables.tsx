import { useState } from 'react';
import { App, Button, Popconfirm, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, call, callNoContent } from '../../../api/client.ts';
import type { CoverageLink, DesignationPeriod, EnterpriseContact, EnterpriseDetail } from '../../../api/types.ts';
import { lastDayOf } from '../../../components/dates.ts';
import { EndPeriodModal } from '../../../components/end-period-modal.tsx';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { ContactModal, CoverageModal, DesignationModal } from './enterprise-record-modals.tsx';

type Props = { unit: EnterpriseDetail; canWrite: boolean; onChanged: () => void };

function AddButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button size="small" icon={<PlusOutlined />} onClick={onClick} style={{ marginBottom: 12 }}>
      {label}
    </Button>
  );
}

/** Every designation period, newest first; add one, end one. */
export function DesignationTable({ unit, canWrite, onChanged }: Props) {
  const { m } = useLocale();
  const [open, setOpen] = useState<'add' | DesignationPeriod | null>(null);
  const done = () => {
    setOpen(null);
    onChanged();
  };
  return (
    <>
      {canWrite && <AddButton label={m.enterprises.addDesignation} onClick={() => setOpen('add')} />}
      <Table<DesignationPeriod>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={[...unit.designationHistory].reverse()}
        columns={[
          { title: m.enterprises.designation, dataIndex: 'designation', render: (d: DesignationPeriod['designation']) => <Tag color="gold">{m.designation[d]}</Tag> },
          { title: m.enterprises.validFrom, dataIndex: 'validFrom', width: 110 },
          { title: m.enterprises.lastDay, dataIndex: 'validTo', width: 110, render: (to: string | null) => (to ? lastDayOf(to) : m.enterprises.current) },
          { title: m.common.note, dataIndex: 'note', ellipsis: true, render: (n: string | null) => n ?? '' },
          ...(canWrite ? [{ title: m.common.actions, key: 'a', width: 80, render: (_: unknown, d: DesignationPeriod) => !d.validTo && <a onClick={() => setOpen(d)}>{m.enterprises.endDesignation}</a> }] : []),
        ]}
      />
      {open === 'add' && <DesignationModal unit={unit} onClose={() => setOpen(null)} onDone={done} />}
      {open && open !== 'add' && (
        <EndPeriodModal
          canPickFuture
          title={`${m.enterprises.endDesignation} · ${m.designation[open.designation]}`}
          onSubmit={(validTo) => call(api.POST('/api/v1/enterprise-designations/{id}/end', { params: { path: { id: open.id } }, body: { validTo } }))}
          onClose={() => setOpen(null)}
          onDone={done}
        />
      )}
    </>
  );
}

/** Every coverage link, newest first; link an org, end a link. */
export function CoverageTable({ unit, canWrite, onChanged }: Props) {
  const { m } = useLocale();
  const [open, setOpen] = useState<'add' | CoverageLink | null>(null);
  const done = () => {
    setOpen(null);
    onChanged();
  };
  return (
    <>
      {canWrite && <AddButton label={m.enterprises.linkOrg} onClick={() => setOpen('add')} />}
      <Table<CoverageLink>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={[...unit.coverageHistory].reverse()}
        columns={[
          { title: m.enterprises.org, dataIndex: 'orgName', render: (name: string | null, c) => name ?? <Typography.Text type="secondary">#{c.orgId} {m.enterprises.outsideScope}</Typography.Text> },
          { title: m.enterprises.coverageKind, dataIndex: 'kind', width: 100, render: (k: CoverageLink['kind']) => <Tag color={k === 'own' ? 'red' : 'volcano'}>{m.coverageKind[k]}</Tag> },
          { title: m.enterprises.validFrom, dataIndex: 'validFrom', width: 110 },
          { title: m.enterprises.lastDay, dataIndex: 'validTo', width: 110, render: (to: string | null) => (to ? lastDayOf(to) : m.enterprises.current) },
          ...(canWrite ? [{ title: m.common.actions, key: 'a', width: 80, render: (_: unknown, c: CoverageLink) => !c.validTo && <a onClick={() => setOpen(c)}>{m.enterprises.endLink}</a> }] : []),
        ]}
      />
      {open === 'add' && <CoverageModal unit={unit} onClose={() => setOpen(null)} onDone={done} />}
      {open && open !== 'add' && (
        <EndPeriodModal
          canPickFuture
          title={`${m.enterprises.endLink} · ${open.orgName ?? `#${open.orgId}`}`}
          onSubmit={(validTo) => call(api.POST('/api/v1/org-coverage/{id}/end', { params: { path: { id: open.id } }, body: { validTo } }))}
          onClose={() => setOpen(null)}
          onDone={done}
        />
      )}
    </>
  );
}

/** Contact people with masked phones; add one, remove one (the server keeps at least one). */
export function ContactTable({ unit, canWrite, onChanged }: Props) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [isAdding, setIsAdding] = useState(false);
  const remove = async (c: EnterpriseContact) => {
    try {
      await callNoContent(api.DELETE('/api/v1/enterprise-contacts/{id}', { params: { path: { id: c.id } } }));
      onChanged();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <>
      {canWrite && <AddButton label={m.enterprises.addContact} onClick={() => setIsAdding(true)} />}
      <Table<EnterpriseContact>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={unit.contacts}
        columns={[
          { title: m.enterprises.contactName, dataIndex: 'name', width: 120 },
          { title: m.enterprises.contactTitle, dataIndex: 'title', render: (t: string | null) => t ?? '—' },
          { title: m.enterprises.contactPhone, dataIndex: 'phoneMasked', width: 150, render: (p: string | null) => (p ? <Typography.Text style={{ fontFamily: 'monospace' }}>{p}</Typography.Text> : m.enterprises.notOnRecord) },
          ...(canWrite
            ? [
                {
                  title: m.common.actions,
                  key: 'a',
                  width: 80,
                  render: (_: unknown, c: EnterpriseContact) => (
                    <Popconfirm title={fmt(m.enterprises.removeContactConfirm, { name: c.name })} onConfirm={() => void remove(c)}>
                      <a>{m.enterprises.removeContact}</a>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      {isAdding && (
        <ContactModal
          unit={unit}
          onClose={() => setIsAdding(false)}
          onDone={() => {
            setIsAdding(false);
            onChanged();
          }}
        />
      )}
    </>
  );
}
