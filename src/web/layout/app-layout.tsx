import { Suspense, useMemo, useState } from 'react';
import { Layout, Menu, Spin } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useLocale } from '../i18n/use-locale.ts';
import { groupIcons, menuGroups, pageRoutes, routeOf } from '../routes.tsx';
import { useSession } from '../session/use-session.ts';
import { AppHeader } from './app-header.tsx';

/** Header across the top, the grouped side menu, the page. */
export function AppLayout() {
  const { m } = useLocale();
  const { access } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [isCollapsed, setIsCollapsed] = useState(false);

  const visible = useMemo(() => pageRoutes.filter((r) => r.access === null || access[r.access]), [access]);
  const groups = menuGroups.filter((g) => visible.some((r) => r.group === g));
  const items = groups.map((g) => ({
    key: `group:${g}`,
    icon: groupIcons[g],
    label: m.menu[g],
    children: visible.filter((r) => r.group === g).map((r) => ({ key: r.path, label: r.label(m) })),
  }));
  const selected = routeOf(location.pathname, visible);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ position: 'sticky', top: 0, zIndex: 10, boxShadow: '0 1px 4px rgba(0,0,0,0.25)', background: 'linear-gradient(90deg, #a8071a 0%, #c8161d 60%, #d4380d 100%)' }}>
        <AppHeader />
      </Layout.Header>
      <Layout>
        <Layout.Sider width={216} collapsible collapsed={isCollapsed} onCollapse={setIsCollapsed} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
          <Menu
            mode="inline"
            data-testid="side-menu"
            items={items}
            selectedKeys={selected ? [selected.path] : []}
            defaultOpenKeys={groups.map((g) => `group:${g}`)}
            onClick={({ key }) => navigate(key)}
            style={{ borderInlineEnd: 'none', paddingTop: 8 }}
          />
        </Layout.Sider>
        <Layout.Content style={{ padding: 20, background: '#f3f4f6', minWidth: 0 }}>
          <Suspense fallback={<Spin style={{ display: 'block', marginTop: 120 }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
