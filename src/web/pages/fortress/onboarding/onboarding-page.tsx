import { useState } from 'react';
import { Button, Card, Flex, Switch, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { PageHeader } from '../../../components/page-header.tsx';
import { useQueryParams } from '../../../components/use-query-params.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { CaseBoard } from './case-board.tsx';
import { CaseDrawer } from './case-drawer.tsx';
import { CaseOpenModal } from './case-open-modal.tsx';
import { ContactCases } from './contact-cases.tsx';

/**
 * 红色堡垒 → 入驻服务: the 三合一 cases on a board by status (overdue ones marked), one case's three tracks in a
 * drawer. An enterprise contact sees only their own case's overall status.
 */
export function OnboardingPage() {
  const { m } = useLocale();
  const { me, access } = useSession();
  const params = useQueryParams();
  const openedId = params.getNumber('id');
  const onlyOverdue = params.get('overdue') === 'true';
  const [version, setVersion] = useState(0);
  // Arriving from an enterprise's detail (?enterpriseId=) opens the case form for it at once.
  const [isOpening, setIsOpening] = useState(() => params.getNumber('enterpriseId') !== undefined);
  const isContactOnly = (me?.assignments.length ?? 0) > 0 && (me?.assignments ?? []).every((a) => a.role === 'enterprise_contact');

  if (isContactOnly) {
    return (
      <>
        <PageHeader title={m.onboarding.myCases} subTitle={m.menu.fortress} />
        <ContactCases />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={m.menu.onboarding}
        subTitle={m.menu.fortress}
        extra={
          access.canWriteOnboarding && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsOpening(true)} data-testid="case-open">
              {m.onboarding.openCase}
            </Button>
          )
        }
      />
      <Card variant="borderless" size="small" style={{ marginBottom: 16 }}>
        <Flex align="center" gap={8}>
          <Switch checked={onlyOverdue} onChange={(checked) => params.set({ overdue: checked ? 'true' : undefined })} data-testid="case-overdue-filter" />
          <Typography.Text>{m.onboarding.onlyOverdue}</Typography.Text>
        </Flex>
      </Card>
      <CaseBoard onlyOverdue={onlyOverdue} version={version} onOpen={(id) => params.set({ id })} />
      <CaseDrawer id={openedId ?? null} onClose={() => params.set({ id: undefined })} onChanged={() => setVersion((v) => v + 1)} />
      {isOpening && (
        <CaseOpenModal
          enterpriseId={params.getNumber('enterpriseId')}
          onClose={() => {
            setIsOpening(false);
            params.set({ enterpriseId: undefined });
          }}
          onOpened={(opened) => {
            setIsOpening(false);
            setVersion((v) => v + 1);
            params.set({ id: opened.id, enterpriseId: undefined });
          }}
        />
      )}
    </>
  );
}
