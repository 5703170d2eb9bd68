import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CarOutlined,
  CompassOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FlagOutlined,
  CustomerServiceOutlined,
  FundProjectionScreenOutlined,
  HomeOutlined,
  NodeIndexOutlined,
  PieChartOutlined,
  SettingOutlined,
  ShareAltOutlined,
  ShopOutlined,
  SolutionOutlined,
  StarOutlined,
  TeamOutlined,
  ThunderboltOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import { AlertOutlined, OrderedListOutlined } from '@ant-design/icons';
import type { AccessFlag } from './access.ts';
import type { Messages } from './i18n/zh-CN.ts';

/** The side menu's groups, in order: the five Red Actions between the workbench and reports/system. */
export const menuGroups = ['workbench', 'fortress', 'leadGeese', 'navigation', 'enterpriseAid', 'momentum', 'reports', 'system'] as const;
export type MenuGroup = (typeof menuGroups)[number];

export type PageRoute = {
  path: string;
  group: MenuGroup;
  label: (m: Messages) => string;
  /** Shown on the workbench's quick links. */
  icon: ReactNode;
  /** The access flag a user needs to open the page; null: every logged-in user. */
  access: AccessFlag | null;
  page: LazyExoticComponent<ComponentType>;
};

/**
 * Every page there is. A page is listed only once it works end to end against the real API; the menu shows
 * a group only when the user may open at least one of its pages.
 */
