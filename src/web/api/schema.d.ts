/* Generated from openapi.json by `npm run gen`. Do not edit. */
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health check */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description The server is up and its database answers
                             * @enum {string}
                             */
                            status: "ok";
                            /**
                             * @description Which database the server runs on
                             * @enum {string}
                             */
                            database: "pglite" | "postgresql";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in and start a session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Login name */
                        username: string;
                        /** @description Password */
                        password: string;
                        /** @description Park code; the server default when omitted */
                        park?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description User id */
                            userId: number;
                            /** @description Login name */
                            username: string;
                            /** @description Name shown in the interface */
                            displayName: string;
                            /** @description Code of the park the user belongs to */
                            parkCode: string;
                            /** @description Name of that park */
                            parkName: string;
                            /** @description True until the generated first password is changed */
                            mustChangePassword: boolean;
                            /** @description Role assignments in force today */
                            assignments: {
                                /** @description Assignment id */
                                id: number;
                                /**
                                 * @description Role code
                                 * @enum {string}
                                 */
                                role: "system_admin" | "security_admin" | "audit_admin" | "park_admin" | "org_secretary" | "instructor" | "cadre" | "grid_worker" | "enterprise_contact" | "leader";
                                /** @description Root of the org subtree; null for the whole park */
                                orgId: number | null;
                                /** @description Name of that org */
                                orgName: string | null;
                            }[];
                            /** @description Permissions the user holds somewhere */
                            permissions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session on the server */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller: account, roles, permissions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description User id */
                            userId: number;
                            /** @description Login name */
                            username: string;
                            /** @description Name shown in the interface */
                            displayName: string;
                            /** @description Code of the park the user belongs to */
                            parkCode: string;
                            /** @description Name of that park */
                            parkName: string;
                            /** @description True until the generated first password is changed */
                            mustChangePassword: boolean;
                            /** @description Role assignments in force today */
                            assignments: {
                                /** @description Assignment id */
                                id: number;
                                /**
                                 * @description Role code
                                 * @enum {string}
                                 */
                                role: "system_admin" | "security_admin" | "audit_admin" | "park_admin" | "org_secretary" | "instructor" | "cadre" | "grid_worker" | "enterprise_contact" | "leader";
                                /** @description Root of the org subtree; null for the whole park */
                                orgId: number | null;
                                /** @description Name of that org */
                                orgName: string | null;
                            }[];
                            /** @description Permissions the user holds somewhere */
                            permissions: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change one's own password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The password in use now */
                        currentPassword: string;
                        /** @description The new password; must meet the password policy */
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the audit log (audit admin) */
        get: {
            parameters: {
                query?: {
                    /** @description Action, or its prefix (e.g. "auth.") */
                    action?: string;
                    /** @description Login name of the actor */
                    actor?: string;
                    /** @description Object kind */
                    objectType?: string;
                    /** @description Object id */
                    objectId?: string;
                    /** @description From this day (park time) */
                    from?: string;
                    /** @description Up to and including this day */
                    to?: string;
                    /** @description Page number, from 1 */
                    page?: number;
                    /** @description Rows per page (at most 200) */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The rows of this page */
                            items: {
                                /** @description Position in the park's chain, from 1 */
                                seq: number;
                                /** @description When, ISO 8601 with zone (+08:00) */
                                at: string;
                                /** @description Acting user id; null for the system or an unknown login name */
                                actorUserId: number | null;
                                /** @description Acting login name */
                                actorName: string | null;
                                /** @description Source IP address */
                                ip: string | null;
                                /** @description What was done, e.g. org.create, auth.login */
                                action: string;
                                /** @description Kind of object acted on */
                                objectType: string | null;
                                /** @description Id of the object acted on */
                                objectId: string | null;
                                /** @description success or failure */
                                result: string;
                                /** @description What changed, personal data masked */
                                diff: {
                                    [key: string]: unknown;
                                } | null;
                                /** @description This entry's chain hash */
                                hash: string;
                            }[];
                            /** @description Rows matching the filters, over all pages */
                            total: number;
                            /** @description This page number */
                            page: number;
                            /** @description Rows per page */
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify the hash chain of the audit log */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description True when every entry matches its hash and link */
                            ok: boolean;
                            /** @description Entries verified */
                            checked: number;
                            /** @description First entry that fails, if any */
                            brokenAt: number | null;
                            /** @description Why it fails */
                            reason: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List party orgs */
        get: {
            parameters: {
                query?: {
                    /** @description Only direct children of this org */
                    parentId?: number;
                    /** @description Only this org and everything under it */
                    subtreeOf?: number;
                    /** @description Only the topmost orgs the caller may see */
                    roots?: "true" | "false";
                    /** @description Only this kind */
                    kind?: "working_committee" | "committee" | "general_branch" | "branch" | "joint_branch" | "group";
                    /** @description Only this category */
                    category?: "liangxin_committee" | "township_committee" | "chain_committee";
                    /** @description Name, short name or code contains */
                    q?: string;
                    /** @description Read the records as they stood on this date (YYYY-MM-DD); today when omitted */
                    asOf?: string;
                    /** @description Also list dissolved orgs (current view only) */
                    includeDissolved?: "true" | "false";
                    /** @description Page number, from 1 */
                    page?: number;
                    /** @description Rows per page (at most 200) */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The rows of this page */
                            items: {
                                /** @description Org id */
                                id: number;
                                /** @description Org code, unique in the park */
                                code: string;
                                /**
                                 * @description Org kind: working_committee, committee, general_branch, branch, joint_branch, group
                                 * @enum {string}
                                 */
                                kind: "working_committee" | "committee" | "general_branch" | "branch" | "joint_branch" | "group";
                                /** @description Special role: liangxin_committee, township_committee, chain_committee */
                                category: ("liangxin_committee" | "township_committee" | "chain_committee") | null;
                                /** @description Full name (中共…) */
                                name: string;
                                /** @description Short name */
                                shortName: string | null;
                                /** @description Parent org id; null for the root */
                                parentId: number | null;
                                /** @description Depth in the tree, the root is 0 */
                                depth: number;
                                /** @description Founding date */
                                foundedOn: string;
                                /** @description Dissolution date, if dissolved */
                                dissolvedOn: string | null;
                                /** @description Kind of the unit hosting the org */
                                hostUnitKind: ("enterprise" | "social_org" | "community" | "compound" | "building" | "government" | "park") | null;
                                /** @description Name of the hosting unit */
                                hostUnitName: string | null;
                                /** @description Place the org is attached to */
                                placeId: number | null;
                                /** @description Member who is the secretary */
                                secretaryMemberId: number | null;
                                /** @description Child orgs in force on the date read */
                                childCount: number;
                            }[];
                            /** @description Rows matching the filters, over all pages */
                            total: number;
                            /** @description This page number */
                            page: number;
                            /** @description Rows per page */
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Found a party org */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Parent org; null only for the park's root working committee */
                        parentId: number | null;
                        /** @description Org code, unique in the park */
                        code: string;
                        /**
                         * @description Org kind
                         * @enum {string}
                         */
                        kind: "working_committee" | "committee" | "general_branch" | "branch" | "joint_branch" | "group";
                        /** @description Special role */
                        category?: ("liangxin_committee" | "township_committee" | "chain_committee") | null;
                        /** @description Full name (中共…) */
                        name: string;
                        /** @description Short name */
                        shortName?: string | null;
                        /**
                         * Format: date
                         * @description Founding date
                         */
                        foundedOn: string;
                        /** @description Kind of the hosting unit */
                        hostUnitKind?: ("enterprise" | "social_org" | "community" | "compound" | "building" | "government" | "park") | null;
                        /** @description Name of the hosting unit */
                        hostUnitName?: string | null;
                        /** @description Place the org is attached to */
                        placeId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Org id */
                            id: number;
                            /** @description Org code, unique in the park */
                            code: string;
                            /**
                             * @description Org kind: working_committee, committee, general_branch, branch, joint_branch, group
                             * @enum {string}
                             */
                            kind: "working_committee" | "committee" | "general_branch" | "branch" | "joint_branch" | "group";
                            /** @description Special role: liangxin_committee, township_committee, chain_committee */
                            category: ("liangxin_committee" | "township_committee" | "chain_committee") | null;
                            /** @description Full name (中共…) */
                            name: string;
                            /** @description Short name */
                            shortName: string | null;
                            /** @description Parent org id; null for the root */
                            parentId: number | null;
                            /** @description Depth in the tree, the root is 0 */
                            depth: number;
                            /** @description Founding date */
                            foundedOn: string;
                            /** @description Dissolution date, if dissolved */
                            dissolvedOn: string | null;
                            /** @description Kind of the unit hosting the org */
                            hostUnitKind: ("enterprise" | "social_org" | "community" | "compound" | "building" | "government" | "park") | null;
                            /** @description Name of the hosting unit */
                            hostUnitName: string | null;
                            /** @description Place the org is attached to */
                            placeId: number | null;
                            /** @description Member who is the secretary */
                            secretaryMemberId: number | null;
                            /** @description Child orgs in force on the date read */
                            childCount: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One party org with its ancestors and history */
        get: {
            parameters: {
                query?: {
                    /** @description Read the records as they stood on this date (YYYY-MM-DD); today when omitted */
                    asOf?: string;
                };
                header?: never;
                path: {
                    /** @description Record id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Org id */
                            id: number;
                            /** @description Org code, unique in the park */
                            code: string;
                            /**
                             * @description Org kind: working_committee, committee, general_branch, branch, joint_branch, group
                             * @enum {string}
                             */
                            kind: "working_committee" | "committee" | "general_branch" | "branch" | "joint_branch" | "group";
                            /** @description Special role: liangxin_committee, township_committee, chain_committee */
                            category: ("liangxin_committee" | "township_committee" | "chain_committee") | null;
                            /** @description Full name (中共…) */
                            name: string;
                            /** @description Short name */
                            shortName: string | null;
                            /** @description Parent org id; null for the root */
                            parentId: number | null;
                            /** @description Depth in the tree, the root is 0 */
                            depth: number;
                            /** @description Founding date */
                            foundedOn: string;
                            /** @description Dissolution date, if dissolved */
                            dissolvedOn: string | null;
                            /** @description Kind of the unit hosting the org */
                            hostUnitKind: ("enterprise" | "social_org" | "community" | "compound" | "building" | "government" | "park") | null;
                            /** @description Name of the hosting unit */
                            hostUnitName: string | null;
                            /** @description Place the org is attached to */
                            placeId: number | null;
                            /** @description Member who is the secretary */
                            secretaryMemberId: number | null;
                            /** @description Child orgs in force on the date read */
                            childCount: number;
                            /** @description Path from the root down to the parent */
                            ancestors: {
                                id: number;
                                name: string;
                            }[];
                            /** @description Dated history: founding, renames, moves, dissolution */
                            history: {
                                /** @description First day of this period */
                                validFrom: string;
                                /** @description Day after the last day of this period; null while current */
                                validTo: string | null;
                                /** @description What started the period: found, rename, move, ancestor_move, change_kind */
                                change: string;
                                /** @description Name in this period */
                                name: string;
                                /** @description Short name in this period */
                                shortName: string | null;
                                /**
                                 * @description Kind in this period
                                 * @enum {string}
                                 */
                                kind: "working_committee" | "committee" | "general_branch" | "branch" | "joint_branch" | "group";
                                /** @description Parent in this period */
                                parentId: number | null;
                                /** @description Parent's current name */
                                parentName: string | null;
                                /** @description Why */
                                note: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an org's undated fields */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Org code, unique in the park */
                        code?: string;
                        /** @description Special role */
                        category?: ("liangxin_committee" | "township_committee" | "chain_committee") | null;
                        /** @description Kind of the hosting unit */
                        hostUnitKind?: ("enterprise" | "social_org" | "community" | "compound" | "building" | "government" | "park") | null;
                        /** @description Name of the hosting unit */
                        hostUnitName?: string | null;
                        /** @description Place the org is attached to */
                        placeId?: number | null;
                        /** @description Member who is the secretary */
                        secretaryMemberId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Org id */
                            id: number;
                            /** @description Org code, unique in the park */
                            code: string;
                            /**
                             * @description Org kind: working_committee, committee, general_branch, branch, joint_branch, group
                             * @enum {string}
                             */
                            kind: "working_committee" | "committee" | "general_branch" | "branch" | "joint_branch" | "group";
                            /** @description Special role: liangxin_committee, township_committee, chain_committee */
                            category: ("liangxin_committee" | "township_committee" | "chain_committee") | null;
                            /** @description Full name (中共…) */
                            name: string;
                            /** @description Short name */
                            shortName: string | null;
                            /** @description Parent org id; null for the root */
                            parentId: number | null;
                            /** @description Depth in the tree, the root is 0 */
                            depth: number;
                            /** @description Founding date */
                            foundedOn: string;
                            /** @description Dissolution date, if dissolved */
                            dissolvedOn: string | null;
                            /** @description Kind of the unit hosting the org */
                            hostUnitKind: ("enterprise" | "social_org" | "community" | "compound" | "building" | "government" | "park") | null;
                            /** @description Name of the hosting unit */
                            hostUnitName: string | null;
                            /** @description Place the org is attached to */
                            placeId: number | null;
                            /** @description Member who is the secretary */
                            secretaryMemberId: number | null;
                            /** @description Child orgs in force on the date read */
                            childCount: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/orgs/{id}/rename": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rename an org from a date */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Full name (中共…) */
                        name: string;
                        /** @description Short name */
                        shortName?: string | null;
                        /**
                         * Format: date
                         * @description The day the change takes effect (not in the future)
                         */
                        effectiveOn: string;
                        /** @description Why, for the history */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Org id */
                            id: number;
                            /** @description Org code, unique in the park */
                            code: string;
                            /**
                             * @description Org kind: working_committee, committee, general_branch, branch, joint_branch, group
                             * @enum {string}
                             */
                            kind: "working_committee" | "committee" | "general_branch" | "branch" | "joint_branch" | "group";
                            /** @description Special role: liangxin_committee, township_committee, chain_committee */
                            category: ("liangxin_committee" | "township_committee" | "chain_committee") | null;
                            /** @description Full name (中共…) */
                            name: string;
                            /** @description Short name */
                            shortName: string | null;
                            /** @description Parent org id; null for the root */
                            parentId: number | null;
                            /** @description Depth in the tree, the root is 0 */
                            depth: number;
                            /** @description Founding date */
                            foundedOn: string;
                            /** @description Dissolution date, if dissolved */
                            dissolvedOn: string | null;
                            /** @description Kind of the unit hosting the org */
                            hostUnitKind: ("enterprise" | "social_org" | "community" | "compound" | "building" | "government" | "park") | null;
                            /** @description Name of the hosting unit */
                            hostUnitName: string | null;
                            /** @description Place the org is attached to */
                            placeId: number | null;
                            /** @description Member who is the secretary */
                            secretaryMemberId: number | null;
                            /** @description Child orgs in force on the date read */
                            childCount: number;
                            /** @description Path from the root down to the parent */
                            ancestors: {
                                id: number;
                                name: string;
                            }[];
                            /** @description Dated history: founding, renames, moves, dissolution */
                            history: {
                                /** @description First day of this period */
                                validFrom: string;
                                /** @description Day after the last day of this period; null while current */
                                validTo: string | null;
                                /** @description What started the period: found, rename, move, ancestor_move, change_kind */
                                change: string;
                                /** @description Name in this period */
                                name: string;
                                /** @description Short name in this period */
                                shortName: string | null;
                                /**
                                 * @description Kind in this period
                                 * @enum {string}
                                 */
                                kind: "working_committee" | "committee" | "general_branch" | "branch" | "joint_branch" | "group";
                                /** @description Parent in this period */
                                parentId: number | null;
                                /** @description Parent's current name */
                                parentName: string | null;
                                /** @description Why */
                                note: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an org under another parent from a date */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The new parent org */
                        parentId: number;
                        /**
                         * Format: date
                         * @description The day the change takes effect (not in the future)
                         */
                        effectiveOn: string;
                        /** @description Why, for the history */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Org id */
                            id: number;
                            /** @description Org code, unique in the park */
                            code: string;
                            /**
                             * @description Org kind: working_committee, committee, general_branch, branch, joint_branch, group
                             * @enum {string}
                             */
                            kind: "working_committee" | "committee" | "general_branch" | "branch" | "joint_branch" | "group";
                            /** @description Special role: liangxin_committee, township_committee, chain_committee */
                            category: ("liangxin_committee" | "township_committee" | "chain_committee") | null;
                            /** @description Full name (中共…) */
                            name: string;
                            /** @description Short name */
                            shortName: string | null;
                            /** @description Parent org id; null for the root */
                            parentId: number | null;
                            /** @description Depth in the tree, the root is 0 */
                            depth: number;
                            /** @description Founding date */
                            foundedOn: string;
                            /** @description Dissolution date, if dissolved */
                            dissolvedOn: string | null;
                            /** @description Kind of the unit hosting the org */
                            hostUnitKind: ("enterprise" | "social_org" | "community" | "compound" | "building" | "government" | "park") | null;
                            /** @description Name of the hosting unit */
                            hostUnitName: string | null;
                            /** @description Place the org is attached to */
                            placeId: number | null;
                            /** @description Member who is the secretary */
                            secretaryMemberId: number | null;
                            /** @description Child orgs in force on the date read */
                            childCount: number;
                            /** @description Path from the root down to the parent */
                            ancestors: {
                                id: number;
                                name: string;
                            }[];
                            /** @description Dated history: founding, renames, moves, dissolution */
                            history: {
                                /** @description First day of this period */
                                validFrom: string;
                                /** @description Day after the last day of this period; null while current */
                                validTo: string | null;
                                /** @description What started the period: found, rename, move, ancestor_move, change_kind */
                                change: string;
                                /** @description Name in this period */
                                name: string;
                                /** @description Short name in this period */
                                shortName: string | null;
                                /**
                                 * @description Kind in this period
                                 * @enum {string}
                                 */
                                kind: "working_committee" | "committee" | "general_branch" | "branch" | "joint_branch" | "group";
                                /** @description Parent in this period */
                                parentId: number | null;
                                /** @description Parent's current name */
                                parentName: string | null;
                                /** @description Why */
                                note: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{id}/change-kind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change an org's kind from a date */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description The new kind
                         * @enum {string}
                         */
                        kind: "working_committee" | "committee" | "general_branch" | "branch" | "joint_branch" | "group";
                        /**
                         * Format: date
                         * @description The day the change takes effect (not in the future)
                         */
                        effectiveOn: string;
                        /** @description Why, for the history */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Org id */
                            id: number;
                            /** @description Org code, unique in the park */
                            code: string;
                            /**
                             * @description Org kind: working_committee, committee, general_branch, branch, joint_branch, group
                             * @enum {string}
                             */
                            kind: "working_committee" | "committee" | "general_branch" | "branch" | "joint_branch" | "group";
                            /** @description Special role: liangxin_committee, township_committee, chain_committee */
                            category: ("liangxin_committee" | "township_committee" | "chain_committee") | null;
                            /** @description Full name (中共…) */
                            name: string;
                            /** @description Short name */
                            shortName: string | null;
                            /** @description Parent org id; null for the root */
                            parentId: number | null;
                            /** @description Depth in the tree, the root is 0 */
                            depth: number;
                            /** @description Founding date */
                            foundedOn: string;
                            /** @description Dissolution date, if dissolved */
                            dissolvedOn: string | null;
                            /** @description Kind of the unit hosting the org */
                            hostUnitKind: ("enterprise" | "social_org" | "community" | "compound" | "building" | "government" | "park") | null;
                            /** @description Name of the hosting unit */
                            hostUnitName: string | null;
                            /** @description Place the org is attached to */
                            placeId: number | null;
                            /** @description Member who is the secretary */
                            secretaryMemberId: number | null;
                            /** @description Child orgs in force on the date read */
                            childCount: number;
                            /** @description Path from the root down to the parent */
                            ancestors: {
                                id: number;
                                name: string;
                            }[];
                            /** @description Dated history: founding, renames, moves, dissolution */
                            history: {
                                /** @description First day of this period */
                                validFrom: string;
                                /** @description Day after the last day of this period; null while current */
                                validTo: string | null;
                                /** @description What started the period: found, rename, move, ancestor_move, change_kind */
                                change: string;
                                /** @description Name in this period */
                                name: string;
                                /** @description Short name in this period */
                                shortName: string | null;
                                /**
                                 * @description Kind in this period
                                 * @enum {string}
                                 */
                                kind: "working_committee" | "committee" | "general_branch" | "branch" | "joint_branch" | "group";
                                /** @description Parent in this period */
                                parentId: number | null;
                                /** @description Parent's current name */
                                parentName: string | null;
                                /** @description Why */
                                note: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{id}/dissolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dissolve an org from a date */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description The day the change takes effect (not in the future)
                         */
                        effectiveOn: string;
                        /** @description Why, for the history */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Org id */
                            id: number;
                            /** @description Org code, unique in the park */
                            code: string;
                            /**
                             * @description Org kind: working_committee, committee, general_branch, branch, joint_branch, group
                             * @enum {string}
                             */
                            kind: "working_committee" | "committee" | "general_branch" | "branch" | "joint_branch" | "group";
                            /** @description Special role: liangxin_committee, township_committee, chain_committee */
                            category: ("liangxin_committee" | "township_committee" | "chain_committee") | null;
                            /** @description Full name (中共…) */
                            name: string;
                            /** @description Short name */
                            shortName: string | null;
                            /** @description Parent org id; null for the root */
                            parentId: number | null;
                            /** @description Depth in the tree, the root is 0 */
                            depth: number;
                            /** @description Founding date */
                            foundedOn: string;
                            /** @description Dissolution date, if dissolved */
                            dissolvedOn: string | null;
                            /** @description Kind of the unit hosting the org */
                            hostUnitKind: ("enterprise" | "social_org" | "community" | "compound" | "building" | "government" | "park") | null;
                            /** @description Name of the hosting unit */
                            hostUnitName: string | null;
                            /** @description Place the org is attached to */
                            placeId: number | null;
                            /** @description Member who is the secretary */
                            secretaryMemberId: number | null;
                            /** @description Child orgs in force on the date read */
                            childCount: number;
                            /** @description Path from the root down to the parent */
                            ancestors: {
                                id: number;
                                name: string;
                            }[];
                            /** @description Dated history: founding, renames, moves, dissolution */
                            history: {
                                /** @description First day of this period */
                                validFrom: string;
                                /** @description Day after the last day of this period; null while current */
                                validTo: string | null;
                                /** @description What started the period: found, rename, move, ancestor_move, change_kind */
                                change: string;
                                /** @description Name in this period */
                                name: string;
                                /** @description Short name in this period */
                                shortName: string | null;
                                /**
                                 * @description Kind in this period
                                 * @enum {string}
                                 */
                                kind: "working_committee" | "committee" | "general_branch" | "branch" | "joint_branch" | "group";
                                /** @description Parent in this period */
                                parentId: number | null;
                                /** @description Parent's current name */
                                parentName: string | null;
                                /** @description Why */
                                note: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Number of orgs in force on a date in the caller's scope */
        get: {
            parameters: {
                query?: {
                    /** @description Read the records as they stood on this date (YYYY-MM-DD); today when omitted */
                    asOf?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                            asOf: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
