import { useState } from 'react';
import { Button, Col, Row } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { PlaceDetail, PlaceKind } from '../../../api/types.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { useQueryParams } from '../../../components/use-query-params.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { PlaceDetailPanel } from './place-detail-panel.tsx';
import { PlaceFormModal } from './place-form-modal.tsx';
import { PlaceTreePanel } from './place-tree-panel.tsx';
import { childKindOf } from './place-kinds.ts';
import { usePlaceTree } from './use-place-tree.ts';

type Open = { mode: 'create'; kind: PlaceKind; parent: PlaceDetail | null } | { mode: 'edit'; place: PlaceDetail } | null;

/** 红色堡垒 → 区域: 社区 → 小区 → 楼栋 → 户, each with its responsible org and, on a household, its 党员中心户. */
export function PlacesPage() {
  const { m } = useLocale();
  const { access } = useSession();
  const params = useQueryParams();
  const q = params.get('q') ?? '';
  const selectedId = params.getNumber('id') ?? null;
  const tree = usePlaceTree();
  const [version, setVersion] = useState(0);
  const [open, setOpen] = useState<Open>(null);

  const changed = async (select: number | undefined, reload: number[]) => {
    setOpen(null);
    setVersion((v) => v + 1);
    await tree.refresh(reload);
    for (const id of reload) tree.expand(id);
    params.set({ id: select });
  };

  return (
    <>
      <PageHeader
        title={m.menu.places}
        subTitle={m.menu.fortress}
        extra={
          access.canWritePlaces && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen({ mode: 'create', kind: 'community', parent: null })}>
              {m.places.createRoot}
            </Button>
          )
        }
      />
      <Row gutter={16}>
        <Col xs={24} lg={9} xl={8}>
          <PlaceTreePanel tree={tree} q={q} onQChange={(value) => params.set({ q: value })} selectedId={selectedId} onSelect={(id) => params.set({ id })} />
        </Col>
        <Col xs={24} lg={15} xl={16}>
          <PlaceDetailPanel
            id={selectedId}
            version={version}
            onSelect={(id) => params.set({ id })}
            onCreateChild={(parent) => {
              const kind = childKindOf(parent.kind);
              if (kind) setOpen({ mode: 'create', kind, parent });
            }}
            onEdit={(place) => setOpen({ mode: 'edit', place })}
            onDeleted={(place) => void changed(place.parentId ?? undefined, [])}
            onShown={(path) => void tree.reveal(path).catch(() => {})}
          />
        </Col>
      </Row>
      {open?.mode === 'create' && (
        <PlaceFormModal mode="create" kind={open.kind} parent={open.parent} onClose={() => setOpen(null)} onSaved={(saved) => void changed(saved.id, open.parent ? [open.parent.id] : [])} />
      )}
      {open?.mode === 'edit' && <PlaceFormModal mode="edit" place={open.place} onClose={() => setOpen(null)} onSaved={(saved) => void changed(saved.id, [])} />}
    </>
  );
}