export const pageRoutes: PageRoute[] = [
  {
    path: '/',
    icon: <DashboardOutlined />,
    group: 'workbench',
    label: (m) => m.menu.dashboard,
    access: null,
    page: lazy(() => import('./pages/workbench/dashboard/dashboard-page.tsx').then((x) => ({ default: x.DashboardPage }))),
  },
  {
    path: '/fortress/orgs',
    icon: <ApartmentOutlined />,
    group: 'fortress',
    label: (m) => m.menu.orgs,
    access: 'canReadOrgs',
    page: lazy(() => import('./pages/fortress/orgs/orgs-page.tsx').then((x) => ({ default: x.OrgsPage }))),
  },
  {
    path: '/fortress/members',
    icon: <TeamOutlined />,
    group: 'fortress',
    label: (m) => m.menu.members,
    access: 'canReadMembers',
    page: lazy(() => import('./pages/fortress/members/members-page.tsx').then((x) => ({ default: x.MembersPage }))),
  },
  {
    path: '/fortress/places',
    icon: <HomeOutlined />,
    group: 'fortress',
    label: (m) => m.menu.places,
    access: 'canReadPlaces',
    page: lazy(() => import('./pages/fortress/places/places-page.tsx').then((x) => ({ default: x.PlacesPage }))),
  },
  {
    path: '/fortress/enterprises',
    icon: <BankOutlined />,
    group: 'fortress',
    label: (m) => m.menu.enterprises,
    access: 'canReadEnterprises',
    page: lazy(() => import('./pages/fortress/enterprises/enterprises-page.tsx').then((x) => ({ default: x.EnterprisesPage }))),
  },
  {
    path: '/fortress/coverage',
    icon: <PieChartOutlined />,
    group: 'fortress',
    label: (m) => m.menu.coverage,
    access: 'canReadEnterprises',
    page: lazy(() => import('./pages/fortress/coverage/coverage-page.tsx').then((x) => ({ default: x.CoveragePage }))),
  },
  {
    path: '/fortress/onboarding',
    icon: <SolutionOutlined />,
    group: 'fortress',
    label: (m) => m.menu.onboarding,
    access: 'canReadOnboarding',
    page: lazy(() => import('./pages/fortress/onboarding/onboarding-page.tsx').then((x) => ({ default: x.OnboardingPage }))),
  },
  {
    path: '/fortress/chains',
    icon: <NodeIndexOutlined />,
    group: 'fortress',
    label: (m) => m.menu.chains,
    access: 'canReadChains',
    page: lazy(() => import('./pages/fortress/chains/chains-page.tsx').then((x) => ({ default: x.ChainsPage }))),
  },
  {
    path: '/fortress/projects',
    icon: <FundProjectionScreenOutlined />,
    group: 'fortress',
    label: (m) => m.menu.projects,
    access: 'canReadProjects',
    page: lazy(() => import('./pages/fortress/projects/projects-page.tsx').then((x) => ({ default: x.ProjectsPage }))),
  },
  {
    path: '/lead-geese/tasks',
    icon: <OrderedListOutlined />,
    group: 'leadGeese',
    label: (m) => m.menu.taskLists,
    access: 'canReadTasks',
    page: lazy(() => import('./pages/lead-geese/tasks/tasks-page.tsx').then((x) => ({ default: x.TasksPage }))),
  },
  {
    path: '/lead-geese/accountability',
    icon: <AlertOutlined />,
    group: 'leadGeese',
    label: (m) => m.menu.accountability,
    access: 'canReadTasks',
    page: lazy(() => import('./pages/lead-geese/accountability/accountability-page.tsx').then((x) => ({ default: x.AccountabilityPage }))),
  },
  {
    path: '/lead-geese/meetings',
    icon: <TeamOutlined />,
    group: 'leadGeese',
    label: (m) => m.menu.jointMeetings,
    access: 'canReadTasks',
    page: lazy(() => import('./pages/lead-geese/meetings/meetings-page.tsx').then((x) => ({ default: x.MeetingsPage }))),
  },
  {
    path: '/lead-geese/reviews',
    icon: <StarOutlined />,
    group: 'leadGeese',
    label: (m) => m.menu.reviews,
    access: 'canReadReviews',
    page: lazy(() => import('./pages/lead-geese/reviews/reviews-page.tsx').then((x) => ({ default: x.ReviewsPage }))),
  },

  {
    path: '/lead-geese/contacts',
    icon: <ShareAltOutlined />,
    group: 'leadGeese',
    label: (m) => m.menu.contacts,
    access: 'canReadContacts',
    page: lazy(() => import('./pages/lead-geese/contacts/contacts-page.tsx').then((x) => ({ default: x.ContactsPage }))),
  },
  {
    path: '/lead-geese/visits',
    icon: <CarOutlined />,
    group: 'leadGeese',
    label: (m) => m.menu.visits,
    access: 'canReadContacts',
    page: lazy(() => import('./pages/lead-geese/visits/visits-page.tsx').then((x) => ({ default: x.VisitsPage }))),
  },
  {
    path: '/lead-geese/requests',
    icon: <CustomerServiceOutlined />,
    group: 'leadGeese',
    label: (m) => m.menu.requests,
    access: 'canReadRequests',
    page: lazy(() => import('./pages/lead-geese/requests/requests-page.tsx').then((x) => ({ default: x.RequestsPage }))),
  },
  {
    path: '/enterprise-aid/policies',
    icon: <FileTextOutlined />,
    group: 'enterpriseAid',
    label: (m) => m.menu.policies,
    access: 'canReadPolicies',
    page: lazy(() => import('./pages/enterprise-aid/policies/policies-page.tsx').then((x) => ({ default: x.PoliciesPage }))),
  },
  {
    path: '/system/users',
    icon: <UserSwitchOutlined />,
    group: 'system',
    label: (m) => m.menu.users,
    access: 'canReadUsers',
    page: lazy(() => import('./pages/system/users/users-page.tsx').then((x) => ({ default: x.UsersPage }))),
  },
  {
    path: '/system/audit-log',
    icon: <AuditOutlined />,
    group: 'system',
    label: (m) => m.menu.auditLog,
    access: 'canReadAudit',
    page: lazy(() => import('./pages/system/audit-log/audit-log-page.tsx').then((x) => ({ default: x.AuditLogPage }))),
  },
];

export const groupIcons: Record<MenuGroup, ReactNode> = {
  workbench: <DashboardOutlined />,
  fortress: <ApartmentOutlined />,
  leadGeese: <FlagOutlined />,
  navigation: <CompassOutlined />,
  enterpriseAid: <ShopOutlined />,
  momentum: <ThunderboltOutlined />,
  reports: <BarChartOutlined />,
  system: <SettingOutlined />,
};

/** The route whose page shows a path: the longest matching prefix ('/' only exactly). */
export function routeOf(pathname: string, routes: PageRoute[]): PageRoute | undefined {
  return routes
    .filter((r) => (r.path === '/' ? pathname === '/' : pathname === r.path || pathname.startsWith(`${r.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
