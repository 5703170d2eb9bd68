export * from './tenants.ts';
export * from './users.ts';
export * from './audit.ts';
export * from './orgs.ts';
export * from './places.ts';
export * from './members.ts';
