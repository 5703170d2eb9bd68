import { useState } from 'react';
import { Segmented, Space, Table, Tag } from 'antd';
import { api, call } from '../../../api/client.ts';
import type { CoverageCategory, CoverageUnit } from '../../../api/types.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { AssignInstructorModal, LogVisitModal } from './instructor-modals.tsx';
import { UnitLink } from './unit-link.tsx';

type Props = {
  category: CoverageCategory;
  covered: 'true' | 'false' | undefined;
  asOf: string | undefined;
  version: number;
  onCoveredChange: (covered: 'true' | 'false' | undefined) => void;
  onChanged: () => void;
};

/** The units behind one rate, covered or not, each with its covering orgs and instructors. */
export function CoverageUnits({ category, covered, asOf, version, onCoveredChange, onChanged }: Props) {
  const { m } = useLocale();
  const { access } = useSession();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [open, setOpen] = useState<{ unit: CoverageUnit; what: 'assign' | 'visit' } | null>(null);
  const list = useRequest(
    () => call(api.GET('/api/v1/coverage/units', { params: { query: { category, covered, asOf, ...page } } })),
    [category, covered, asOf, page, version],
  );
  const canAct = !asOf && (access.canWriteEnterprises || access.canWriteGuidance);
  const done = () => {
    setOpen(null);
    onChanged();
  };

  return (
    <>
      <Segmented<string>
        value={covered ?? 'all'}
        onChange={(value) => {
          setPage((p) => ({ ...p, page: 1 }));
          onCoveredChange(value === 'true' || value === 'false' ? value : undefined);
        }}
        options={[
          { value: 'all', label: m.coverageCategory[category] },
          { value: 'true', label: m.coverage.covered },
          { value: 'false', label: m.coverage.uncovered },
        ]}
        style={{ marginBottom: 12 }}
      />
      {list.error ? (
        <LoadError error={list.error} onRetry={list.reload} />
      ) : (
        <Table<CoverageUnit>
          rowKey="id"
          size="small"
          data-testid="coverage-units"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          pagination={{
            ...page,
            total: list.data?.total ?? 0,
            showTotal: (total) => fmt(m.common.total, { total }),
            onChange: (next, size) => setPage({ page: next, pageSize: size }),
          }}
          columns={[
            { title: m.coverage.unit, dataIndex: 'name', ellipsis: true, render: (name: string, u) => <UnitLink id={u.id} name={name} /> },
            { title: m.coverage.responsibleOrg, dataIndex: 'responsibleOrgName', width: 160, ellipsis: true },
            {
              title: m.coverage.covered,
              key: 'covered',
              width: 150,
              render: (_: unknown, u) => (
                <Space size={4} wrap>
                  {u.orgCovered && <Tag color="red">{m.coverage.orgCoverage}</Tag>}
                  {u.instructorCovered && <Tag color="volcano">{m.coverage.instructor}</Tag>}
                  {!u.covered && <Tag>{m.coverage.uncovered}</Tag>}
                </Space>
              ),
            },
            { title: m.coverage.orgs, dataIndex: 'orgs', ellipsis: true, render: (orgs: CoverageUnit['orgs']) => orgs.map((o) => `${o.name}（${m.coverageKind[o.kind]}）`).join('、') || '—' },
            { title: m.coverage.instructors, dataIndex: 'instructors', width: 130, render: (list: CoverageUnit['instructors']) => list.map((i) => i.displayName).join('、') || '—' },
            ...(canAct
              ? [
                  {
                    title: m.common.actions,
                    key: 'a',
                    width: 150,
                    render: (_: unknown, u: CoverageUnit) => (
                      <Space size={8}>
                        {access.canWriteEnterprises && <a onClick={() => setOpen({ unit: u, what: 'assign' })}>{m.coverage.assign}</a>}
                        {access.canWriteGuidance && <a onClick={() => setOpen({ unit: u, what: 'visit' })}>{m.coverage.logVisit}</a>}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {open?.what === 'assign' && <AssignInstructorModal unit={open.unit} onClose={() => setOpen(null)} onDone={done} />}
      {open?.what === 'visit' && <LogVisitModal unit={open.unit} onClose={() => setOpen(null)} onDone={done} />}
    </>
  );
}
