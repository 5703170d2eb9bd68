import { useState } from 'react';
import { Button, Col, Row } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { PageHeader } from '../../../components/page-header.tsx';
import { useQueryParams } from '../../../components/use-query-params.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { OrgCreateModal } from './org-create-modal.tsx';
import { OrgDetailPanel } from './org-detail-panel.tsx';
import { OrgTreePanel } from './org-tree-panel.tsx';
import { useOrgTree } from './use-org-tree.ts';

/** 红色堡垒 → 党组织: the org tree (as of any date), one org's detail and its changes. */
export function OrgsPage() {
  const { m } = useLocale();
  const { access } = useSession();
  // The selection, search and date live in the address, so a view can be linked to and survives a reload.
  const params = useQueryParams();
  const asOf = params.get('asOf');
  const q = params.get('q') ?? '';
  const selectedId = params.getNumber('id') ?? null;
  const setParam = (key: string, value: string | undefined) => params.set({ [key]: value });
  const tree = useOrgTree(asOf);
  const [version, setVersion] = useState(0);
  const [isCreatingRoot, setIsCreatingRoot] = useState(false);
  const hasNoRoots = !tree.isLoading && !tree.error && (tree.levels.get('roots') ?? []).length === 0;

  const onChanged = async (change: { selectId?: number; reloadLevels?: number[] }) => {
    setVersion((v) => v + 1);
    await tree.refresh(change.reloadLevels);
    for (const id of change.reloadLevels ?? []) tree.expand(id);
    if (change.selectId) setParam('id', String(change.selectId));
  };

  return (
    <>
      <PageHeader
        title={m.menu.orgs}
        subTitle={m.menu.fortress}
        extra={
          access.canWriteOrgs && hasNoRoots && !asOf ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreatingRoot(true)}>
              {m.orgs.createRoot}
            </Button>
          ) : undefined
        }
      />
      <Row gutter={16}>
        <Col xs={24} lg={9} xl={8}>
          <OrgTreePanel
            tree={tree}
            asOf={asOf}
            onAsOfChange={(value) => setParam('asOf', value)}
            q={q}
            onQChange={(value) => setParam('q', value)}
            selectedId={selectedId}
            onSelect={(id) => setParam('id', String(id))}
          />
        </Col>
        <Col xs={24} lg={15} xl={16}>
          <OrgDetailPanel id={selectedId} asOf={asOf} version={version} canWrite={access.canWriteOrgs} onSelect={(id) => setParam('id', String(id))} onChanged={(c) => void onChanged(c)} onShown={(path) => void tree.reveal(path).catch(() => {})} />
        </Col>
      </Row>
      {isCreatingRoot && (
        <OrgCreateModal
          parent={null}
          onClose={() => setIsCreatingRoot(false)}
          onCreated={(created) => {
            setIsCreatingRoot(false);
            void onChanged({ selectId: created.id });
          }}
        />
      )}
    </>
  );
}
