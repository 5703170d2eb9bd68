import type { Permission } from '../../../src/server/platform/roles.ts';
import type { Fixture } from '../authorization-fixture.ts';

export type RouteSpec = {
  access: Permission | 'session';
  /** Which family of fixture objects the route aims at ('none': no object). */
  family: string;
  /** Statuses that mean "the caller was let through" (a business-rule refusal counts). */
  ok: number[];
  url?: (fx: Fixture, id: number) => string;
  body?: (fx: Fixture, id: number) => Record<string, unknown>;
  /** The call ends the caller's session: log in again afterwards. */
  endsSession?: boolean;
  /**
   * What a role bound to org "a" and holding the permission gets for the park's objects outside its subtree
   * (sibling, ancestor, other branch): 404 by default; 'allowed' for records public within the park; 403 for
   * those it may read there but not write.
   */
  outsideSubtree?: 'allowed' | 403;
  /** Reachable without a session. */
  isPublic?: boolean;
  /** Answers errors the Open311 way: [{ code, description }] instead of the envelope. */
  open311?: boolean;
};
