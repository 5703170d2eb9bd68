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
                        /** @description Login name (case does not matter) */
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
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the caller is logged in, and as whom */
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
                            /** @description True when the request carries a live session */
                            authenticated: boolean;
                            /** @description The caller, when authenticated */
                            me: {
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
                            } | null;
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
    "/api/v1/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report's figures as of a date, from records */
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
                            /** @description Every registered figure */
                            items: {
                                /** @description Figure id of ../shared/seed/figures.md, e.g. F04 */
                                id: string;
                                /** @description What the figure is, in Chinese */
                                title: string;
                                /**
                                 * @description stock: as of the date; year: within its year; cumulative: up to it
                                 * @enum {string}
                                 */
                                period: "stock" | "year" | "cumulative";
                                /** @description The counting rule in words (口径) */
                                rule: string;
                                /** @description The computed values, in the caller's scope */
                                values: {
                                    [key: string]: number;
                                };
                                /** @description The date computed for */
                                asOf: string;
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
        patch?: never;
        trace?: never;
    };
    "/api/v1/figures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One figure with the records behind it */
        get: {
            parameters: {
                query?: {
                    /** @description Read the records as they stood on this date (YYYY-MM-DD); today when omitted */
                    asOf?: string;
                    /** @description Page number, from 1 */
                    page?: number;
                    /** @description Rows per page (at most 200) */
                    pageSize?: number;
                };
                header?: never;
                path: {
                    /** @description Figure id, e.g. F04 */
                    id: string;
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
                            /** @description Figure id of ../shared/seed/figures.md, e.g. F04 */
                            id: string;
                            /** @description What the figure is, in Chinese */
                            title: string;
                            /**
                             * @description stock: as of the date; year: within its year; cumulative: up to it
                             * @enum {string}
                             */
                            period: "stock" | "year" | "cumulative";
                            /** @description The counting rule in words (口径) */
                            rule: string;
                            /** @description The computed values, in the caller's scope */
                            values: {
                                [key: string]: number;
                            };
                            /** @description The date computed for */
                            asOf: string;
                            /** @description The records behind the values */
                            records: {
                                /** @description The rows of this page */
                                items: {
                                    /** @description Kind of record: org, member, enterprise, project, honor… */
                                    type: string;
                                    /** @description Record id */
                                    id: number;
                                    /** @description Name of the record */
                                    label: string;
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
        /** Number of orgs in force on a date, in an org's subtree or the caller's scope */
        get: {
            parameters: {
                query?: {
                    /** @description Count this org's subtree (the org included); the caller's whole scope when omitted */
                    orgId?: number;
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
                            /** @description Orgs in force on the date */
                            count: number;
                            /** @description The date counted */
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
    "/api/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The member roster as of a date */
        get: {
            parameters: {
                query?: {
                    /** @description Only members of this org and the orgs under it */
                    orgId?: number;
                    /** @description Empty: no search. Chinese: name contains; letters: pinyin or initials start with; a full ID or mobile number, or the last 4 characters of either */
                    q?: string;
                    /** @description Only this status (on the date read) */
                    status?: "full" | "probationary";
                    /** @description Read the records as they stood on this date (YYYY-MM-DD); today when omitted */
                    asOf?: string;
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
                                /** @description Member id */
                                id: number;
                                /** @description Name */
                                name: string;
                                /**
                                 * @description Sex, derived from the ID number
                                 * @enum {string}
                                 */
                                sex: "male" | "female";
                                /** @description Birth date, derived from the ID number */
                                birthDate: string;
                                /** @description ID number, masked (5110**********1234) */
                                idNumberMasked: string;
                                /** @description Mobile number, masked (138****5678) */
                                phoneMasked: string | null;
                                /**
                                 * @description Status on the date read: full, or probationary before the conversion date
                                 * @enum {string}
                                 */
                                status: "full" | "probationary";
                                /** @description Date of joining the Party */
                                joinedOn: string;
                                /** @description Date of conversion to full membership */
                                convertedOn: string | null;
                                /** @description Post held in the org */
                                post: string | null;
                                /** @description Org of the membership in force on the date read */
                                orgId: number;
                                /** @description That org's current name; null when the org lies outside the caller's org scope */
                                orgName: string | null;
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
        /** Register a member in an org */
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
                        /** @description Name */
                        name: string;
                        /** @description ID number (18 characters, GB 11643); validated by checksum */
                        idNumber: string;
                        /**
                         * @description Optional cross-check: must agree with the ID number
                         * @enum {string}
                         */
                        sex?: "male" | "female";
                        /**
                         * Format: date
                         * @description Optional cross-check: must agree with the ID number
                         */
                        birthDate?: string;
                        /** @description Mainland mobile number (11 digits, +86 allowed) */
                        phone?: string;
                        /** @description Ethnicity (民族) */
                        ethnicity?: string;
                        /** @description Education (学历) */
                        education?: string;
                        /**
                         * Format: date
                         * @description Date of joining the Party (not in the future)
                         */
                        joinedOn: string;
                        /**
                         * @description full or probationary
                         * @enum {string}
                         */
                        status: "full" | "probationary";
                        /**
                         * Format: date
                         * @description Date of conversion to full membership; only for full members
                         */
                        convertedOn?: string;
                        /** @description Post held in the org */
                        post?: string;
                        /** @description The org the member belongs to */
                        orgId: number;
                        /** @description The member's household (a place of kind household) */
                        householdId?: number;
                        /** @description The enterprise or social organization the member works at (one the caller may see) */
                        employerId?: number;
                        /**
                         * @description join (default) or transfer_in (came from outside the park)
                         * @enum {string}
                         */
                        startReason?: "join" | "transfer_in";
                        /**
                         * Format: date
                         * @description First day in the org; defaults to the join date, or the org's founding date if later
                         */
                        validFrom?: string;
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
                            /** @description Member id */
                            id: number;
                            /** @description Name */
                            name: string;
                            /** @description Name in pinyin, lower case, no tones ("zhangsan") */
                            namePinyin: string;
                            /**
                             * @description Sex, derived from the ID number
                             * @enum {string}
                             */
                            sex: "male" | "female";
                            /** @description Ethnicity (民族) */
                            ethnicity: string | null;
                            /** @description Birth date, derived from the ID number */
                            birthDate: string;
                            /** @description Education (学历) */
                            education: string | null;
                            /** @description ID number, masked */
                            idNumberMasked: string;
                            /** @description Mobile number, masked */
                            phoneMasked: string | null;
                            /**
                             * @description Current status
                             * @enum {string}
                             */
                            status: "full" | "probationary";
                            /** @description Date of joining the Party */
                            joinedOn: string;
                            /** @description Date of conversion to full membership */
                            convertedOn: string | null;
                            /** @description Post held in the org */
                            post: string | null;
                            /** @description The member's household (a place of kind household) */
                            householdId: number | null;
                            /** @description The enterprise or social organization the member works at */
                            employerId: number | null;
                            /** @description Org of the current membership, or of the last one after leaving */
                            orgId: number | null;
                            /** @description That org's current name, when in the caller's org scope */
                            orgName: string | null;
                            /** @description Whether the member currently belongs to an org of the park (false after leaving) */
                            isCurrent: boolean;
                            /** @description Membership periods, oldest first */
                            memberships: {
                                /** @description Membership period id */
                                id: number;
                                /** @description Org of this period */
                                orgId: number;
                                /** @description That org's current name; null when the org lies outside the caller's org scope */
                                orgName: string | null;
                                /** @description First day of the period */
                                validFrom: string;
                                /** @description Day after the last day; null while current */
                                validTo: string | null;
                                /**
                                 * @description join or transfer_in
                                 * @enum {string}
                                 */
                                startReason: "join" | "transfer_in";
                                /** @description transfer_out, leave, death, expelled, other; null while current */
                                endReason: ("transfer_out" | "leave" | "death" | "expelled" | "other") | null;
                                /** @description Notes recorded with the period */
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
    "/api/v1/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One member with their membership history */
        get: {
            parameters: {
                query?: never;
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
                            /** @description Member id */
                            id: number;
                            /** @description Name */
                            name: string;
                            /** @description Name in pinyin, lower case, no tones ("zhangsan") */
                            namePinyin: string;
                            /**
                             * @description Sex, derived from the ID number
                             * @enum {string}
                             */
                            sex: "male" | "female";
                            /** @description Ethnicity (民族) */
                            ethnicity: string | null;
                            /** @description Birth date, derived from the ID number */
                            birthDate: string;
                            /** @description Education (学历) */
                            education: string | null;
                            /** @description ID number, masked */
                            idNumberMasked: string;
                            /** @description Mobile number, masked */
                            phoneMasked: string | null;
                            /**
                             * @description Current status
                             * @enum {string}
                             */
                            status: "full" | "probationary";
                            /** @description Date of joining the Party */
                            joinedOn: string;
                            /** @description Date of conversion to full membership */
                            convertedOn: string | null;
                            /** @description Post held in the org */
                            post: string | null;
                            /** @description The member's household (a place of kind household) */
                            householdId: number | null;
                            /** @description The enterprise or social organization the member works at */
                            employerId: number | null;
                            /** @description Org of the current membership, or of the last one after leaving */
                            orgId: number | null;
                            /** @description That org's current name, when in the caller's org scope */
                            orgName: string | null;
                            /** @description Whether the member currently belongs to an org of the park (false after leaving) */
                            isCurrent: boolean;
                            /** @description Membership periods, oldest first */
                            memberships: {
                                /** @description Membership period id */
                                id: number;
                                /** @description Org of this period */
                                orgId: number;
                                /** @description That org's current name; null when the org lies outside the caller's org scope */
                                orgName: string | null;
                                /** @description First day of the period */
                                validFrom: string;
                                /** @description Day after the last day; null while current */
                                validTo: string | null;
                                /**
                                 * @description join or transfer_in
                                 * @enum {string}
                                 */
                                startReason: "join" | "transfer_in";
                                /** @description transfer_out, leave, death, expelled, other; null while current */
                                endReason: ("transfer_out" | "leave" | "death" | "expelled" | "other") | null;
                                /** @description Notes recorded with the period */
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
        /** Change a member's personal fields or status */
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
                        /** @description Name */
                        name?: string;
                        /** @description ID number (18 characters, GB 11643); validated by checksum */
                        idNumber?: string;
                        /**
                         * @description Optional cross-check: must agree with the ID number
                         * @enum {string}
                         */
                        sex?: "male" | "female";
                        /**
                         * Format: date
                         * @description Optional cross-check: must agree with the ID number
                         */
                        birthDate?: string;
                        phone?: string | null;
                        ethnicity?: string | null;
                        education?: string | null;
                        post?: string | null;
                        householdId?: number | null;
                        employerId?: number | null;
                        /**
                         * @description probationary → full needs convertedOn; full members cannot go back
                         * @enum {string}
                         */
                        status?: "full" | "probationary";
                        /** @description Date of conversion to full membership */
                        convertedOn?: string | null;
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
                            /** @description Member id */
                            id: number;
                            /** @description Name */
                            name: string;
                            /** @description Name in pinyin, lower case, no tones ("zhangsan") */
                            namePinyin: string;
                            /**
                             * @description Sex, derived from the ID number
                             * @enum {string}
                             */
                            sex: "male" | "female";
                            /** @description Ethnicity (民族) */
                            ethnicity: string | null;
                            /** @description Birth date, derived from the ID number */
                            birthDate: string;
                            /** @description Education (学历) */
                            education: string | null;
                            /** @description ID number, masked */
                            idNumberMasked: string;
                            /** @description Mobile number, masked */
                            phoneMasked: string | null;
                            /**
                             * @description Current status
                             * @enum {string}
                             */
                            status: "full" | "probationary";
                            /** @description Date of joining the Party */
                            joinedOn: string;
                            /** @description Date of conversion to full membership */
                            convertedOn: string | null;
                            /** @description Post held in the org */
                            post: string | null;
                            /** @description The member's household (a place of kind household) */
                            householdId: number | null;
                            /** @description The enterprise or social organization the member works at */
                            employerId: number | null;
                            /** @description Org of the current membership, or of the last one after leaving */
                            orgId: number | null;
                            /** @description That org's current name, when in the caller's org scope */
                            orgName: string | null;
                            /** @description Whether the member currently belongs to an org of the park (false after leaving) */
                            isCurrent: boolean;
                            /** @description Membership periods, oldest first */
                            memberships: {
                                /** @description Membership period id */
                                id: number;
                                /** @description Org of this period */
                                orgId: number;
                                /** @description That org's current name; null when the org lies outside the caller's org scope */
                                orgName: string | null;
                                /** @description First day of the period */
                                validFrom: string;
                                /** @description Day after the last day; null while current */
                                validTo: string | null;
                                /**
                                 * @description join or transfer_in
                                 * @enum {string}
                                 */
                                startReason: "join" | "transfer_in";
                                /** @description transfer_out, leave, death, expelled, other; null while current */
                                endReason: ("transfer_out" | "leave" | "death" | "expelled" | "other") | null;
                                /** @description Notes recorded with the period */
                                note: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/members/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transfer a member to another org from a date */
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
                        /** @description The org the member moves to */
                        toOrgId: number;
                        /**
                         * Format: date
                         * @description The day the change takes effect (not in the future, not before the current period began)
                         */
                        effectiveOn: string;
                        /** @description Notes, for the history */
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
                            /** @description Member id */
                            id: number;
                            /** @description Name */
                            name: string;
                            /** @description Name in pinyin, lower case, no tones ("zhangsan") */
                            namePinyin: string;
                            /**
                             * @description Sex, derived from the ID number
                             * @enum {string}
                             */
                            sex: "male" | "female";
                            /** @description Ethnicity (民族) */
                            ethnicity: string | null;
                            /** @description Birth date, derived from the ID number */
                            birthDate: string;
                            /** @description Education (学历) */
                            education: string | null;
                            /** @description ID number, masked */
                            idNumberMasked: string;
                            /** @description Mobile number, masked */
                            phoneMasked: string | null;
                            /**
                             * @description Current status
                             * @enum {string}
                             */
                            status: "full" | "probationary";
                            /** @description Date of joining the Party */
                            joinedOn: string;
                            /** @description Date of conversion to full membership */
                            convertedOn: string | null;
                            /** @description Post held in the org */
                            post: string | null;
                            /** @description The member's household (a place of kind household) */
                            householdId: number | null;
                            /** @description The enterprise or social organization the member works at */
                            employerId: number | null;
                            /** @description Org of the current membership, or of the last one after leaving */
                            orgId: number | null;
                            /** @description That org's current name, when in the caller's org scope */
                            orgName: string | null;
                            /** @description Whether the member currently belongs to an org of the park (false after leaving) */
                            isCurrent: boolean;
                            /** @description Membership periods, oldest first */
                            memberships: {
                                /** @description Membership period id */
                                id: number;
                                /** @description Org of this period */
                                orgId: number;
                                /** @description That org's current name; null when the org lies outside the caller's org scope */
                                orgName: string | null;
                                /** @description First day of the period */
                                validFrom: string;
                                /** @description Day after the last day; null while current */
                                validTo: string | null;
                                /**
                                 * @description join or transfer_in
                                 * @enum {string}
                                 */
                                startReason: "join" | "transfer_in";
                                /** @description transfer_out, leave, death, expelled, other; null while current */
                                endReason: ("transfer_out" | "leave" | "death" | "expelled" | "other") | null;
                                /** @description Notes recorded with the period */
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
    "/api/v1/members/{id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a member's membership from a date */
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
                         * @description The day the change takes effect (not in the future, not before the current period began)
                         */
                        effectiveOn: string;
                        /**
                         * @description leave, death, expelled or other
                         * @enum {string}
                         */
                        reason: "leave" | "death" | "expelled" | "other";
                        /** @description Notes, for the history */
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
                            /** @description Member id */
                            id: number;
                            /** @description Name */
                            name: string;
                            /** @description Name in pinyin, lower case, no tones ("zhangsan") */
                            namePinyin: string;
                            /**
                             * @description Sex, derived from the ID number
                             * @enum {string}
                             */
                            sex: "male" | "female";
                            /** @description Ethnicity (民族) */
                            ethnicity: string | null;
                            /** @description Birth date, derived from the ID number */
                            birthDate: string;
                            /** @description Education (学历) */
                            education: string | null;
                            /** @description ID number, masked */
                            idNumberMasked: string;
                            /** @description Mobile number, masked */
                            phoneMasked: string | null;
                            /**
                             * @description Current status
                             * @enum {string}
                             */
                            status: "full" | "probationary";
                            /** @description Date of joining the Party */
                            joinedOn: string;
                            /** @description Date of conversion to full membership */
                            convertedOn: string | null;
                            /** @description Post held in the org */
                            post: string | null;
                            /** @description The member's household (a place of kind household) */
                            householdId: number | null;
                            /** @description The enterprise or social organization the member works at */
                            employerId: number | null;
                            /** @description Org of the current membership, or of the last one after leaving */
                            orgId: number | null;
                            /** @description That org's current name, when in the caller's org scope */
                            orgName: string | null;
                            /** @description Whether the member currently belongs to an org of the park (false after leaving) */
                            isCurrent: boolean;
                            /** @description Membership periods, oldest first */
                            memberships: {
                                /** @description Membership period id */
                                id: number;
                                /** @description Org of this period */
                                orgId: number;
                                /** @description That org's current name; null when the org lies outside the caller's org scope */
                                orgName: string | null;
                                /** @description First day of the period */
                                validFrom: string;
                                /** @description Day after the last day; null while current */
                                validTo: string | null;
                                /**
                                 * @description join or transfer_in
                                 * @enum {string}
                                 */
                                startReason: "join" | "transfer_in";
                                /** @description transfer_out, leave, death, expelled, other; null while current */
                                endReason: ("transfer_out" | "leave" | "death" | "expelled" | "other") | null;
                                /** @description Notes recorded with the period */
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
    "/api/v1/members/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show a member's ID or phone number in full (audited) */
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
                         * @description Which value to show in full
                         * @enum {string}
                         */
                        field: "idNumber" | "phone";
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
                            /**
                             * @description The field shown
                             * @enum {string}
                             */
                            field: "idNumber" | "phone";
                            /** @description The full value */
                            value: string;
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
    "/api/v1/members-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Number of members in force on a date, in an org's subtree or the caller's scope */
        get: {
            parameters: {
                query?: {
                    /** @description Only members of this org and the orgs under it */
                    orgId?: number;
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
                            /** @description Members whose membership is in force on the date, in the org's subtree or the caller's scope */
                            count: number;
                            /** @description The date counted */
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
    "/api/v1/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List places (community, compound, building, household) */
        get: {
            parameters: {
                query?: {
                    /** @description Only places directly under this place */
                    parentId?: number;
                    /** @description Only the topmost places the caller may see */
                    roots?: "true" | "false";
                    /** @description Only this kind */
                    kind?: "community" | "compound" | "building" | "household";
                    /** @description Name or code contains */
                    q?: string;
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
                                /** @description Place id */
                                id: number;
                                /**
                                 * @description Place kind: community (社区), compound (小区), building (楼栋), household (户)
                                 * @enum {string}
                                 */
                                kind: "community" | "compound" | "building" | "household";
                                /** @description Place code, unique in the park */
                                code: string;
                                /** @description Name, e.g. 幸福社区, 3 栋, 2-301 */
                                name: string;
                                /** @description Parent place; null for a community */
                                parentId: number | null;
                                /** @description Depth in the place tree, a community is 0 */
                                depth: number;
                                /** @description Street address */
                                address: string | null;
                                /** @description The org responsible for the place (社区党总支, 小区党支部, 楼栋党小组…) */
                                orgId: number | null;
                                /** @description Current name of the responsible org */
                                orgName: string | null;
                                /** @description On a household: the member whose home is this 党员中心户 */
                                centerMemberId: number | null;
                                /** @description Places directly under this one */
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
        /** Create a place under its parent */
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
                        /** @description Parent place; null only for a community */
                        parentId: number | null;
                        /**
                         * @description Place kind
                         * @enum {string}
                         */
                        kind: "community" | "compound" | "building" | "household";
                        /** @description Place code, unique in the park */
                        code: string;
                        /** @description Name */
                        name: string;
                        /** @description Street address */
                        address?: string | null;
                        /** @description The responsible org; inherited from the parent place when omitted */
                        orgId?: number;
                        /** @description On a household only: the member whose home is this 党员中心户 */
                        centerMemberId?: number | null;
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
                            /** @description Place id */
                            id: number;
                            /**
                             * @description Place kind: community (社区), compound (小区), building (楼栋), household (户)
                             * @enum {string}
                             */
                            kind: "community" | "compound" | "building" | "household";
                            /** @description Place code, unique in the park */
                            code: string;
                            /** @description Name, e.g. 幸福社区, 3 栋, 2-301 */
                            name: string;
                            /** @description Parent place; null for a community */
                            parentId: number | null;
                            /** @description Depth in the place tree, a community is 0 */
                            depth: number;
                            /** @description Street address */
                            address: string | null;
                            /** @description The org responsible for the place (社区党总支, 小区党支部, 楼栋党小组…) */
                            orgId: number | null;
                            /** @description Current name of the responsible org */
                            orgName: string | null;
                            /** @description On a household: the member whose home is this 党员中心户 */
                            centerMemberId: number | null;
                            /** @description Places directly under this one */
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
    "/api/v1/places/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One place with its visible ancestors, attached orgs and center household member */
        get: {
            parameters: {
                query?: never;
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
                            /** @description Place id */
                            id: number;
                            /**
                             * @description Place kind: community (社区), compound (小区), building (楼栋), household (户)
                             * @enum {string}
                             */
                            kind: "community" | "compound" | "building" | "household";
                            /** @description Place code, unique in the park */
                            code: string;
                            /** @description Name, e.g. 幸福社区, 3 栋, 2-301 */
                            name: string;
                            /** @description Parent place; null for a community */
                            parentId: number | null;
                            /** @description Depth in the place tree, a community is 0 */
                            depth: number;
                            /** @description Street address */
                            address: string | null;
                            /** @description The org responsible for the place (社区党总支, 小区党支部, 楼栋党小组…) */
                            orgId: number | null;
                            /** @description Current name of the responsible org */
                            orgName: string | null;
                            /** @description On a household: the member whose home is this 党员中心户 */
                            centerMemberId: number | null;
                            /** @description Places directly under this one */
                            childCount: number;
                            /** @description The ancestors the caller may see, from the community down to the parent */
                            ancestors: {
                                /** @description Ancestor place id */
                                id: number;
                                /**
                                 * @description Ancestor kind
                                 * @enum {string}
                                 */
                                kind: "community" | "compound" | "building" | "household";
                                /** @description Ancestor name */
                                name: string;
                            }[];
                            /** @description Party orgs attached to this place (orgs.placeId) that the caller may read */
                            orgs: {
                                /** @description Org id */
                                id: number;
                                /** @description Org name */
                                name: string;
                            }[];
                            /** @description Name of the 党员中心户 member, on a household that has one */
                            centerMemberName: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a place with no places under it, no orgs attached and no residents */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a place's name, code, address, responsible org or center household member */
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
                        /** @description Name */
                        name?: string;
                        /** @description Place code, unique in the park */
                        code?: string;
                        /** @description Street address */
                        address?: string | null;
                        /** @description The responsible org; null leaves the place to park-wide users only */
                        orgId?: number | null;
                        /** @description On a household only: the member whose home is this 党员中心户 */
                        centerMemberId?: number | null;
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
                            /** @description Place id */
                            id: number;
                            /**
                             * @description Place kind: community (社区), compound (小区), building (楼栋), household (户)
                             * @enum {string}
                             */
                            kind: "community" | "compound" | "building" | "household";
                            /** @description Place code, unique in the park */
                            code: string;
                            /** @description Name, e.g. 幸福社区, 3 栋, 2-301 */
                            name: string;
                            /** @description Parent place; null for a community */
                            parentId: number | null;
                            /** @description Depth in the place tree, a community is 0 */
                            depth: number;
                            /** @description Street address */
                            address: string | null;
                            /** @description The org responsible for the place (社区党总支, 小区党支部, 楼栋党小组…) */
                            orgId: number | null;
                            /** @description Current name of the responsible org */
                            orgName: string | null;
                            /** @description On a household: the member whose home is this 党员中心户 */
                            centerMemberId: number | null;
                            /** @description Places directly under this one */
                            childCount: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List enterprises and social organizations, with designations and covering orgs as of a date */
        get: {
            parameters: {
                query?: {
                    /** @description Only this kind of unit */
                    unitKind?: "enterprise" | "social_org";
                    /** @description Only this status */
                    status?: "onboarding" | "active" | "closed";
                    /** @description Only units holding this designation on the date read */
                    designation?: "above_scale" | "srdi_national" | "srdi_provincial" | "high_tech" | "innovative_sme" | "foreign_funded" | "listed";
                    /** @description Name or 统一社会信用代码 contains */
                    q?: string;
                    /** @description Only units whose responsible org lies in this org's subtree */
                    responsibleOrgId?: number;
                    /** @description Only units that are members of this industrial chain on the date read; a chain the caller cannot read is 404 */
                    chainId?: number;
                    /** @description org: only units covered on the date read by an own or joint org in force; none: only units no org covers then */
                    coverage?: "org" | "none";
                    /** @description Read the records as they stood on this date (YYYY-MM-DD); today when omitted */
                    asOf?: string;
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
                                /** @description Enterprise id */
                                id: number;
                                /** @description 统一社会信用代码 (18 characters, GB 32100-2015) */
                                uscc: string;
                                /**
                                 * @description enterprise or social_org
                                 * @enum {string}
                                 */
                                unitKind: "enterprise" | "social_org";
                                /** @description Registered name */
                                name: string;
                                /** @description Industry */
                                industry: string | null;
                                /**
                                 * @description onboarding, active or closed
                                 * @enum {string}
                                 */
                                status: "onboarding" | "active" | "closed";
                                /** @description Org answerable for party work toward the unit */
                                responsibleOrgId: number;
                                /** @description Designations held on the date read */
                                designations: ("above_scale" | "srdi_national" | "srdi_provincial" | "high_tech" | "innovative_sme" | "foreign_funded" | "listed")[];
                                /** @description Orgs in force covering the unit on the date read (a dissolved org no longer covers) */
                                coveringOrgs: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name; null when the org lies outside the caller's org scope */
                                    name: string | null;
                                    /**
                                     * @description own: the unit hosts the org; joint: a joint branch covering several units
                                     * @enum {string}
                                     */
                                    kind: "own" | "joint";
                                }[];
                                /** @description Industrial chains the unit is a member of on the date read */
                                chains: {
                                    /** @description Chain id */
                                    id: number;
                                    /** @description The chain's name; null when the chain lies outside the caller's chains.read scope */
                                    name: string | null;
                                }[];
                                /** @description Registered capital in 元 */
                                registeredCapital: number | null;
                                /** @description Registered capital in 万元, e.g. "123.45万元" */
                                registeredCapitalDisplay: string | null;
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
        /** Register an enterprise or social organization (USCC checked) */
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
                        /** @description 统一社会信用代码: 18 characters, checked by the GB 32100-2015 check character */
                        uscc: string;
                        /**
                         * @description enterprise or social_org
                         * @enum {string}
                         */
                        unitKind: "enterprise" | "social_org";
                        /** @description Registered name */
                        name: string;
                        /** @description Address */
                        address?: string;
                        /** @description Industry */
                        industry?: string;
                        /** @description Registered capital in 元 (whole yuan) */
                        registeredCapital?: number;
                        /** @description Number of employees */
                        employees?: number;
                        /**
                         * Format: date
                         * @description Date founded (not in the future)
                         */
                        foundedOn?: string;
                        /**
                         * @description active (default) for a unit already operating; onboarding for a new one going through its onboarding case
                         * @enum {string}
                         */
                        status?: "onboarding" | "active";
                        /** @description Org answerable for party work toward the unit; the caller must be able to write enterprises under it */
                        responsibleOrgId: number;
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
                            /** @description Enterprise id */
                            id: number;
                            /** @description 统一社会信用代码 (18 characters, GB 32100-2015) */
                            uscc: string;
                            /**
                             * @description enterprise or social_org
                             * @enum {string}
                             */
                            unitKind: "enterprise" | "social_org";
                            /** @description Registered name */
                            name: string;
                            /** @description Industry */
                            industry: string | null;
                            /**
                             * @description onboarding, active or closed
                             * @enum {string}
                             */
                            status: "onboarding" | "active" | "closed";
                            /** @description Org answerable for party work toward the unit */
                            responsibleOrgId: number;
                            /** @description Designations held on the date read */
                            designations: ("above_scale" | "srdi_national" | "srdi_provincial" | "high_tech" | "innovative_sme" | "foreign_funded" | "listed")[];
                            /** @description Orgs in force covering the unit on the date read (a dissolved org no longer covers) */
                            coveringOrgs: {
                                /** @description Org id */
                                id: number;
                                /** @description The org's current name; null when the org lies outside the caller's org scope */
                                name: string | null;
                                /**
                                 * @description own: the unit hosts the org; joint: a joint branch covering several units
                                 * @enum {string}
                                 */
                                kind: "own" | "joint";
                            }[];
                            /** @description Industrial chains the unit is a member of on the date read */
                            chains: {
                                /** @description Chain id */
                                id: number;
                                /** @description The chain's name; null when the chain lies outside the caller's chains.read scope */
                                name: string | null;
                            }[];
                            /** @description Registered capital in 元 */
                            registeredCapital: number | null;
                            /** @description Registered capital in 万元, e.g. "123.45万元" */
                            registeredCapitalDisplay: string | null;
                            /** @description Address */
                            address: string | null;
                            /** @description Number of employees */
                            employees: number | null;
                            /** @description Date founded */
                            foundedOn: string | null;
                            /** @description Org answerable for party work toward the unit */
                            responsibleOrg: {
                                /** @description Org id */
                                id: number;
                                /** @description Current name; null when outside the caller's org scope */
                                name: string | null;
                            };
                            /** @description Contact people, masked */
                            contacts: {
                                /** @description Contact id */
                                id: number;
                                /** @description Name */
                                name: string;
                                /** @description Title or post at the unit */
                                title: string | null;
                                /** @description Mobile number, masked (138****5678) */
                                phoneMasked: string | null;
                            }[];
                            /** @description Every designation period, oldest first */
                            designationHistory: {
                                /** @description Designation period id */
                                id: number;
                                /** @description The unit */
                                enterpriseId: number;
                                /**
                                 * @description above_scale, srdi_national, srdi_provincial, high_tech, innovative_sme, foreign_funded, listed
                                 * @enum {string}
                                 */
                                designation: "above_scale" | "srdi_national" | "srdi_provincial" | "high_tech" | "innovative_sme" | "foreign_funded" | "listed";
                                /** @description First day held */
                                validFrom: string;
                                /** @description Day after the last day held; null while held */
                                validTo: string | null;
                                /** @description Notes (certificate number, issuing body…) */
                                note: string | null;
                            }[];
                            /** @description Every coverage link, oldest first */
                            coverageHistory: {
                                /** @description Coverage link id */
                                id: number;
                                /** @description The unit covered */
                                enterpriseId: number;
                                /** @description The covering org */
                                orgId: number;
                                /** @description The org's current name; null when outside the caller's org scope */
                                orgName: string | null;
                                /**
                                 * @description own or joint
                                 * @enum {string}
                                 */
                                kind: "own" | "joint";
                                /** @description First day of the link */
                                validFrom: string;
                                /** @description Day after the last day; null while current */
                                validTo: string | null;
                            }[];
                            /** @description Members working at the unit whose membership is current */
                            employedMemberCount: number;
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
    "/api/v1/enterprises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One unit with contacts, designation and coverage history, and employed members */
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
                            /** @description Enterprise id */
                            id: number;
                            /** @description 统一社会信用代码 (18 characters, GB 32100-2015) */
                            uscc: string;
                            /**
                             * @description enterprise or social_org
                             * @enum {string}
                             */
                            unitKind: "enterprise" | "social_org";
                            /** @description Registered name */
                            name: string;
                            /** @description Industry */
                            industry: string | null;
                            /**
                             * @description onboarding, active or closed
                             * @enum {string}
                             */
                            status: "onboarding" | "active" | "closed";
                            /** @description Org answerable for party work toward the unit */
                            responsibleOrgId: number;
                            /** @description Designations held on the date read */
                            designations: ("above_scale" | "srdi_national" | "srdi_provincial" | "high_tech" | "innovative_sme" | "foreign_funded" | "listed")[];
                            /** @description Orgs in force covering the unit on the date read (a dissolved org no longer covers) */
                            coveringOrgs: {
                                /** @description Org id */
                                id: number;
                                /** @description The org's current name; null when the org lies outside the caller's org scope */
                                name: string | null;
                                /**
                                 * @description own: the unit hosts the org; joint: a joint branch covering several units
                                 * @enum {string}
                                 */
                                kind: "own" | "joint";
                            }[];
                            /** @description Industrial chains the unit is a member of on the date read */
                            chains: {
                                /** @description Chain id */
                                id: number;
                                /** @description The chain's name; null when the chain lies outside the caller's chains.read scope */
                                name: string | null;
                            }[];
                            /** @description Registered capital in 元 */
                            registeredCapital: number | null;
                            /** @description Registered capital in 万元, e.g. "123.45万元" */
                            registeredCapitalDisplay: string | null;
                            /** @description Address */
                            address: string | null;
                            /** @description Number of employees */
                            employees: number | null;
                            /** @description Date founded */
                            foundedOn: string | null;
                            /** @description Org answerable for party work toward the unit */
                            responsibleOrg: {
                                /** @description Org id */
                                id: number;
                                /** @description Current name; null when outside the caller's org scope */
                                name: string | null;
                            };
                            /** @description Contact people, masked */
                            contacts: {
                                /** @description Contact id */
                                id: number;
                                /** @description Name */
                                name: string;
                                /** @description Title or post at the unit */
                                title: string | null;
                                /** @description Mobile number, masked (138****5678) */
                                phoneMasked: string | null;
                            }[];
                            /** @description Every designation period, oldest first */
                            designationHistory: {
                                /** @description Designation period id */
                                id: number;
                                /** @description The unit */
                                enterpriseId: number;
                                /**
                                 * @description above_scale, srdi_national, srdi_provincial, high_tech, innovative_sme, foreign_funded, listed
                                 * @enum {string}
                                 */
                                designation: "above_scale" | "srdi_national" | "srdi_provincial" | "high_tech" | "innovative_sme" | "foreign_funded" | "listed";
                                /** @description First day held */
                                validFrom: string;
                                /** @description Day after the last day held; null while held */
                                validTo: string | null;
                                /** @description Notes (certificate number, issuing body…) */
                                note: string | null;
                            }[];
                            /** @description Every coverage link, oldest first */
                            coverageHistory: {
                                /** @description Coverage link id */
                                id: number;
                                /** @description The unit covered */
                                enterpriseId: number;
                                /** @description The covering org */
                                orgId: number;
                                /** @description The org's current name; null when outside the caller's org scope */
                                orgName: string | null;
                                /**
                                 * @description own or joint
                                 * @enum {string}
                                 */
                                kind: "own" | "joint";
                                /** @description First day of the link */
                                validFrom: string;
                                /** @description Day after the last day; null while current */
                                validTo: string | null;
                            }[];
                            /** @description Members working at the unit whose membership is current */
                            employedMemberCount: number;
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
        /** Change a unit's fields, responsible org or status (active / closed) */
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
                        /** @description 统一社会信用代码: 18 characters, checked by the GB 32100-2015 check character */
                        uscc?: string;
                        /**
                         * @description enterprise or social_org
                         * @enum {string}
                         */
                        unitKind?: "enterprise" | "social_org";
                        /** @description Registered name */
                        name?: string;
                        address?: string | null;
                        industry?: string | null;
                        registeredCapital?: number | null;
                        employees?: number | null;
                        foundedOn?: string | null;
                        /**
                         * @description closed: the unit has closed; active: a closed unit reopens (an onboarding unit becomes active through its onboarding case)
                         * @enum {string}
                         */
                        status?: "active" | "closed";
                        /** @description Org answerable for party work toward the unit; the caller must be able to write enterprises under it */
                        responsibleOrgId?: number;
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
                            /** @description Enterprise id */
                            id: number;
                            /** @description 统一社会信用代码 (18 characters, GB 32100-2015) */
                            uscc: string;
                            /**
                             * @description enterprise or social_org
                             * @enum {string}
                             */
                            unitKind: "enterprise" | "social_org";
                            /** @description Registered name */
                            name: string;
                            /** @description Industry */
                            industry: string | null;
                            /**
                             * @description onboarding, active or closed
                             * @enum {string}
                             */
                            status: "onboarding" | "active" | "closed";
                            /** @description Org answerable for party work toward the unit */
                            responsibleOrgId: number;
                            /** @description Designations held on the date read */
                            designations: ("above_scale" | "srdi_national" | "srdi_provincial" | "high_tech" | "innovative_sme" | "foreign_funded" | "listed")[];
                            /** @description Orgs in force covering the unit on the date read (a dissolved org no longer covers) */
                            coveringOrgs: {
                                /** @description Org id */
                                id: number;
                                /** @description The org's current name; null when the org lies outside the caller's org scope */
                                name: string | null;
                                /**
                                 * @description own: the unit hosts the org; joint: a joint branch covering several units
                                 * @enum {string}
                                 */
                                kind: "own" | "joint";
                            }[];
                            /** @description Industrial chains the unit is a member of on the date read */
                            chains: {
                                /** @description Chain id */
                                id: number;
                                /** @description The chain's name; null when the chain lies outside the caller's chains.read scope */
                                name: string | null;
                            }[];
                            /** @description Registered capital in 元 */
                            registeredCapital: number | null;
                            /** @description Registered capital in 万元, e.g. "123.45万元" */
                            registeredCapitalDisplay: string | null;
                            /** @description Address */
                            address: string | null;
                            /** @description Number of employees */
                            employees: number | null;
                            /** @description Date founded */
                            foundedOn: string | null;
                            /** @description Org answerable for party work toward the unit */
                            responsibleOrg: {
                                /** @description Org id */
                                id: number;
                                /** @description Current name; null when outside the caller's org scope */
                                name: string | null;
                            };
                            /** @description Contact people, masked */
                            contacts: {
                                /** @description Contact id */
                                id: number;
                                /** @description Name */
                                name: string;
                                /** @description Title or post at the unit */
                                title: string | null;
                                /** @description Mobile number, masked (138****5678) */
                                phoneMasked: string | null;
                            }[];
                            /** @description Every designation period, oldest first */
                            designationHistory: {
                                /** @description Designation period id */
                                id: number;
                                /** @description The unit */
                                enterpriseId: number;
                                /**
                                 * @description above_scale, srdi_national, srdi_provincial, high_tech, innovative_sme, foreign_funded, listed
                                 * @enum {string}
                                 */
                                designation: "above_scale" | "srdi_national" | "srdi_provincial" | "high_tech" | "innovative_sme" | "foreign_funded" | "listed";
                                /** @description First day held */
                                validFrom: string;
                                /** @description Day after the last day held; null while held */
                                validTo: string | null;
                                /** @description Notes (certificate number, issuing body…) */
                                note: string | null;
                            }[];
                            /** @description Every coverage link, oldest first */
                            coverageHistory: {
                                /** @description Coverage link id */
                                id: number;
                                /** @description The unit covered */
                                enterpriseId: number;
                                /** @description The covering org */
                                orgId: number;
                                /** @description The org's current name; null when outside the caller's org scope */
                                orgName: string | null;
                                /**
                                 * @description own or joint
                                 * @enum {string}
                                 */
                                kind: "own" | "joint";
                                /** @description First day of the link */
                                validFrom: string;
                                /** @description Day after the last day; null while current */
                                validTo: string | null;
                            }[];
                            /** @description Members working at the unit whose membership is current */
                            employedMemberCount: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/enterprises/{id}/designations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a designation held from a date */
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
                         * @description The designation
                         * @enum {string}
                         */
                        designation: "above_scale" | "srdi_national" | "srdi_provincial" | "high_tech" | "innovative_sme" | "foreign_funded" | "listed";
                        /**
                         * Format: date
                         * @description First day held (not in the future)
                         */
                        validFrom: string;
                        /**
                         * Format: date
                         * @description Day after the last day held, when known (e.g. a certificate's expiry); open-ended when omitted
                         */
                        validTo?: string;
                        /** @description Notes (certificate number, issuing body…) */
                        note?: string;
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
                            /** @description Designation period id */
                            id: number;
                            /** @description The unit */
                            enterpriseId: number;
                            /**
                             * @description above_scale, srdi_national, srdi_provincial, high_tech, innovative_sme, foreign_funded, listed
                             * @enum {string}
                             */
                            designation: "above_scale" | "srdi_national" | "srdi_provincial" | "high_tech" | "innovative_sme" | "foreign_funded" | "listed";
                            /** @description First day held */
                            validFrom: string;
                            /** @description Day after the last day held; null while held */
                            validTo: string | null;
                            /** @description Notes (certificate number, issuing body…) */
                            note: string | null;
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
    "/api/v1/enterprise-designations/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a designation on a date */
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
                         * @description Day after the last day (exclusive end); must come after the first day
                         */
                        validTo: string;
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
                            /** @description Designation period id */
                            id: number;
                            /** @description The unit */
                            enterpriseId: number;
                            /**
                             * @description above_scale, srdi_national, srdi_provincial, high_tech, innovative_sme, foreign_funded, listed
                             * @enum {string}
                             */
                            designation: "above_scale" | "srdi_national" | "srdi_provincial" | "high_tech" | "innovative_sme" | "foreign_funded" | "listed";
                            /** @description First day held */
                            validFrom: string;
                            /** @description Day after the last day held; null while held */
                            validTo: string | null;
                            /** @description Notes (certificate number, issuing body…) */
                            note: string | null;
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
    "/api/v1/enterprises/{id}/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link a covering org (own or joint) from a date */
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
                        /** @description The covering org */
                        orgId: number;
                        /**
                         * @description own: the org is the unit's own (the org becomes hosted by the unit); joint: a joint branch covering the unit among others
                         * @enum {string}
                         */
                        kind: "own" | "joint";
                        /**
                         * Format: date
                         * @description First day of the link (not in the future, not before the org was founded)
                         */
                        validFrom: string;
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
                            /** @description Coverage link id */
                            id: number;
                            /** @description The unit covered */
                            enterpriseId: number;
                            /** @description The covering org */
                            orgId: number;
                            /** @description The org's current name; null when outside the caller's org scope */
                            orgName: string | null;
                            /**
                             * @description own or joint
                             * @enum {string}
                             */
                            kind: "own" | "joint";
                            /** @description First day of the link */
                            validFrom: string;
                            /** @description Day after the last day; null while current */
                            validTo: string | null;
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
    "/api/v1/org-coverage/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a coverage link on a date */
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
                         * @description Day after the last day (exclusive end); must come after the first day
                         */
                        validTo: string;
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
                            /** @description Coverage link id */
                            id: number;
                            /** @description The unit covered */
                            enterpriseId: number;
                            /** @description The covering org */
                            orgId: number;
                            /** @description The org's current name; null when outside the caller's org scope */
                            orgName: string | null;
                            /**
                             * @description own or joint
                             * @enum {string}
                             */
                            kind: "own" | "joint";
                            /** @description First day of the link */
                            validFrom: string;
                            /** @description Day after the last day; null while current */
                            validTo: string | null;
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
    "/api/v1/enterprises/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a contact person (phone stored encrypted, shown masked) */
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
                        /** @description Name */
                        name: string;
                        /** @description Title or post at the unit */
                        title?: string;
                        /** @description Mainland mobile number (11 digits, +86 allowed); stored encrypted, shown masked */
                        phone?: string;
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
                            /** @description Contact id */
                            id: number;
                            /** @description Name */
                            name: string;
                            /** @description Title or post at the unit */
                            title: string | null;
                            /** @description Mobile number, masked (138****5678) */
                            phoneMasked: string | null;
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
    "/api/v1/enterprise-contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a contact person (a unit keeps at least one) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The role catalogue */
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
                            /** @description Every role the platform knows */
                            items: {
                                /**
                                 * @description Role code
                                 * @enum {string}
                                 */
                                code: "system_admin" | "security_admin" | "audit_admin" | "park_admin" | "org_secretary" | "instructor" | "cadre" | "grid_worker" | "enterprise_contact" | "leader";
                                /** @description Chinese name */
                                nameZh: string;
                                /** @description English name */
                                nameEn: string;
                                /** @description Permissions the role grants within its org subtree */
                                permissions: ("orgs.read" | "orgs.write" | "members.read" | "members.write" | "members.reveal" | "places.read" | "places.write" | "users.read" | "users.write" | "audit.read" | "enterprises.read" | "enterprises.write" | "guidance.write" | "onboarding.read" | "onboarding.write" | "chains.read" | "chains.write" | "projects.read" | "projects.write" | "tasks.read" | "tasks.write" | "contacts.read" | "contacts.write" | "visits.write" | "requests.read" | "requests.write" | "requests.handle" | "reviews.read" | "reviews.write" | "reviews.score" | "reviews.manage" | "policies.read" | "policies.write")[];
                                /** @description True for the three admin roles (三员分立): always the whole park, never bound to an org */
                                isParkWide: boolean;
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
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List accounts */
        get: {
            parameters: {
                query?: {
                    /** @description Login name or display name contains */
                    q?: string;
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
                                /** @description User id */
                                id: number;
                                /** @description Login name */
                                username: string;
                                /** @description Name shown in the interface */
                                displayName: string;
                                /** @description A disabled account cannot log in and its sessions have ended */
                                isDisabled: boolean;
                                /** @description Locked after repeated failed logins, until the lockout runs out or an admin unlocks it */
                                isLocked: boolean;
                                /** @description True until the user replaces a generated or admin-set password */
                                mustChangePassword: boolean;
                                /** @description Every role assignment, past, present and future */
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
                                    /** @description For an enterprise contact: the enterprise or social organization the role is bound to */
                                    enterpriseId: number | null;
                                    /** @description That unit's name */
                                    enterpriseName: string | null;
                                    /** @description First day the assignment holds; null: since always */
                                    validFrom: string | null;
                                    /** @description Day after the last day it holds; null: open-ended */
                                    validTo: string | null;
                                }[];
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
        /** Open an account */
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
                        /** @description Login name: 3 to 32 letters, digits, ".", "_" or "-"; unique in the park regardless of case (stored in lower case) */
                        username: string;
                        /** @description Name shown in the interface */
                        displayName: string;
                        /** @description First password; must meet the password policy. Omit it to have one generated */
                        password?: string;
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
                            /** @description User id */
                            id: number;
                            /** @description Login name */
                            username: string;
                            /** @description Name shown in the interface */
                            displayName: string;
                            /** @description A disabled account cannot log in and its sessions have ended */
                            isDisabled: boolean;
                            /** @description Locked after repeated failed logins, until the lockout runs out or an admin unlocks it */
                            isLocked: boolean;
                            /** @description True until the user replaces a generated or admin-set password */
                            mustChangePassword: boolean;
                            /** @description Every role assignment, past, present and future */
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
                                /** @description For an enterprise contact: the enterprise or social organization the role is bound to */
                                enterpriseId: number | null;
                                /** @description That unit's name */
                                enterpriseName: string | null;
                                /** @description First day the assignment holds; null: since always */
                                validFrom: string | null;
                                /** @description Day after the last day it holds; null: open-ended */
                                validTo: string | null;
                            }[];
                            /** @description The generated first password, present only when none was given; shown this once */
                            initialPassword?: string;
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
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One account with its role assignments */
        get: {
            parameters: {
                query?: never;
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
                            /** @description User id */
                            id: number;
                            /** @description Login name */
                            username: string;
                            /** @description Name shown in the interface */
                            displayName: string;
                            /** @description A disabled account cannot log in and its sessions have ended */
                            isDisabled: boolean;
                            /** @description Locked after repeated failed logins, until the lockout runs out or an admin unlocks it */
                            isLocked: boolean;
                            /** @description True until the user replaces a generated or admin-set password */
                            mustChangePassword: boolean;
                            /** @description Every role assignment, past, present and future */
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
                                /** @description For an enterprise contact: the enterprise or social organization the role is bound to */
                                enterpriseId: number | null;
                                /** @description That unit's name */
                                enterpriseName: string | null;
                                /** @description First day the assignment holds; null: since always */
                                validFrom: string | null;
                                /** @description Day after the last day it holds; null: open-ended */
                                validTo: string | null;
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
        /** Rename, disable or re-enable an account */
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
                        /** @description Name shown in the interface */
                        displayName?: string;
                        /** @description Disable (true) or re-enable (false) the account; disabling ends its sessions */
                        isDisabled?: boolean;
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
                            id: number;
                            /** @description Login name */
                            username: string;
                            /** @description Name shown in the interface */
                            displayName: string;
                            /** @description A disabled account cannot log in and its sessions have ended */
                            isDisabled: boolean;
                            /** @description Locked after repeated failed logins, until the lockout runs out or an admin unlocks it */
                            isLocked: boolean;
                            /** @description True until the user replaces a generated or admin-set password */
                            mustChangePassword: boolean;
                            /** @description Every role assignment, past, present and future */
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
                                /** @description For an enterprise contact: the enterprise or social organization the role is bound to */
                                enterpriseId: number | null;
                                /** @description That unit's name */
                                enterpriseName: string | null;
                                /** @description First day the assignment holds; null: since always */
                                validFrom: string | null;
                                /** @description Day after the last day it holds; null: open-ended */
                                validTo: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{id}/role-assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace an account's role assignments */
        put: {
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
                        /** @description The complete new list; it replaces the old one */
                        assignments: {
                            /**
                             * @description Role code
                             * @enum {string}
                             */
                            role: "system_admin" | "security_admin" | "audit_admin" | "park_admin" | "org_secretary" | "instructor" | "cadre" | "grid_worker" | "enterprise_contact" | "leader";
                            /** @description Root of the org subtree the role holds in; null for the whole park (required for the three admin roles) */
                            orgId: number | null;
                            /** @description Only for enterprise_contact: the enterprise or social organization the contact speaks for (a relation scope); an enterprise contact needs this or an orgId */
                            enterpriseId?: number | null;
                            /** @description First day the assignment holds; omitted or null: at once */
                            validFrom?: string | null;
                            /** @description Day after the last day it holds; omitted or null: open-ended */
                            validTo?: string | null;
                        }[];
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
                            id: number;
                            /** @description Login name */
                            username: string;
                            /** @description Name shown in the interface */
                            displayName: string;
                            /** @description A disabled account cannot log in and its sessions have ended */
                            isDisabled: boolean;
                            /** @description Locked after repeated failed logins, until the lockout runs out or an admin unlocks it */
                            isLocked: boolean;
                            /** @description True until the user replaces a generated or admin-set password */
                            mustChangePassword: boolean;
                            /** @description Every role assignment, past, present and future */
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
                                /** @description For an enterprise contact: the enterprise or social organization the role is bound to */
                                enterpriseId: number | null;
                                /** @description That unit's name */
                                enterpriseName: string | null;
                                /** @description First day the assignment holds; null: since always */
                                validFrom: string | null;
                                /** @description Day after the last day it holds; null: open-ended */
                                validTo: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new generated password, shown once */
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
                            /** @description The new generated password, shown this once; the user must change it at next login */
                            initialPassword: string;
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
    "/api/v1/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift a lockout from failed logins */
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
                            id: number;
                            /** @description Login name */
                            username: string;
                            /** @description Name shown in the interface */
                            displayName: string;
                            /** @description A disabled account cannot log in and its sessions have ended */
                            isDisabled: boolean;
                            /** @description Locked after repeated failed logins, until the lockout runs out or an admin unlocks it */
                            isLocked: boolean;
                            /** @description True until the user replaces a generated or admin-set password */
                            mustChangePassword: boolean;
                            /** @description Every role assignment, past, present and future */
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
                                /** @description For an enterprise contact: the enterprise or social organization the role is bound to */
                                enterpriseId: number | null;
                                /** @description That unit's name */
                                enterpriseName: string | null;
                                /** @description First day the assignment holds; null: since always */
                                validFrom: string | null;
                                /** @description Day after the last day it holds; null: open-ended */
                                validTo: string | null;
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
    "/api/v1/user-directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The staff directory: active accounts bound to orgs the caller reads, for pickers */
        get: {
            parameters: {
                query?: {
                    /** @description Display name or login name contains */
                    q?: string;
                    /** @description Only accounts holding this role today */
                    role?: "system_admin" | "security_admin" | "audit_admin" | "park_admin" | "org_secretary" | "instructor" | "cadre" | "grid_worker" | "enterprise_contact" | "leader";
                    /** @description Only accounts bound to this org's subtree (an org the caller reads) */
                    orgId?: number;
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
                                /** @description User id */
                                id: number;
                                /** @description Login name */
                                username: string;
                                /** @description Name shown in the interface */
                                displayName: string;
                                /** @description The account's assignments in force today that lie in the caller's reach */
                                assignments: {
                                    /**
                                     * @description Role code
                                     * @enum {string}
                                     */
                                    role: "system_admin" | "security_admin" | "audit_admin" | "park_admin" | "org_secretary" | "instructor" | "cadre" | "grid_worker" | "enterprise_contact" | "leader";
                                    /** @description Org the role is bound to; null: park-wide or by relation only */
                                    orgId: number | null;
                                    /** @description That org's name */
                                    orgName: string | null;
                                }[];
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
    "/api/v1/coverage/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The park's coverage rule per category */
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
                            /** @description One rule per category */
                            items: {
                                /**
                                 * @description Coverage category: above_scale (规上工业企业, designated on the date), srdi (专精特新, national or provincial), social_org (社会组织 not closed and founded by the date)
                                 * @enum {string}
                                 */
                                category: "above_scale" | "srdi" | "social_org";
                                /** @description Organizational coverage counts: an own or joint org in force covers the unit */
                                countsOrg: boolean;
                                /** @description Work coverage counts: an instructor assignment in force on the date */
                                countsInstructor: boolean;
                                /** @description Days without a guidance visit before an enterprise of the category is flagged */
                                visitIntervalDays: number;
                                /** @description No rule saved for the category: the defaults apply (both count, 90 days) */
                                isDefault: boolean;
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
        patch?: never;
        trace?: never;
    };
    "/api/v1/coverage/rules/{category}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a category's coverage rule (park-wide enterprises.write) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Coverage category: above_scale (规上工业企业, designated on the date), srdi (专精特新, national or provincial), social_org (社会组织 not closed and founded by the date) */
                    category: "above_scale" | "srdi" | "social_org";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Organizational coverage counts: an own or joint org in force covers the unit */
                        countsOrg: boolean;
                        /** @description Work coverage counts: an instructor assignment in force on the date */
                        countsInstructor: boolean;
                        /** @description Days without a guidance visit before an enterprise is flagged (1–3650) */
                        visitIntervalDays: number;
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
                            /**
                             * @description Coverage category: above_scale (规上工业企业, designated on the date), srdi (专精特新, national or provincial), social_org (社会组织 not closed and founded by the date)
                             * @enum {string}
                             */
                            category: "above_scale" | "srdi" | "social_org";
                            /** @description Organizational coverage counts: an own or joint org in force covers the unit */
                            countsOrg: boolean;
                            /** @description Work coverage counts: an instructor assignment in force on the date */
                            countsInstructor: boolean;
                            /** @description Days without a guidance visit before an enterprise of the category is flagged */
                            visitIntervalDays: number;
                            /** @description No rule saved for the category: the defaults apply (both count, 90 days) */
                            isDefault: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coverage/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coverage rates per category as of a date, with numerators and denominators */
        get: {
            parameters: {
                query?: {
                    /** @description Read the records as they stood on this date (YYYY-MM-DD); today when omitted */
                    asOf?: string;
                    /** @description Only units whose responsible org lies in this org's subtree (an org the caller may read) */
                    responsibleOrgId?: number;
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
                            /** @description The date counted for */
                            asOf: string;
                            /** @description The subtree the count was narrowed to, if any */
                            responsibleOrgId: number | null;
                            /** @description One rate per category */
                            items: {
                                /**
                                 * @description Coverage category: above_scale (规上工业企业, designated on the date), srdi (专精特新, national or provincial), social_org (社会组织 not closed and founded by the date)
                                 * @enum {string}
                                 */
                                category: "above_scale" | "srdi" | "social_org";
                                /** @description The rule the numbers were counted by */
                                rule: {
                                    /** @description Organizational coverage counts: an own or joint org in force covers the unit */
                                    countsOrg: boolean;
                                    /** @description Work coverage counts: an instructor assignment in force on the date */
                                    countsInstructor: boolean;
                                    /** @description Days without a guidance visit before an enterprise of the category is flagged */
                                    visitIntervalDays: number;
                                };
                                /** @description Units of the category on the date, in the caller's scope */
                                denominator: number;
                                /** @description Of those, units covered by an own or joint org in force */
                                orgCovered: number;
                                /** @description Of those, units with an instructor assignment in force */
                                instructorCovered: number;
                                /** @description Of those, units covered per the rule (org and/or instructor, as it counts them): the numerator */
                                covered: number;
                                /** @description covered / denominator (0–1); null when the denominator is 0 */
                                rate: number | null;
                                /** @description orgCovered / denominator (0–1); null when the denominator is 0 */
                                orgRate: number | null;
                                /** @description instructorCovered / denominator (0–1); null when the denominator is 0 */
                                instructorRate: number | null;
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
        patch?: never;
        trace?: never;
    };
    "/api/v1/coverage/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The units behind a coverage rate, each with how it is covered */
        get: {
            parameters: {
                query: {
                    /** @description Coverage category: above_scale (规上工业企业, designated on the date), srdi (专精特新, national or provincial), social_org (社会组织 not closed and founded by the date) */
                    category: "above_scale" | "srdi" | "social_org";
                    /** @description Read the records as they stood on this date (YYYY-MM-DD); today when omitted */
                    asOf?: string;
                    /** @description Only units covered (true) or not covered (false) per the rule */
                    covered?: "true" | "false";
                    /** @description Only units with (true) or without (false) an own or joint org in force */
                    orgCovered?: "true" | "false";
                    /** @description Only units with (true) or without (false) an instructor assignment in force */
                    instructorCovered?: "true" | "false";
                    /** @description Only units whose responsible org lies in this org's subtree (an org the caller may read) */
                    responsibleOrgId?: number;
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
                                /** @description Enterprise (host unit) id */
                                id: number;
                                /** @description Name */
                                name: string;
                                /** @description 统一社会信用代码 */
                                uscc: string;
                                /**
                                 * @description enterprise or social_org
                                 * @enum {string}
                                 */
                                unitKind: "enterprise" | "social_org";
                                /** @description The org answerable for party work toward the unit */
                                responsibleOrgId: number;
                                /** @description That org's current name */
                                responsibleOrgName: string;
                                /** @description Covered per the rule on the date */
                                covered: boolean;
                                /** @description An own or joint org in force covers it */
                                orgCovered: boolean;
                                /** @description An instructor assignment is in force */
                                instructorCovered: boolean;
                                /** @description Orgs covering the unit on the date */
                                orgs: {
                                    /** @description Org id */
                                    orgId: number;
                                    /** @description Org name */
                                    name: string;
                                    /**
                                     * @description own (hosted by the unit) or joint (a joint branch over several units)
                                     * @enum {string}
                                     */
                                    kind: "own" | "joint";
                                }[];
                                /** @description Instructors assigned to the unit on the date */
                                instructors: {
                                    /** @description Instructor's user id */
                                    userId: number;
                                    /** @description Instructor's name */
                                    displayName: string;
                                    /** @description First day of the assignment in force on the date */
                                    validFrom: string;
                                }[];
                            }[];
                            /** @description Rows matching the filters, over all pages */
                            total: number;
                            /** @description This page number */
                            page: number;
                            /** @description Rows per page */
                            pageSize: number;
                            /**
                             * @description Coverage category: above_scale (规上工业企业, designated on the date), srdi (专精特新, national or provincial), social_org (社会组织 not closed and founded by the date)
                             * @enum {string}
                             */
                            category: "above_scale" | "srdi" | "social_org";
                            /** @description The date read */
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
    "/api/v1/coverage/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coverage alerts as of a date: uncovered units, and units with three or more full members and no own org */
        get: {
            parameters: {
                query?: {
                    /** @description Read the records as they stood on this date (YYYY-MM-DD); today when omitted */
                    asOf?: string;
                    /** @description Only alerts of this reason */
                    reason?: "uncovered" | "members_without_own_org";
                    /** @description Only units whose responsible org lies in this org's subtree (an org the caller may read) */
                    responsibleOrgId?: number;
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
                                /** @description The unit the alert is about */
                                unit: {
                                    /** @description Enterprise (host unit) id */
                                    id: number;
                                    /** @description Name */
                                    name: string;
                                    /** @description 统一社会信用代码 */
                                    uscc: string;
                                    /**
                                     * @description enterprise or social_org
                                     * @enum {string}
                                     */
                                    unitKind: "enterprise" | "social_org";
                                };
                                /**
                                 * @description uncovered: a unit of a category not covered per the rule; members_without_own_org: three or more full members employed there and no own org
                                 * @enum {string}
                                 */
                                reason: "uncovered" | "members_without_own_org";
                                /** @description For uncovered: the categories in which the unit is not covered; empty otherwise */
                                categories: ("above_scale" | "srdi" | "social_org")[];
                                /** @description Full members employed at the unit whose membership is in force on the date */
                                fullMembers: number;
                                /** @description Who the alert goes to */
                                recipients: {
                                    /** @description The unit's instructors on the date */
                                    instructors: {
                                        /** @description Instructor's user id */
                                        userId: number;
                                        /** @description Instructor's name */
                                        displayName: string;
                                        /** @description First day of the assignment in force on the date */
                                        validFrom: string;
                                    }[];
                                    /** @description The two-new committee (区两新党委) in force on the date */
                                    committees: {
                                        /** @description Org id */
                                        orgId: number;
                                        /** @description Org name */
                                        name: string;
                                    }[];
                                };
                            }[];
                            /** @description Rows matching the filters, over all pages */
                            total: number;
                            /** @description This page number */
                            page: number;
                            /** @description Rows per page */
                            pageSize: number;
                            /** @description The date computed for */
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
    "/api/v1/coverage/unvisited": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Enterprises with an instructor and no guidance visit within the rule's interval */
        get: {
            parameters: {
                query?: {
                    /** @description Read the records as they stood on this date (YYYY-MM-DD); today when omitted */
                    asOf?: string;
                    /** @description Only units whose responsible org lies in this org's subtree (an org the caller may read) */
                    responsibleOrgId?: number;
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
                                /** @description The enterprise not visited in time */
                                unit: {
                                    /** @description Enterprise (host unit) id */
                                    id: number;
                                    /** @description Name */
                                    name: string;
                                    /** @description 统一社会信用代码 */
                                    uscc: string;
                                    /**
                                     * @description enterprise or social_org
                                     * @enum {string}
                                     */
                                    unitKind: "enterprise" | "social_org";
                                };
                                /** @description Its instructors on the date */
                                instructors: {
                                    /** @description Instructor's user id */
                                    userId: number;
                                    /** @description Instructor's name */
                                    displayName: string;
                                    /** @description First day of the assignment in force on the date */
                                    validFrom: string;
                                }[];
                                /** @description The coverage categories it falls in on the date */
                                categories: ("above_scale" | "srdi" | "social_org")[];
                                /** @description The interval applied: the smallest of its categories' rules, 90 when it falls in none */
                                intervalDays: number;
                                /** @description Its last guidance visit on or before the date; null when never visited */
                                lastVisitOn: string | null;
                                /** @description Days from the last visit to the date; null when never visited */
                                daysSinceLastVisit: number | null;
                            }[];
                            /** @description Rows matching the filters, over all pages */
                            total: number;
                            /** @description This page number */
                            page: number;
                            /** @description Rows per page */
                            pageSize: number;
                            /** @description The date computed for */
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
    "/api/v1/instructor-assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List instructor assignments */
        get: {
            parameters: {
                query?: {
                    /** @description Only assignments to this enterprise (one the caller may read) */
                    enterpriseId?: number;
                    /** @description Only assignments of this instructor */
                    instructorUserId?: number;
                    /** @description Only assignments in force on this date; every period when omitted */
                    asOf?: string;
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
                                /** @description Assignment id */
                                id: number;
                                /** @description The instructor (a user holding the instructor role) */
                                instructorUserId: number;
                                /** @description The instructor's name */
                                instructorName: string;
                                /** @description The enterprise or social organization guided */
                                enterpriseId: number;
                                /** @description Its name */
                                enterpriseName: string;
                                /** @description First day of the assignment */
                                validFrom: string;
                                /** @description Day after the last day; null while in force */
                                validTo: string | null;
                                /** @description In force today */
                                isCurrent: boolean;
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
        /** Assign an instructor to an enterprise from a date */
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
                        /** @description The user to assign; must hold the instructor role on validFrom */
                        instructorUserId: number;
                        /** @description The enterprise or social organization to guide; must lie in the caller's enterprises.write scope */
                        enterpriseId: number;
                        /**
                         * Format: date
                         * @description First day of the assignment (not in the future)
                         */
                        validFrom: string;
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
                            /** @description Assignment id */
                            id: number;
                            /** @description The instructor (a user holding the instructor role) */
                            instructorUserId: number;
                            /** @description The instructor's name */
                            instructorName: string;
                            /** @description The enterprise or social organization guided */
                            enterpriseId: number;
                            /** @description Its name */
                            enterpriseName: string;
                            /** @description First day of the assignment */
                            validFrom: string;
                            /** @description Day after the last day; null while in force */
                            validTo: string | null;
                            /** @description In force today */
                            isCurrent: boolean;
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
    "/api/v1/instructor-assignments/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End an instructor assignment */
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
                         * @description Day after the last day of the assignment: after validFrom, not in the future
                         */
                        validTo: string;
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
                            /** @description Assignment id */
                            id: number;
                            /** @description The instructor (a user holding the instructor role) */
                            instructorUserId: number;
                            /** @description The instructor's name */
                            instructorName: string;
                            /** @description The enterprise or social organization guided */
                            enterpriseId: number;
                            /** @description Its name */
                            enterpriseName: string;
                            /** @description First day of the assignment */
                            validFrom: string;
                            /** @description Day after the last day; null while in force */
                            validTo: string | null;
                            /** @description In force today */
                            isCurrent: boolean;
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
    "/api/v1/guidance-visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List guidance visits */
        get: {
            parameters: {
                query?: {
                    /** @description Only visits to this enterprise (one the caller may read) */
                    enterpriseId?: number;
                    /** @description Only visits by this instructor */
                    instructorUserId?: number;
                    /** @description Only visits on or after this date */
                    from?: string;
                    /** @description Only visits on or before this date */
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
                                /** @description Visit id */
                                id: number;
                                /** @description The enterprise visited */
                                enterpriseId: number;
                                /** @description Its name */
                                enterpriseName: string;
                                /** @description The instructor who visited */
                                instructorUserId: number;
                                /** @description The instructor's name */
                                instructorName: string;
                                /** @description Date of the visit */
                                visitedOn: string;
                                /** @description Topics of the guidance */
                                topics: string;
                                /** @description What was found */
                                findings: string | null;
                                /** @description What is to follow */
                                followUps: string | null;
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
        /** Log a guidance visit to an enterprise one is assigned to */
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
                        /** @description The enterprise visited; the caller must be assigned to it, today and on visitedOn */
                        enterpriseId: number;
                        /**
                         * Format: date
                         * @description Date of the visit (not in the future)
                         */
                        visitedOn: string;
                        /** @description Topics of the guidance */
                        topics: string;
                        /** @description What was found */
                        findings?: string;
                        /** @description What is to follow */
                        followUps?: string;
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
                            /** @description Visit id */
                            id: number;
                            /** @description The enterprise visited */
                            enterpriseId: number;
                            /** @description Its name */
                            enterpriseName: string;
                            /** @description The instructor who visited */
                            instructorUserId: number;
                            /** @description The instructor's name */
                            instructorName: string;
                            /** @description Date of the visit */
                            visitedOn: string;
                            /** @description Topics of the guidance */
                            topics: string;
                            /** @description What was found */
                            findings: string | null;
                            /** @description What is to follow */
                            followUps: string | null;
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
    "/api/v1/onboarding-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List 三合一 onboarding cases with overall status, progress per track and overdue steps */
        get: {
            parameters: {
                query?: {
                    /** @description Only cases in this status */
                    status?: "open" | "completed" | "cancelled";
                    /** @description true: only cases with an overdue step today */
                    overdue?: "true" | "false";
                    /** @description Only this enterprise's cases */
                    enterpriseId?: number;
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
                                /** @description Case id */
                                id: number;
                                /** @description The new enterprise */
                                enterpriseId: number;
                                /** @description The enterprise's name */
                                enterpriseName: string;
                                /** @description Day the case was opened */
                                openedOn: string;
                                /**
                                 * @description open, completed or cancelled
                                 * @enum {string}
                                 */
                                status: "open" | "completed" | "cancelled";
                                /** @description Day the case was completed */
                                completedOn: string | null;
                                /** @description Note on the case; a cancellation appends its reason */
                                note: string | null;
                                /**
                                 * @description The one status of the whole case: not_started, in_progress, ready_to_complete, completed, cancelled
                                 * @enum {string}
                                 */
                                overallStatus: "not_started" | "in_progress" | "ready_to_complete" | "completed" | "cancelled";
                                /** @description Progress per track, all three tracks in order */
                                progress: {
                                    /**
                                     * @description Track: party_mass (党群服务), planning_construction (规划建设), admin_approval (行政审批)
                                     * @enum {string}
                                     */
                                    track: "party_mass" | "planning_construction" | "admin_approval";
                                    /** @description Steps on the track */
                                    total: number;
                                    /** @description Steps done */
                                    done: number;
                                    /** @description Steps skipped */
                                    skipped: number;
                                }[];
                                /** @description Steps overdue today */
                                overdueSteps: number;
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
        /** Open an onboarding case for an enterprise in status onboarding (template steps unless given) */
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
                        /** @description The enterprise; it must be in status onboarding with no open case */
                        enterpriseId: number;
                        /**
                         * Format: date
                         * @description Day the case is opened (not in the future)
                         */
                        openedOn: string;
                        /** @description Note on the case */
                        note?: string;
                        /** @description The checklist; numbered within each track in the order given. The built-in template when omitted */
                        steps?: {
                            /**
                             * @description Track: party_mass (党群服务), planning_construction (规划建设), admin_approval (行政审批)
                             * @enum {string}
                             */
                            track: "party_mass" | "planning_construction" | "admin_approval";
                            /** @description What is to be done */
                            title: string;
                            /** @description Department that owns the step */
                            ownerDepartment: string;
                            /**
                             * Format: date
                             * @description Due date (not before the opening date)
                             */
                            dueOn: string;
                            /** @description Official handling the step */
                            ownerUserId?: number;
                        }[];
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
                            /** @description Case id */
                            id: number;
                            /** @description The new enterprise */
                            enterpriseId: number;
                            /** @description The enterprise's name */
                            enterpriseName: string;
                            /** @description Day the case was opened */
                            openedOn: string;
                            /**
                             * @description open, completed or cancelled
                             * @enum {string}
                             */
                            status: "open" | "completed" | "cancelled";
                            /** @description Day the case was completed */
                            completedOn: string | null;
                            /** @description Note on the case; a cancellation appends its reason */
                            note: string | null;
                            /** @description One status for the whole case */
                            overall: {
                                /**
                                 * @description not_started, in_progress, ready_to_complete, completed or cancelled
                                 * @enum {string}
                                 */
                                status: "not_started" | "in_progress" | "ready_to_complete" | "completed" | "cancelled";
                                /** @description The status in Chinese, as the enterprise contact reads it */
                                label: string;
                                /** @description The status in English */
                                labelEn: string;
                                /** @description Steps over all tracks */
                                totalSteps: number;
                                /** @description Steps done or skipped */
                                finishedSteps: number;
                                /** @description Steps overdue today */
                                overdueSteps: number;
                                /** @description The next open step of each track: what the enterprise waits on now */
                                nextSteps: {
                                    /** @description Step id */
                                    id: number;
                                    /**
                                     * @description Track: party_mass (党群服务), planning_construction (规划建设), admin_approval (行政审批)
                                     * @enum {string}
                                     */
                                    track: "party_mass" | "planning_construction" | "admin_approval";
                                    /** @description What is to be done */
                                    title: string;
                                    /** @description Department that owns it */
                                    ownerDepartment: string;
                                    /** @description Due date */
                                    dueOn: string;
                                    /**
                                     * @description pending or in_progress
                                     * @enum {string}
                                     */
                                    status: "pending" | "in_progress" | "done" | "skipped";
                                    /** @description Past its due date */
                                    isOverdue: boolean;
                                }[];
                            };
                            /** @description The three tracks, each a checklist */
                            tracks: {
                                /**
                                 * @description Track: party_mass (党群服务), planning_construction (规划建设), admin_approval (行政审批)
                                 * @enum {string}
                                 */
                                track: "party_mass" | "planning_construction" | "admin_approval";
                                /** @description Steps on the track */
                                total: number;
                                /** @description Steps done */
                                done: number;
                                /** @description Steps skipped */
                                skipped: number;
                                /** @description Track name in Chinese */
                                name: string;
                                /** @description The track's steps in order, each with its hand-offs */
                                steps: {
                                    /** @description Step id */
                                    id: number;
                                    /** @description Case the step belongs to */
                                    caseId: number;
                                    /**
                                     * @description Track: party_mass (党群服务), planning_construction (规划建设), admin_approval (行政审批)
                                     * @enum {string}
                                     */
                                    track: "party_mass" | "planning_construction" | "admin_approval";
                                    /** @description Position within the track, from 1 */
                                    seq: number;
                                    /** @description What is to be done, e.g. 营业执照 */
                                    title: string;
                                    /** @description Department that owns the step now */
                                    ownerDepartment: string;
                                    /** @description Official handling the step */
                                    ownerUserId: number | null;
                                    /** @description That official's display name */
                                    ownerUserName: string | null;
                                    /** @description Due date */
                                    dueOn: string;
                                    /**
                                     * @description pending, in_progress, done or skipped
                                     * @enum {string}
                                     */
                                    status: "pending" | "in_progress" | "done" | "skipped";
                                    /** @description Notes on the step (a skip or a reopening gives its reason here) */
                                    notes: string | null;
                                    /** @description Day it was done */
                                    doneOn: string | null;
                                    /** @description Due before today, not done or skipped, on an open case */
                                    isOverdue: boolean;
                                    /** @description Hand-offs between departments, oldest first */
                                    handoffs: {
                                        /** @description Hand-off id */
                                        id: number;
                                        /** @description Department that handed the step on */
                                        fromDepartment: string;
                                        /** @description Department that took it over */
                                        toDepartment: string;
                                        /** @description Day of the hand-off */
                                        handedOn: string;
                                        /** @description What was handed over, or why */
                                        note: string | null;
                                        /** @description User who recorded the hand-off */
                                        byUserId: number | null;
                                        /** @description That user's display name */
                                        byUserName: string | null;
                                    }[];
                                }[];
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
    "/api/v1/onboarding-cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One onboarding case: its tracks, steps, hand-offs and one overall status */
        get: {
            parameters: {
                query?: never;
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
                            /** @description Case id */
                            id: number;
                            /** @description The new enterprise */
                            enterpriseId: number;
                            /** @description The enterprise's name */
                            enterpriseName: string;
                            /** @description Day the case was opened */
                            openedOn: string;
                            /**
                             * @description open, completed or cancelled
                             * @enum {string}
                             */
                            status: "open" | "completed" | "cancelled";
                            /** @description Day the case was completed */
                            completedOn: string | null;
                            /** @description Note on the case; a cancellation appends its reason */
                            note: string | null;
                            /** @description One status for the whole case */
                            overall: {
                                /**
                                 * @description not_started, in_progress, ready_to_complete, completed or cancelled
                                 * @enum {string}
                                 */
                                status: "not_started" | "in_progress" | "ready_to_complete" | "completed" | "cancelled";
                                /** @description The status in Chinese, as the enterprise contact reads it */
                                label: string;
                                /** @description The status in English */
                                labelEn: string;
                                /** @description Steps over all tracks */
                                totalSteps: number;
                                /** @description Steps done or skipped */
                                finishedSteps: number;
                                /** @description Steps overdue today */
                                overdueSteps: number;
                                /** @description The next open step of each track: what the enterprise waits on now */
                                nextSteps: {
                                    /** @description Step id */
                                    id: number;
                                    /**
                                     * @description Track: party_mass (党群服务), planning_construction (规划建设), admin_approval (行政审批)
                                     * @enum {string}
                                     */
                                    track: "party_mass" | "planning_construction" | "admin_approval";
                                    /** @description What is to be done */
                                    title: string;
                                    /** @description Department that owns it */
                                    ownerDepartment: string;
                                    /** @description Due date */
                                    dueOn: string;
                                    /**
                                     * @description pending or in_progress
                                     * @enum {string}
                                     */
                                    status: "pending" | "in_progress" | "done" | "skipped";
                                    /** @description Past its due date */
                                    isOverdue: boolean;
                                }[];
                            };
                            /** @description The three tracks, each a checklist */
                            tracks: {
                                /**
                                 * @description Track: party_mass (党群服务), planning_construction (规划建设), admin_approval (行政审批)
                                 * @enum {string}
                                 */
                                track: "party_mass" | "planning_construction" | "admin_approval";
                                /** @description Steps on the track */
                                total: number;
                                /** @description Steps done */
                                done: number;
                                /** @description Steps skipped */
                                skipped: number;
                                /** @description Track name in Chinese */
                                name: string;
                                /** @description The track's steps in order, each with its hand-offs */
                                steps: {
                                    /** @description Step id */
                                    id: number;
                                    /** @description Case the step belongs to */
                                    caseId: number;
                                    /**
                                     * @description Track: party_mass (党群服务), planning_construction (规划建设), admin_approval (行政审批)
                                     * @enum {string}
                                     */
                                    track: "party_mass" | "planning_construction" | "admin_approval";
                                    /** @description Position within the track, from 1 */
                                    seq: number;
                                    /** @description What is to be done, e.g. 营业执照 */
                                    title: string;
                                    /** @description Department that owns the step now */
                                    ownerDepartment: string;
                                    /** @description Official handling the step */
                                    ownerUserId: number | null;
                                    /** @description That official's display name */
                                    ownerUserName: string | null;
                                    /** @description Due date */
                                    dueOn: string;
                                    /**
                                     * @description pending, in_progress, done or skipped
                                     * @enum {string}
                                     */
                                    status: "pending" | "in_progress" | "done" | "skipped";
                                    /** @description Notes on the step (a skip or a reopening gives its reason here) */
                                    notes: string | null;
                                    /** @description Day it was done */
                                    doneOn: string | null;
                                    /** @description Due before today, not done or skipped, on an open case */
                                    isOverdue: boolean;
                                    /** @description Hand-offs between departments, oldest first */
                                    handoffs: {
                                        /** @description Hand-off id */
                                        id: number;
                                        /** @description Department that handed the step on */
                                        fromDepartment: string;
                                        /** @description Department that took it over */
                                        toDepartment: string;
                                        /** @description Day of the hand-off */
                                        handedOn: string;
                                        /** @description What was handed over, or why */
                                        note: string | null;
                                        /** @description User who recorded the hand-off */
                                        byUserId: number | null;
                                        /** @description That user's display name */
                                        byUserName: string | null;
                                    }[];
                                }[];
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
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding-cases/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete a case whose steps are all done or skipped; the enterprise becomes active */
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
                         * @description Day of completion (not before opening, not in the future)
                         */
                        completedOn: string;
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
                            /** @description Case id */
                            id: number;
                            /** @description The new enterprise */
                            enterpriseId: number;
                            /** @description The enterprise's name */
                            enterpriseName: string;
                            /** @description Day the case was opened */
                            openedOn: string;
                            /**
                             * @description open, completed or cancelled
                             * @enum {string}
                             */
                            status: "open" | "completed" | "cancelled";
                            /** @description Day the case was completed */
                            completedOn: string | null;
                            /** @description Note on the case; a cancellation appends its reason */
                            note: string | null;
                            /** @description One status for the whole case */
                            overall: {
                                /**
                                 * @description not_started, in_progress, ready_to_complete, completed or cancelled
                                 * @enum {string}
                                 */
                                status: "not_started" | "in_progress" | "ready_to_complete" | "completed" | "cancelled";
                                /** @description The status in Chinese, as the enterprise contact reads it */
                                label: string;
                                /** @description The status in English */
                                labelEn: string;
                                /** @description Steps over all tracks */
                                totalSteps: number;
                                /** @description Steps done or skipped */
                                finishedSteps: number;
                                /** @description Steps overdue today */
                                overdueSteps: number;
                                /** @description The next open step of each track: what the enterprise waits on now */
                                nextSteps: {
                                    /** @description Step id */
                                    id: number;
                                    /**
                                     * @description Track: party_mass (党群服务), planning_construction (规划建设), admin_approval (行政审批)
                                     * @enum {string}
                                     */
                                    track: "party_mass" | "planning_construction" | "admin_approval";
                                    /** @description What is to be done */
                                    title: string;
                                    /** @description Department that owns it */
                                    ownerDepartment: string;
                                    /** @description Due date */
                                    dueOn: string;
                                    /**
                                     * @description pending or in_progress
                                     * @enum {string}
                                     */
                                    status: "pending" | "in_progress" | "done" | "skipped";
                                    /** @description Past its due date */
                                    isOverdue: boolean;
                                }[];
                            };
                            /** @description The three tracks, each a checklist */
                            tracks: {
                                /**
                                 * @description Track: party_mass (党群服务), planning_construction (规划建设), admin_approval (行政审批)
                                 * @enum {string}
                                 */
                                track: "party_mass" | "planning_construction" | "admin_approval";
                                /** @description Steps on the track */
                                total: number;
                                /** @description Steps done */
                                done: number;
                                /** @description Steps skipped */
                                skipped: number;
                                /** @description Track name in Chinese */
                                name: string;
                                /** @description The track's steps in order, each with its hand-offs */
                                steps: {
                                    /** @description Step id */
                                    id: number;
                                    /** @description Case the step belongs to */
                                    caseId: number;
                                    /**
                                     * @description Track: party_mass (党群服务), planning_construction (规划建设), admin_approval (行政审批)
                                     * @enum {string}
                                     */
                                    track: "party_mass" | "planning_construction" | "admin_approval";
                                    /** @description Position within the track, from 1 */
                                    seq: number;
                                    /** @description What is to be done, e.g. 营业执照 */
                                    title: string;
                                    /** @description Department that owns the step now */
                                    ownerDepartment: string;
                                    /** @description Official handling the step */
                                    ownerUserId: number | null;
                                    /** @description That official's display name */
                                    ownerUserName: string | null;
                                    /** @description Due date */
                                    dueOn: string;
                                    /**
                                     * @description pending, in_progress, done or skipped
                                     * @enum {string}
                                     */
                                    status: "pending" | "in_progress" | "done" | "skipped";
                                    /** @description Notes on the step (a skip or a reopening gives its reason here) */
                                    notes: string | null;
                                    /** @description Day it was done */
                                    doneOn: string | null;
                                    /** @description Due before today, not done or skipped, on an open case */
                                    isOverdue: boolean;
                                    /** @description Hand-offs between departments, oldest first */
                                    handoffs: {
                                        /** @description Hand-off id */
                                        id: number;
                                        /** @description Department that handed the step on */
                                        fromDepartment: string;
                                        /** @description Department that took it over */
                                        toDepartment: string;
                                        /** @description Day of the hand-off */
                                        handedOn: string;
                                        /** @description What was handed over, or why */
                                        note: string | null;
                                        /** @description User who recorded the hand-off */
                                        byUserId: number | null;
                                        /** @description That user's display name */
                                        byUserName: string | null;
                                    }[];
                                }[];
                            }[];
                            /** @description Set when members work at the enterprise and it has no org of its own: found a branch or join a joint branch */
                            orgPrompt: {
                                /** @description Members with a current membership who work at the enterprise */
                                employedMembers: number;
                                /** @description Of them, full (正式) members */
                                fullMembers: number;
                                /**
                                 * @description found_branch with 3 or more full members, else join_joint_branch
                                 * @enum {string}
                                 */
                                suggestion: "found_branch" | "join_joint_branch";
                                /** @description The prompt in Chinese */
                                message: string;
                            } | null;
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
    "/api/v1/onboarding-cases/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an open case with a reason */
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
                        /** @description Why the case is cancelled */
                        note: string;
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
                            /** @description Case id */
                            id: number;
                            /** @description The new enterprise */
                            enterpriseId: number;
                            /** @description The enterprise's name */
                            enterpriseName: string;
                            /** @description Day the case was opened */
                            openedOn: string;
                            /**
                             * @description open, completed or cancelled
                             * @enum {string}
                             */
                            status: "open" | "completed" | "cancelled";
                            /** @description Day the case was completed */
                            completedOn: string | null;
                            /** @description Note on the case; a cancellation appends its reason */
                            note: string | null;
                            /** @description One status for the whole case */
                            overall: {
                                /**
                                 * @description not_started, in_progress, ready_to_complete, completed or cancelled
                                 * @enum {string}
                                 */
                                status: "not_started" | "in_progress" | "ready_to_complete" | "completed" | "cancelled";
                                /** @description The status in Chinese, as the enterprise contact reads it */
                                label: string;
                                /** @description The status in English */
                                labelEn: string;
                                /** @description Steps over all tracks */
                                totalSteps: number;
                                /** @description Steps done or skipped */
                                finishedSteps: number;
                                /** @description Steps overdue today */
                                overdueSteps: number;
                                /** @description The next open step of each track: what the enterprise waits on now */
                                nextSteps: {
                                    /** @description Step id */
                                    id: number;
                                    /**
                                     * @description Track: party_mass (党群服务), planning_construction (规划建设), admin_approval (行政审批)
                                     * @enum {string}
                                     */
                                    track: "party_mass" | "planning_construction" | "admin_approval";
                                    /** @description What is to be done */
                                    title: string;
                                    /** @description Department that owns it */
                                    ownerDepartment: string;
                                    /** @description Due date */
                                    dueOn: string;
                                    /**
                                     * @description pending or in_progress
                                     * @enum {string}
                                     */
                                    status: "pending" | "in_progress" | "done" | "skipped";
                                    /** @description Past its due date */
                                    isOverdue: boolean;
                                }[];
                            };
                            /** @description The three tracks, each a checklist */
                            tracks: {
                                /**
                                 * @description Track: party_mass (党群服务), planning_construction (规划建设), admin_approval (行政审批)
                                 * @enum {string}
                                 */
                                track: "party_mass" | "planning_construction" | "admin_approval";
                                /** @description Steps on the track */
                                total: number;
                                /** @description Steps done */
                                done: number;
                                /** @description Steps skipped */
                                skipped: number;
                                /** @description Track name in Chinese */
                                name: string;
                                /** @description The track's steps in order, each with its hand-offs */
                                steps: {
                                    /** @description Step id */
                                    id: number;
                                    /** @description Case the step belongs to */
                                    caseId: number;
                                    /**
                                     * @description Track: party_mass (党群服务), planning_construction (规划建设), admin_approval (行政审批)
                                     * @enum {string}
                                     */
                                    track: "party_mass" | "planning_construction" | "admin_approval";
                                    /** @description Position within the track, from 1 */
                                    seq: number;
                                    /** @description What is to be done, e.g. 营业执照 */
                                    title: string;
                                    /** @description Department that owns the step now */
                                    ownerDepartment: string;
                                    /** @description Official handling the step */
                                    ownerUserId: number | null;
                                    /** @description That official's display name */
                                    ownerUserName: string | null;
                                    /** @description Due date */
                                    dueOn: string;
                                    /**
                                     * @description pending, in_progress, done or skipped
                                     * @enum {string}
                                     */
                                    status: "pending" | "in_progress" | "done" | "skipped";
                                    /** @description Notes on the step (a skip or a reopening gives its reason here) */
                                    notes: string | null;
                                    /** @description Day it was done */
                                    doneOn: string | null;
                                    /** @description Due before today, not done or skipped, on an open case */
                                    isOverdue: boolean;
                                    /** @description Hand-offs between departments, oldest first */
                                    handoffs: {
                                        /** @description Hand-off id */
                                        id: number;
                                        /** @description Department that handed the step on */
                                        fromDepartment: string;
                                        /** @description Department that took it over */
                                        toDepartment: string;
                                        /** @description Day of the hand-off */
                                        handedOn: string;
                                        /** @description What was handed over, or why */
                                        note: string | null;
                                        /** @description User who recorded the hand-off */
                                        byUserId: number | null;
                                        /** @description That user's display name */
                                        byUserName: string | null;
                                    }[];
                                }[];
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
    "/api/v1/onboarding-steps/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a step: status, notes, official or due date */
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
                        /**
                         * @description New status: pending → in_progress → done; skipped, or back from done, needs notes
                         * @enum {string}
                         */
                        status?: "pending" | "in_progress" | "done" | "skipped";
                        /** @description Notes; required to skip a step or reopen a finished one */
                        notes?: string;
                        /** @description Official handling the step; null to clear */
                        ownerUserId?: number | null;
                        /**
                         * Format: date
                         * @description New due date (not before the opening date)
                         */
                        dueOn?: string;
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
                            /** @description Step id */
                            id: number;
                            /** @description Case the step belongs to */
                            caseId: number;
                            /**
                             * @description Track: party_mass (党群服务), planning_construction (规划建设), admin_approval (行政审批)
                             * @enum {string}
                             */
                            track: "party_mass" | "planning_construction" | "admin_approval";
                            /** @description Position within the track, from 1 */
                            seq: number;
                            /** @description What is to be done, e.g. 营业执照 */
                            title: string;
                            /** @description Department that owns the step now */
                            ownerDepartment: string;
                            /** @description Official handling the step */
                            ownerUserId: number | null;
                            /** @description That official's display name */
                            ownerUserName: string | null;
                            /** @description Due date */
                            dueOn: string;
                            /**
                             * @description pending, in_progress, done or skipped
                             * @enum {string}
                             */
                            status: "pending" | "in_progress" | "done" | "skipped";
                            /** @description Notes on the step (a skip or a reopening gives its reason here) */
                            notes: string | null;
                            /** @description Day it was done */
                            doneOn: string | null;
                            /** @description Due before today, not done or skipped, on an open case */
                            isOverdue: boolean;
                            /** @description Hand-offs between departments, oldest first */
                            handoffs: {
                                /** @description Hand-off id */
                                id: number;
                                /** @description Department that handed the step on */
                                fromDepartment: string;
                                /** @description Department that took it over */
                                toDepartment: string;
                                /** @description Day of the hand-off */
                                handedOn: string;
                                /** @description What was handed over, or why */
                                note: string | null;
                                /** @description User who recorded the hand-off */
                                byUserId: number | null;
                                /** @description That user's display name */
                                byUserName: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/onboarding-steps/{id}/handoff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand a step to another department */
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
                        /** @description Department taking the step over */
                        toDepartment: string;
                        /** @description What is handed over, or why */
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
                            /** @description Step id */
                            id: number;
                            /** @description Case the step belongs to */
                            caseId: number;
                            /**
                             * @description Track: party_mass (党群服务), planning_construction (规划建设), admin_approval (行政审批)
                             * @enum {string}
                             */
                            track: "party_mass" | "planning_construction" | "admin_approval";
                            /** @description Position within the track, from 1 */
                            seq: number;
                            /** @description What is to be done, e.g. 营业执照 */
                            title: string;
                            /** @description Department that owns the step now */
                            ownerDepartment: string;
                            /** @description Official handling the step */
                            ownerUserId: number | null;
                            /** @description That official's display name */
                            ownerUserName: string | null;
                            /** @description Due date */
                            dueOn: string;
                            /**
                             * @description pending, in_progress, done or skipped
                             * @enum {string}
                             */
                            status: "pending" | "in_progress" | "done" | "skipped";
                            /** @description Notes on the step (a skip or a reopening gives its reason here) */
                            notes: string | null;
                            /** @description Day it was done */
                            doneOn: string | null;
                            /** @description Due before today, not done or skipped, on an open case */
                            isOverdue: boolean;
                            /** @description Hand-offs between departments, oldest first */
                            handoffs: {
                                /** @description Hand-off id */
                                id: number;
                                /** @description Department that handed the step on */
                                fromDepartment: string;
                                /** @description Department that took it over */
                                toDepartment: string;
                                /** @description Day of the hand-off */
                                handedOn: string;
                                /** @description What was handed over, or why */
                                note: string | null;
                                /** @description User who recorded the hand-off */
                                byUserId: number | null;
                                /** @description That user's display name */
                                byUserName: string | null;
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
    "/api/v1/onboarding-steps/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Overdue steps of open cases in scope, most overdue first (the work bench) */
        get: {
            parameters: {
                query?: {
                    /** @description Read the records as they stood on this date (YYYY-MM-DD); today when omitted */
                    asOf?: string;
                    /** @description Track: party_mass (党群服务), planning_construction (规划建设), admin_approval (行政审批) */
                    track?: "party_mass" | "planning_construction" | "admin_approval";
                    /** @description Only steps this department owns */
                    ownerDepartment?: string;
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
                                /** @description Step id */
                                id: number;
                                /** @description Case id */
                                caseId: number;
                                /** @description Enterprise id */
                                enterpriseId: number;
                                /** @description Enterprise name */
                                enterpriseName: string;
                                /**
                                 * @description Track: party_mass (党群服务), planning_construction (规划建设), admin_approval (行政审批)
                                 * @enum {string}
                                 */
                                track: "party_mass" | "planning_construction" | "admin_approval";
                                /** @description Position within the track */
                                seq: number;
                                /** @description What is to be done */
                                title: string;
                                /** @description Department that owns it */
                                ownerDepartment: string;
                                /** @description Official handling it */
                                ownerUserId: number | null;
                                /** @description That official's display name */
                                ownerUserName: string | null;
                                /** @description Due date */
                                dueOn: string;
                                /**
                                 * @description pending or in_progress
                                 * @enum {string}
                                 */
                                status: "pending" | "in_progress" | "done" | "skipped";
                                /** @description Days past the due date on the day read */
                                daysOverdue: number;
                            }[];
                            /** @description Rows matching the filters, over all pages */
                            total: number;
                            /** @description This page number */
                            page: number;
                            /** @description Rows per page */
                            pageSize: number;
                            /** @description The day read */
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
    "/api/v1/chains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List industrial chains with member enterprises, projects and signed investment as of a date */
        get: {
            parameters: {
                query?: {
                    /** @description Name or code contains */
                    q?: string;
                    /** @description Read the records as they stood on this date (YYYY-MM-DD); today when omitted */
                    asOf?: string;
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
                                /** @description Chain id */
                                id: number;
                                /** @description Chain code, unique in the park */
                                code: string;
                                /** @description Chain name (e.g. 软饮料及果蔬产业链) */
                                name: string;
                                /** @description The chain committee (产业链党委), an org of category chain_committee */
                                committeeOrgId: number | null;
                                /** @description The committee's current name; null without a committee or outside the caller's org scope */
                                committeeOrgName: string | null;
                                /** @description What the chain covers */
                                description: string | null;
                                /** @description Member enterprises in force on the date read */
                                enterpriseCount: number;
                                /** @description Investment projects of the chain recorded by the date read */
                                projectCount: number;
                                /** @description Agreed investment, in 元, of the chain's projects that had reached signed or later by the date read */
                                signedInvestment: number;
                                /** @description The same in 万元 or 亿元, for display */
                                signedInvestmentText: string;
                            }[];
                            /** @description Rows matching the filters, over all pages */
                            total: number;
                            /** @description This page number */
                            page: number;
                            /** @description Rows per page */
                            pageSize: number;
                            /** @description The date read */
                            asOf: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an industrial chain under its chain committee */
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
                        /** @description Chain code, unique in the park */
                        code: string;
                        /** @description Chain name */
                        name: string;
                        /** @description The chain committee: an org of category chain_committee the caller may read */
                        committeeOrgId: number;
                        /** @description What the chain covers */
                        description?: string | null;
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
                            /** @description Chain id */
                            id: number;
                            /** @description Chain code, unique in the park */
                            code: string;
                            /** @description Chain name (e.g. 软饮料及果蔬产业链) */
                            name: string;
                            /** @description The chain committee (产业链党委), an org of category chain_committee */
                            committeeOrgId: number | null;
                            /** @description The committee's current name; null without a committee or outside the caller's org scope */
                            committeeOrgName: string | null;
                            /** @description What the chain covers */
                            description: string | null;
                            /** @description The date read */
                            asOf: string;
                            /** @description Member enterprises in force on the date read, with their periods */
                            enterprises: {
                                /** @description Membership period id */
                                id: number;
                                /** @description Chain id */
                                chainId: number;
                                /** @description Member enterprise id */
                                enterpriseId: number;
                                /** @description The enterprise's current name */
                                enterpriseName: string;
                                /** @description First day in the chain */
                                validFrom: string;
                                /** @description Day after the last day in the chain; null while current */
                                validTo: string | null;
                            }[];
                            /** @description Every membership period of the chain, earliest first */
                            enterpriseHistory: {
                                /** @description Membership period id */
                                id: number;
                                /** @description Chain id */
                                chainId: number;
                                /** @description Member enterprise id */
                                enterpriseId: number;
                                /** @description The enterprise's current name */
                                enterpriseName: string;
                                /** @description First day in the chain */
                                validFrom: string;
                                /** @description Day after the last day in the chain; null while current */
                                validTo: string | null;
                            }[];
                            /** @description Honors held by the chain, awarded by the date read */
                            honors: {
                                /** @description Honor id */
                                id: number;
                                /**
                                 * @description Who holds it: member, org, enterprise, chain or park
                                 * @enum {string}
                                 */
                                holderKind: "member" | "org" | "enterprise" | "chain" | "park";
                                /** @description The holder's id; null when the park holds it */
                                holderId: number | null;
                                /** @description The holder's current name; null for the park, or when the holder lies outside the caller's scope for its kind */
                                holderName: string | null;
                                /** @description The honor as awarded (e.g. 四川省两新组织党建示范园区) */
                                title: string;
                                /**
                                 * @description national, provincial, city or park
                                 * @enum {string}
                                 */
                                level: "national" | "provincial" | "city" | "park";
                                /** @description Who awarded it */
                                issuer: string | null;
                                /** @description Date awarded */
                                awardedOn: string;
                                /** @description The Red Action it is reported under (fortress, leadGeese, navigation, enterpriseAid, momentum); null: none in particular */
                                redAction: ("fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum") | null;
                                /** @description Notes */
                                note: string | null;
                            }[];
                            /** @description The chain's projects by stage on the date read, every stage listed */
                            projectsByStage: {
                                /**
                                 * @description Project stage
                                 * @enum {string}
                                 */
                                stage: "negotiating" | "signed" | "registered" | "started" | "in_production";
                                /** @description Projects in this stage on the date read */
                                count: number;
                                /** @description Their agreed investment, in 元 */
                                agreedInvestment: number;
                                /** @description The same amount in 万元 or 亿元, for display */
                                agreedInvestmentText: string;
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
    "/api/v1/chains/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One chain as of a date: committee, member enterprises, honors, projects by stage */
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
                            /** @description Chain id */
                            id: number;
                            /** @description Chain code, unique in the park */
                            code: string;
                            /** @description Chain name (e.g. 软饮料及果蔬产业链) */
                            name: string;
                            /** @description The chain committee (产业链党委), an org of category chain_committee */
                            committeeOrgId: number | null;
                            /** @description The committee's current name; null without a committee or outside the caller's org scope */
                            committeeOrgName: string | null;
                            /** @description What the chain covers */
                            description: string | null;
                            /** @description The date read */
                            asOf: string;
                            /** @description Member enterprises in force on the date read, with their periods */
                            enterprises: {
                                /** @description Membership period id */
                                id: number;
                                /** @description Chain id */
                                chainId: number;
                                /** @description Member enterprise id */
                                enterpriseId: number;
                                /** @description The enterprise's current name */
                                enterpriseName: string;
                                /** @description First day in the chain */
                                validFrom: string;
                                /** @description Day after the last day in the chain; null while current */
                                validTo: string | null;
                            }[];
                            /** @description Every membership period of the chain, earliest first */
                            enterpriseHistory: {
                                /** @description Membership period id */
                                id: number;
                                /** @description Chain id */
                                chainId: number;
                                /** @description Member enterprise id */
                                enterpriseId: number;
                                /** @description The enterprise's current name */
                                enterpriseName: string;
                                /** @description First day in the chain */
                                validFrom: string;
                                /** @description Day after the last day in the chain; null while current */
                                validTo: string | null;
                            }[];
                            /** @description Honors held by the chain, awarded by the date read */
                            honors: {
                                /** @description Honor id */
                                id: number;
                                /**
                                 * @description Who holds it: member, org, enterprise, chain or park
                                 * @enum {string}
                                 */
                                holderKind: "member" | "org" | "enterprise" | "chain" | "park";
                                /** @description The holder's id; null when the park holds it */
                                holderId: number | null;
                                /** @description The holder's current name; null for the park, or when the holder lies outside the caller's scope for its kind */
                                holderName: string | null;
                                /** @description The honor as awarded (e.g. 四川省两新组织党建示范园区) */
                                title: string;
                                /**
                                 * @description national, provincial, city or park
                                 * @enum {string}
                                 */
                                level: "national" | "provincial" | "city" | "park";
                                /** @description Who awarded it */
                                issuer: string | null;
                                /** @description Date awarded */
                                awardedOn: string;
                                /** @description The Red Action it is reported under (fortress, leadGeese, navigation, enterpriseAid, momentum); null: none in particular */
                                redAction: ("fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum") | null;
                                /** @description Notes */
                                note: string | null;
                            }[];
                            /** @description The chain's projects by stage on the date read, every stage listed */
                            projectsByStage: {
                                /**
                                 * @description Project stage
                                 * @enum {string}
                                 */
                                stage: "negotiating" | "signed" | "registered" | "started" | "in_production";
                                /** @description Projects in this stage on the date read */
                                count: number;
                                /** @description Their agreed investment, in 元 */
                                agreedInvestment: number;
                                /** @description The same amount in 万元 or 亿元, for display */
                                agreedInvestmentText: string;
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
        /** Change a chain's code, name, committee or description */
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
                        /** @description Chain code, unique in the park */
                        code?: string;
                        /** @description Chain name */
                        name?: string;
                        /** @description The chain committee: an org of category chain_committee the caller may read */
                        committeeOrgId?: number;
                        /** @description What the chain covers */
                        description?: string | null;
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
                            /** @description Chain id */
                            id: number;
                            /** @description Chain code, unique in the park */
                            code: string;
                            /** @description Chain name (e.g. 软饮料及果蔬产业链) */
                            name: string;
                            /** @description The chain committee (产业链党委), an org of category chain_committee */
                            committeeOrgId: number | null;
                            /** @description The committee's current name; null without a committee or outside the caller's org scope */
                            committeeOrgName: string | null;
                            /** @description What the chain covers */
                            description: string | null;
                            /** @description The date read */
                            asOf: string;
                            /** @description Member enterprises in force on the date read, with their periods */
                            enterprises: {
                                /** @description Membership period id */
                                id: number;
                                /** @description Chain id */
                                chainId: number;
                                /** @description Member enterprise id */
                                enterpriseId: number;
                                /** @description The enterprise's current name */
                                enterpriseName: string;
                                /** @description First day in the chain */
                                validFrom: string;
                                /** @description Day after the last day in the chain; null while current */
                                validTo: string | null;
                            }[];
                            /** @description Every membership period of the chain, earliest first */
                            enterpriseHistory: {
                                /** @description Membership period id */
                                id: number;
                                /** @description Chain id */
                                chainId: number;
                                /** @description Member enterprise id */
                                enterpriseId: number;
                                /** @description The enterprise's current name */
                                enterpriseName: string;
                                /** @description First day in the chain */
                                validFrom: string;
                                /** @description Day after the last day in the chain; null while current */
                                validTo: string | null;
                            }[];
                            /** @description Honors held by the chain, awarded by the date read */
                            honors: {
                                /** @description Honor id */
                                id: number;
                                /**
                                 * @description Who holds it: member, org, enterprise, chain or park
                                 * @enum {string}
                                 */
                                holderKind: "member" | "org" | "enterprise" | "chain" | "park";
                                /** @description The holder's id; null when the park holds it */
                                holderId: number | null;
                                /** @description The holder's current name; null for the park, or when the holder lies outside the caller's scope for its kind */
                                holderName: string | null;
                                /** @description The honor as awarded (e.g. 四川省两新组织党建示范园区) */
                                title: string;
                                /**
                                 * @description national, provincial, city or park
                                 * @enum {string}
                                 */
                                level: "national" | "provincial" | "city" | "park";
                                /** @description Who awarded it */
                                issuer: string | null;
                                /** @description Date awarded */
                                awardedOn: string;
                                /** @description The Red Action it is reported under (fortress, leadGeese, navigation, enterpriseAid, momentum); null: none in particular */
                                redAction: ("fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum") | null;
                                /** @description Notes */
                                note: string | null;
                            }[];
                            /** @description The chain's projects by stage on the date read, every stage listed */
                            projectsByStage: {
                                /**
                                 * @description Project stage
                                 * @enum {string}
                                 */
                                stage: "negotiating" | "signed" | "registered" | "started" | "in_production";
                                /** @description Projects in this stage on the date read */
                                count: number;
                                /** @description Their agreed investment, in 元 */
                                agreedInvestment: number;
                                /** @description The same amount in 万元 or 亿元, for display */
                                agreedInvestmentText: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/chains/{id}/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an enterprise to a chain from a date */
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
                        /** @description The enterprise joining the chain */
                        enterpriseId: number;
                        /**
                         * Format: date
                         * @description First day in the chain (not in the future)
                         */
                        validFrom: string;
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
                            /** @description Membership period id */
                            id: number;
                            /** @description Chain id */
                            chainId: number;
                            /** @description Member enterprise id */
                            enterpriseId: number;
                            /** @description The enterprise's current name */
                            enterpriseName: string;
                            /** @description First day in the chain */
                            validFrom: string;
                            /** @description Day after the last day in the chain; null while current */
                            validTo: string | null;
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
    "/api/v1/chain-enterprises/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End an enterprise's membership of a chain */
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
                         * @description Day the enterprise leaves the chain (exclusive end: its last day is the day before); after the first day, not in the future
                         */
                        validTo: string;
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
                            /** @description Membership period id */
                            id: number;
                            /** @description Chain id */
                            chainId: number;
                            /** @description Member enterprise id */
                            enterpriseId: number;
                            /** @description The enterprise's current name */
                            enterpriseName: string;
                            /** @description First day in the chain */
                            validFrom: string;
                            /** @description Day after the last day in the chain; null while current */
                            validTo: string | null;
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
    "/api/v1/honors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List honors by holder, level and year */
        get: {
            parameters: {
                query?: {
                    /** @description Only honors of this kind of holder */
                    holderKind?: "member" | "org" | "enterprise" | "chain" | "park";
                    /** @description Only honors of this holder (with holderKind) */
                    holderId?: number;
                    /** @description Only this level */
                    level?: "national" | "provincial" | "city" | "park";
                    /** @description Only honors awarded in this year */
                    year?: number;
                    /** @description Only honors reported under this Red Action */
                    redAction?: "fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum";
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
                                /** @description Honor id */
                                id: number;
                                /**
                                 * @description Who holds it: member, org, enterprise, chain or park
                                 * @enum {string}
                                 */
                                holderKind: "member" | "org" | "enterprise" | "chain" | "park";
                                /** @description The holder's id; null when the park holds it */
                                holderId: number | null;
                                /** @description The holder's current name; null for the park, or when the holder lies outside the caller's scope for its kind */
                                holderName: string | null;
                                /** @description The honor as awarded (e.g. 四川省两新组织党建示范园区) */
                                title: string;
                                /**
                                 * @description national, provincial, city or park
                                 * @enum {string}
                                 */
                                level: "national" | "provincial" | "city" | "park";
                                /** @description Who awarded it */
                                issuer: string | null;
                                /** @description Date awarded */
                                awardedOn: string;
                                /** @description The Red Action it is reported under (fortress, leadGeese, navigation, enterpriseAid, momentum); null: none in particular */
                                redAction: ("fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum") | null;
                                /** @description Notes */
                                note: string | null;
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
        /** Record an honor */
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
                        /**
                         * @description Who holds it: member, org, enterprise, chain or park
                         * @enum {string}
                         */
                        holderKind: "member" | "org" | "enterprise" | "chain" | "park";
                        /** @description The holder's id; null for the park */
                        holderId: number | null;
                        /** @description The honor as awarded */
                        title: string;
                        /**
                         * @description national, provincial, city or park
                         * @enum {string}
                         */
                        level: "national" | "provincial" | "city" | "park";
                        /** @description Who awarded it */
                        issuer?: string | null;
                        /**
                         * Format: date
                         * @description Date awarded (not in the future)
                         */
                        awardedOn: string;
                        /** @description The Red Action it is reported under; null or omitted: none in particular */
                        redAction?: ("fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum") | null;
                        /** @description Notes */
                        note?: string | null;
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
                            /** @description Honor id */
                            id: number;
                            /**
                             * @description Who holds it: member, org, enterprise, chain or park
                             * @enum {string}
                             */
                            holderKind: "member" | "org" | "enterprise" | "chain" | "park";
                            /** @description The holder's id; null when the park holds it */
                            holderId: number | null;
                            /** @description The holder's current name; null for the park, or when the holder lies outside the caller's scope for its kind */
                            holderName: string | null;
                            /** @description The honor as awarded (e.g. 四川省两新组织党建示范园区) */
                            title: string;
                            /**
                             * @description national, provincial, city or park
                             * @enum {string}
                             */
                            level: "national" | "provincial" | "city" | "park";
                            /** @description Who awarded it */
                            issuer: string | null;
                            /** @description Date awarded */
                            awardedOn: string;
                            /** @description The Red Action it is reported under (fortress, leadGeese, navigation, enterpriseAid, momentum); null: none in particular */
                            redAction: ("fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum") | null;
                            /** @description Notes */
                            note: string | null;
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
    "/api/v1/honors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an honor recorded in error */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Correct an honor's title, level, issuer, date or note */
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
                        /** @description The honor as awarded */
                        title?: string;
                        /**
                         * @description national, provincial, city or park
                         * @enum {string}
                         */
                        level?: "national" | "provincial" | "city" | "park";
                        /** @description Who awarded it */
                        issuer?: string | null;
                        /**
                         * Format: date
                         * @description Date awarded (not in the future)
                         */
                        awardedOn?: string;
                        /** @description The Red Action it is reported under; null or omitted: none in particular */
                        redAction?: ("fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum") | null;
                        /** @description Notes */
                        note?: string | null;
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
                            /** @description Honor id */
                            id: number;
                            /**
                             * @description Who holds it: member, org, enterprise, chain or park
                             * @enum {string}
                             */
                            holderKind: "member" | "org" | "enterprise" | "chain" | "park";
                            /** @description The holder's id; null when the park holds it */
                            holderId: number | null;
                            /** @description The holder's current name; null for the park, or when the holder lies outside the caller's scope for its kind */
                            holderName: string | null;
                            /** @description The honor as awarded (e.g. 四川省两新组织党建示范园区) */
                            title: string;
                            /**
                             * @description national, provincial, city or park
                             * @enum {string}
                             */
                            level: "national" | "provincial" | "city" | "park";
                            /** @description Who awarded it */
                            issuer: string | null;
                            /** @description Date awarded */
                            awardedOn: string;
                            /** @description The Red Action it is reported under (fortress, leadGeese, navigation, enterpriseAid, momentum); null: none in particular */
                            redAction: ("fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum") | null;
                            /** @description Notes */
                            note: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List projects with their stage as of a date */
        get: {
            parameters: {
                query?: {
                    /** @description Read the records as they stood on this date (YYYY-MM-DD); today when omitted */
                    asOf?: string;
                    /** @description Only projects in this stage on the date read */
                    stage?: "negotiating" | "signed" | "registered" | "started" | "in_production";
                    /** @description Only projects of this chain */
                    chainId?: number;
                    /** @description Name, code or investor contains */
                    q?: string;
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
                                /** @description Project id */
                                id: number;
                                /** @description Project code, unique in the park */
                                code: string;
                                /** @description Project name */
                                name: string;
                                /** @description The investing enterprise, when it is recorded in the park */
                                investorEnterpriseId: number | null;
                                /** @description The investor as named in the agreement */
                                investorName: string;
                                /** @description The industrial chain the project belongs to */
                                chainId: number | null;
                                /** @description That chain's current name */
                                chainName: string | null;
                                /** @description Agreed investment (协议投资), in 元 */
                                agreedInvestment: number;
                                /** @description The same amount in 万元 or 亿元, for display */
                                agreedInvestmentText: string;
                                /**
                                 * @description Stage on the date read: negotiating, signed, registered, started, in_production
                                 * @enum {string}
                                 */
                                stage: "negotiating" | "signed" | "registered" | "started" | "in_production";
                                /** @description Day the project entered that stage */
                                stageSince: string;
                            }[];
                            /** @description Rows matching the filters, over all pages */
                            total: number;
                            /** @description This page number */
                            page: number;
                            /** @description Rows per page */
                            pageSize: number;
                            /** @description The date read */
                            asOf: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a project, negotiating or signed */
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
                        /** @description Project code, unique in the park */
                        code: string;
                        /** @description Project name */
                        name: string;
                        investorEnterpriseId?: number | null;
                        /** @description The investor as named in the agreement; taken from the enterprise when omitted */
                        investorName?: string;
                        chainId?: number | null;
                        /** @description Agreed investment in 元 (yuan), more than 0 */
                        agreedInvestment: number;
                        /**
                         * @description negotiating, or signed when the agreement is already signed
                         * @enum {string}
                         */
                        stage: "negotiating" | "signed";
                        /**
                         * Format: date
                         * @description Day the project entered that stage (not in the future)
                         */
                        stageSince: string;
                        /** @description What the project builds */
                        description?: string | null;
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
                            /** @description Project id */
                            id: number;
                            /** @description Project code, unique in the park */
                            code: string;
                            /** @description Project name */
                            name: string;
                            /** @description The investing enterprise, when it is recorded in the park */
                            investorEnterpriseId: number | null;
                            /** @description The investor as named in the agreement */
                            investorName: string;
                            /** @description The industrial chain the project belongs to */
                            chainId: number | null;
                            /** @description That chain's current name */
                            chainName: string | null;
                            /** @description Agreed investment (协议投资), in 元 */
                            agreedInvestment: number;
                            /** @description The same amount in 万元 or 亿元, for display */
                            agreedInvestmentText: string;
                            /**
                             * @description Stage on the date read: negotiating, signed, registered, started, in_production
                             * @enum {string}
                             */
                            stage: "negotiating" | "signed" | "registered" | "started" | "in_production";
                            /** @description Day the project entered that stage */
                            stageSince: string;
                            /** @description The date the stage is read on */
                            asOf: string;
                            /** @description What the project builds */
                            description: string | null;
                            /**
                             * @description Stage today
                             * @enum {string}
                             */
                            currentStage: "negotiating" | "signed" | "registered" | "started" | "in_production";
                            /** @description Every stage change, earliest first */
                            stageHistory: {
                                /** @description Stage change id */
                                id: number;
                                /** @description Stage before; null for the stage the project was recorded in */
                                fromStage: ("negotiating" | "signed" | "registered" | "started" | "in_production") | null;
                                /**
                                 * @description Stage after
                                 * @enum {string}
                                 */
                                toStage: "negotiating" | "signed" | "registered" | "started" | "in_production";
                                /** @description Day of the change */
                                changedOn: string;
                                /** @description Why; required when moving back */
                                reason: string | null;
                                /** @description Who recorded it; null for the platform itself */
                                byUserId: number | null;
                                /** @description Their display name */
                                byUserName: string | null;
                            }[];
                            /** @description Every chief service officer assignment, latest first; isCurrent marks who serves today */
                            officers: {
                                /** @description Assignment id */
                                id: number;
                                /** @description Project id */
                                projectId: number;
                                /** @description The chief service officer (首席服务官), a user */
                                userId: number;
                                /** @description The officer's display name */
                                userName: string;
                                /** @description First day of the assignment */
                                validFrom: string;
                                /** @description Day the assignment ended (exclusive); null while current */
                                validTo: string | null;
                                /** @description Serving today */
                                isCurrent: boolean;
                            }[];
                            /** @description The officers' service log, latest first */
                            serviceLog: {
                                /** @description Note id */
                                id: number;
                                /** @description Project id */
                                projectId: number;
                                /**
                                 * @description service_log (the officer's log), blocker, or factor_need (要素保障)
                                 * @enum {string}
                                 */
                                kind: "service_log" | "blocker" | "factor_need";
                                /** @description For blockers and factor needs: land, energy, finance, labour, approval, other */
                                category: ("land" | "energy" | "finance" | "labour" | "approval" | "other") | null;
                                /** @description What happened, or what is needed */
                                content: string;
                                /** @description Day recorded */
                                notedOn: string;
                                /** @description For blockers and factor needs: open or resolved; null for a log entry */
                                status: ("open" | "resolved") | null;
                                /** @description Day resolved */
                                resolvedOn: string | null;
                                /** @description Who recorded it */
                                byUserId: number | null;
                                /** @description Their display name */
                                byUserName: string | null;
                            }[];
                            /** @description Blockers, open first, latest first */
                            blockers: {
                                /** @description Note id */
                                id: number;
                                /** @description Project id */
                                projectId: number;
                                /**
                                 * @description service_log (the officer's log), blocker, or factor_need (要素保障)
                                 * @enum {string}
                                 */
                                kind: "service_log" | "blocker" | "factor_need";
                                /** @description For blockers and factor needs: land, energy, finance, labour, approval, other */
                                category: ("land" | "energy" | "finance" | "labour" | "approval" | "other") | null;
                                /** @description What happened, or what is needed */
                                content: string;
                                /** @description Day recorded */
                                notedOn: string;
                                /** @description For blockers and factor needs: open or resolved; null for a log entry */
                                status: ("open" | "resolved") | null;
                                /** @description Day resolved */
                                resolvedOn: string | null;
                                /** @description Who recorded it */
                                byUserId: number | null;
                                /** @description Their display name */
                                byUserName: string | null;
                            }[];
                            /** @description Factor needs (land, energy, finance, labour…), open first, latest first */
                            factorNeeds: {
                                /** @description Note id */
                                id: number;
                                /** @description Project id */
                                projectId: number;
                                /**
                                 * @description service_log (the officer's log), blocker, or factor_need (要素保障)
                                 * @enum {string}
                                 */
                                kind: "service_log" | "blocker" | "factor_need";
                                /** @description For blockers and factor needs: land, energy, finance, labour, approval, other */
                                category: ("land" | "energy" | "finance" | "labour" | "approval" | "other") | null;
                                /** @description What happened, or what is needed */
                                content: string;
                                /** @description Day recorded */
                                notedOn: string;
                                /** @description For blockers and factor needs: open or resolved; null for a log entry */
                                status: ("open" | "resolved") | null;
                                /** @description Day resolved */
                                resolvedOn: string | null;
                                /** @description Who recorded it */
                                byUserId: number | null;
                                /** @description Their display name */
                                byUserName: string | null;
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
    "/api/v1/projects/pipeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pipeline on a date: counts and agreed investment by stage and by chain × stage */
        get: {
            parameters: {
                query?: {
                    /** @description Read the records as they stood on this date (YYYY-MM-DD); today when omitted */
                    asOf?: string;
                    /** @description Only this chain's projects */
                    chainId?: number;
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
                            /** @description The date read */
                            asOf: string;
                            /** @description All projects recorded by the date */
                            total: {
                                /** @description Projects */
                                count: number;
                                /** @description Agreed investment, in 元 */
                                agreedInvestment: number;
                                /** @description The same amount in 万元 or 亿元, for display */
                                agreedInvestmentText: string;
                            };
                            /** @description Per stage on the date, every stage listed */
                            byStage: {
                                /**
                                 * @description Project stage
                                 * @enum {string}
                                 */
                                stage: "negotiating" | "signed" | "registered" | "started" | "in_production";
                                /** @description Projects in this stage on the date read */
                                count: number;
                                /** @description Their agreed investment, in 元 */
                                agreedInvestment: number;
                                /** @description The same amount in 万元 or 亿元, for display */
                                agreedInvestmentText: string;
                            }[];
                            /** @description Per chain × stage */
                            byChain: {
                                /** @description Projects */
                                count: number;
                                /** @description Agreed investment, in 元 */
                                agreedInvestment: number;
                                /** @description The same amount in 万元 or 亿元, for display */
                                agreedInvestmentText: string;
                                /** @description The chain; null for projects without one */
                                chainId: number | null;
                                /** @description Its current name */
                                chainName: string | null;
                                /** @description Per stage on the date, every stage listed */
                                stages: {
                                    /**
                                     * @description Project stage
                                     * @enum {string}
                                     */
                                    stage: "negotiating" | "signed" | "registered" | "started" | "in_production";
                                    /** @description Projects in this stage on the date read */
                                    count: number;
                                    /** @description Their agreed investment, in 元 */
                                    agreedInvestment: number;
                                    /** @description The same amount in 万元 or 亿元, for display */
                                    agreedInvestmentText: string;
                                }[];
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
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One project: stage history, officers, service log, blockers and factor needs */
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
                            /** @description Project id */
                            id: number;
                            /** @description Project code, unique in the park */
                            code: string;
                            /** @description Project name */
                            name: string;
                            /** @description The investing enterprise, when it is recorded in the park */
                            investorEnterpriseId: number | null;
                            /** @description The investor as named in the agreement */
                            investorName: string;
                            /** @description The industrial chain the project belongs to */
                            chainId: number | null;
                            /** @description That chain's current name */
                            chainName: string | null;
                            /** @description Agreed investment (协议投资), in 元 */
                            agreedInvestment: number;
                            /** @description The same amount in 万元 or 亿元, for display */
                            agreedInvestmentText: string;
                            /**
                             * @description Stage on the date read: negotiating, signed, registered, started, in_production
                             * @enum {string}
                             */
                            stage: "negotiating" | "signed" | "registered" | "started" | "in_production";
                            /** @description Day the project entered that stage */
                            stageSince: string;
                            /** @description The date the stage is read on */
                            asOf: string;
                            /** @description What the project builds */
                            description: string | null;
                            /**
                             * @description Stage today
                             * @enum {string}
                             */
                            currentStage: "negotiating" | "signed" | "registered" | "started" | "in_production";
                            /** @description Every stage change, earliest first */
                            stageHistory: {
                                /** @description Stage change id */
                                id: number;
                                /** @description Stage before; null for the stage the project was recorded in */
                                fromStage: ("negotiating" | "signed" | "registered" | "started" | "in_production") | null;
                                /**
                                 * @description Stage after
                                 * @enum {string}
                                 */
                                toStage: "negotiating" | "signed" | "registered" | "started" | "in_production";
                                /** @description Day of the change */
                                changedOn: string;
                                /** @description Why; required when moving back */
                                reason: string | null;
                                /** @description Who recorded it; null for the platform itself */
                                byUserId: number | null;
                                /** @description Their display name */
                                byUserName: string | null;
                            }[];
                            /** @description Every chief service officer assignment, latest first; isCurrent marks who serves today */
                            officers: {
                                /** @description Assignment id */
                                id: number;
                                /** @description Project id */
                                projectId: number;
                                /** @description The chief service officer (首席服务官), a user */
                                userId: number;
                                /** @description The officer's display name */
                                userName: string;
                                /** @description First day of the assignment */
                                validFrom: string;
                                /** @description Day the assignment ended (exclusive); null while current */
                                validTo: string | null;
                                /** @description Serving today */
                                isCurrent: boolean;
                            }[];
                            /** @description The officers' service log, latest first */
                            serviceLog: {
                                /** @description Note id */
                                id: number;
                                /** @description Project id */
                                projectId: number;
                                /**
                                 * @description service_log (the officer's log), blocker, or factor_need (要素保障)
                                 * @enum {string}
                                 */
                                kind: "service_log" | "blocker" | "factor_need";
                                /** @description For blockers and factor needs: land, energy, finance, labour, approval, other */
                                category: ("land" | "energy" | "finance" | "labour" | "approval" | "other") | null;
                                /** @description What happened, or what is needed */
                                content: string;
                                /** @description Day recorded */
                                notedOn: string;
                                /** @description For blockers and factor needs: open or resolved; null for a log entry */
                                status: ("open" | "resolved") | null;
                                /** @description Day resolved */
                                resolvedOn: string | null;
                                /** @description Who recorded it */
                                byUserId: number | null;
                                /** @description Their display name */
                                byUserName: string | null;
                            }[];
                            /** @description Blockers, open first, latest first */
                            blockers: {
                                /** @description Note id */
                                id: number;
                                /** @description Project id */
                                projectId: number;
                                /**
                                 * @description service_log (the officer's log), blocker, or factor_need (要素保障)
                                 * @enum {string}
                                 */
                                kind: "service_log" | "blocker" | "factor_need";
                                /** @description For blockers and factor needs: land, energy, finance, labour, approval, other */
                                category: ("land" | "energy" | "finance" | "labour" | "approval" | "other") | null;
                                /** @description What happened, or what is needed */
                                content: string;
                                /** @description Day recorded */
                                notedOn: string;
                                /** @description For blockers and factor needs: open or resolved; null for a log entry */
                                status: ("open" | "resolved") | null;
                                /** @description Day resolved */
                                resolvedOn: string | null;
                                /** @description Who recorded it */
                                byUserId: number | null;
                                /** @description Their display name */
                                byUserName: string | null;
                            }[];
                            /** @description Factor needs (land, energy, finance, labour…), open first, latest first */
                            factorNeeds: {
                                /** @description Note id */
                                id: number;
                                /** @description Project id */
                                projectId: number;
                                /**
                                 * @description service_log (the officer's log), blocker, or factor_need (要素保障)
                                 * @enum {string}
                                 */
                                kind: "service_log" | "blocker" | "factor_need";
                                /** @description For blockers and factor needs: land, energy, finance, labour, approval, other */
                                category: ("land" | "energy" | "finance" | "labour" | "approval" | "other") | null;
                                /** @description What happened, or what is needed */
                                content: string;
                                /** @description Day recorded */
                                notedOn: string;
                                /** @description For blockers and factor needs: open or resolved; null for a log entry */
                                status: ("open" | "resolved") | null;
                                /** @description Day resolved */
                                resolvedOn: string | null;
                                /** @description Who recorded it */
                                byUserId: number | null;
                                /** @description Their display name */
                                byUserName: string | null;
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
        /** Change a project's undated fields (not its stage) */
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
                        /** @description Project code, unique in the park */
                        code?: string;
                        /** @description Project name */
                        name?: string;
                        investorEnterpriseId?: number | null;
                        /** @description The investor as named in the agreement; taken from the enterprise when omitted */
                        investorName?: string;
                        chainId?: number | null;
                        /** @description Agreed investment in 元 (yuan), more than 0 */
                        agreedInvestment?: number;
                        /** @description What the project builds */
                        description?: string | null;
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
                            /** @description Project id */
                            id: number;
                            /** @description Project code, unique in the park */
                            code: string;
                            /** @description Project name */
                            name: string;
                            /** @description The investing enterprise, when it is recorded in the park */
                            investorEnterpriseId: number | null;
                            /** @description The investor as named in the agreement */
                            investorName: string;
                            /** @description The industrial chain the project belongs to */
                            chainId: number | null;
                            /** @description That chain's current name */
                            chainName: string | null;
                            /** @description Agreed investment (协议投资), in 元 */
                            agreedInvestment: number;
                            /** @description The same amount in 万元 or 亿元, for display */
                            agreedInvestmentText: string;
                            /**
                             * @description Stage on the date read: negotiating, signed, registered, started, in_production
                             * @enum {string}
                             */
                            stage: "negotiating" | "signed" | "registered" | "started" | "in_production";
                            /** @description Day the project entered that stage */
                            stageSince: string;
                            /** @description The date the stage is read on */
                            asOf: string;
                            /** @description What the project builds */
                            description: string | null;
                            /**
                             * @description Stage today
                             * @enum {string}
                             */
                            currentStage: "negotiating" | "signed" | "registered" | "started" | "in_production";
                            /** @description Every stage change, earliest first */
                            stageHistory: {
                                /** @description Stage change id */
                                id: number;
                                /** @description Stage before; null for the stage the project was recorded in */
                                fromStage: ("negotiating" | "signed" | "registered" | "started" | "in_production") | null;
                                /**
                                 * @description Stage after
                                 * @enum {string}
                                 */
                                toStage: "negotiating" | "signed" | "registered" | "started" | "in_production";
                                /** @description Day of the change */
                                changedOn: string;
                                /** @description Why; required when moving back */
                                reason: string | null;
                                /** @description Who recorded it; null for the platform itself */
                                byUserId: number | null;
                                /** @description Their display name */
                                byUserName: string | null;
                            }[];
                            /** @description Every chief service officer assignment, latest first; isCurrent marks who serves today */
                            officers: {
                                /** @description Assignment id */
                                id: number;
                                /** @description Project id */
                                projectId: number;
                                /** @description The chief service officer (首席服务官), a user */
                                userId: number;
                                /** @description The officer's display name */
                                userName: string;
                                /** @description First day of the assignment */
                                validFrom: string;
                                /** @description Day the assignment ended (exclusive); null while current */
                                validTo: string | null;
                                /** @description Serving today */
                                isCurrent: boolean;
                            }[];
                            /** @description The officers' service log, latest first */
                            serviceLog: {
                                /** @description Note id */
                                id: number;
                                /** @description Project id */
                                projectId: number;
                                /**
                                 * @description service_log (the officer's log), blocker, or factor_need (要素保障)
                                 * @enum {string}
                                 */
                                kind: "service_log" | "blocker" | "factor_need";
                                /** @description For blockers and factor needs: land, energy, finance, labour, approval, other */
                                category: ("land" | "energy" | "finance" | "labour" | "approval" | "other") | null;
                                /** @description What happened, or what is needed */
                                content: string;
                                /** @description Day recorded */
                                notedOn: string;
                                /** @description For blockers and factor needs: open or resolved; null for a log entry */
                                status: ("open" | "resolved") | null;
                                /** @description Day resolved */
                                resolvedOn: string | null;
                                /** @description Who recorded it */
                                byUserId: number | null;
                                /** @description Their display name */
                                byUserName: string | null;
                            }[];
                            /** @description Blockers, open first, latest first */
                            blockers: {
                                /** @description Note id */
                                id: number;
                                /** @description Project id */
                                projectId: number;
                                /**
                                 * @description service_log (the officer's log), blocker, or factor_need (要素保障)
                                 * @enum {string}
                                 */
                                kind: "service_log" | "blocker" | "factor_need";
                                /** @description For blockers and factor needs: land, energy, finance, labour, approval, other */
                                category: ("land" | "energy" | "finance" | "labour" | "approval" | "other") | null;
                                /** @description What happened, or what is needed */
                                content: string;
                                /** @description Day recorded */
                                notedOn: string;
                                /** @description For blockers and factor needs: open or resolved; null for a log entry */
                                status: ("open" | "resolved") | null;
                                /** @description Day resolved */
                                resolvedOn: string | null;
                                /** @description Who recorded it */
                                byUserId: number | null;
                                /** @description Their display name */
                                byUserName: string | null;
                            }[];
                            /** @description Factor needs (land, energy, finance, labour…), open first, latest first */
                            factorNeeds: {
                                /** @description Note id */
                                id: number;
                                /** @description Project id */
                                projectId: number;
                                /**
                                 * @description service_log (the officer's log), blocker, or factor_need (要素保障)
                                 * @enum {string}
                                 */
                                kind: "service_log" | "blocker" | "factor_need";
                                /** @description For blockers and factor needs: land, energy, finance, labour, approval, other */
                                category: ("land" | "energy" | "finance" | "labour" | "approval" | "other") | null;
                                /** @description What happened, or what is needed */
                                content: string;
                                /** @description Day recorded */
                                notedOn: string;
                                /** @description For blockers and factor needs: open or resolved; null for a log entry */
                                status: ("open" | "resolved") | null;
                                /** @description Day resolved */
                                resolvedOn: string | null;
                                /** @description Who recorded it */
                                byUserId: number | null;
                                /** @description Their display name */
                                byUserName: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/projects/{id}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a project to another stage on a date */
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
                         * @description The new stage; forward jumps are allowed
                         * @enum {string}
                         */
                        toStage: "negotiating" | "signed" | "registered" | "started" | "in_production";
                        /**
                         * Format: date
                         * @description Day of the change: not before the last change, not in the future
                         */
                        changedOn: string;
                        /** @description Why; required when moving back to an earlier stage */
                        reason?: string;
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
                            /** @description Project id */
                            id: number;
                            /** @description Project code, unique in the park */
                            code: string;
                            /** @description Project name */
                            name: string;
                            /** @description The investing enterprise, when it is recorded in the park */
                            investorEnterpriseId: number | null;
                            /** @description The investor as named in the agreement */
                            investorName: string;
                            /** @description The industrial chain the project belongs to */
                            chainId: number | null;
                            /** @description That chain's current name */
                            chainName: string | null;
                            /** @description Agreed investment (协议投资), in 元 */
                            agreedInvestment: number;
                            /** @description The same amount in 万元 or 亿元, for display */
                            agreedInvestmentText: string;
                            /**
                             * @description Stage on the date read: negotiating, signed, registered, started, in_production
                             * @enum {string}
                             */
                            stage: "negotiating" | "signed" | "registered" | "started" | "in_production";
                            /** @description Day the project entered that stage */
                            stageSince: string;
                            /** @description The date the stage is read on */
                            asOf: string;
                            /** @description What the project builds */
                            description: string | null;
                            /**
                             * @description Stage today
                             * @enum {string}
                             */
                            currentStage: "negotiating" | "signed" | "registered" | "started" | "in_production";
                            /** @description Every stage change, earliest first */
                            stageHistory: {
                                /** @description Stage change id */
                                id: number;
                                /** @description Stage before; null for the stage the project was recorded in */
                                fromStage: ("negotiating" | "signed" | "registered" | "started" | "in_production") | null;
                                /**
                                 * @description Stage after
                                 * @enum {string}
                                 */
                                toStage: "negotiating" | "signed" | "registered" | "started" | "in_production";
                                /** @description Day of the change */
                                changedOn: string;
                                /** @description Why; required when moving back */
                                reason: string | null;
                                /** @description Who recorded it; null for the platform itself */
                                byUserId: number | null;
                                /** @description Their display name */
                                byUserName: string | null;
                            }[];
                            /** @description Every chief service officer assignment, latest first; isCurrent marks who serves today */
                            officers: {
                                /** @description Assignment id */
                                id: number;
                                /** @description Project id */
                                projectId: number;
                                /** @description The chief service officer (首席服务官), a user */
                                userId: number;
                                /** @description The officer's display name */
                                userName: string;
                                /** @description First day of the assignment */
                                validFrom: string;
                                /** @description Day the assignment ended (exclusive); null while current */
                                validTo: string | null;
                                /** @description Serving today */
                                isCurrent: boolean;
                            }[];
                            /** @description The officers' service log, latest first */
                            serviceLog: {
                                /** @description Note id */
                                id: number;
                                /** @description Project id */
                                projectId: number;
                                /**
                                 * @description service_log (the officer's log), blocker, or factor_need (要素保障)
                                 * @enum {string}
                                 */
                                kind: "service_log" | "blocker" | "factor_need";
                                /** @description For blockers and factor needs: land, energy, finance, labour, approval, other */
                                category: ("land" | "energy" | "finance" | "labour" | "approval" | "other") | null;
                                /** @description What happened, or what is needed */
                                content: string;
                                /** @description Day recorded */
                                notedOn: string;
                                /** @description For blockers and factor needs: open or resolved; null for a log entry */
                                status: ("open" | "resolved") | null;
                                /** @description Day resolved */
                                resolvedOn: string | null;
                                /** @description Who recorded it */
                                byUserId: number | null;
                                /** @description Their display name */
                                byUserName: string | null;
                            }[];
                            /** @description Blockers, open first, latest first */
                            blockers: {
                                /** @description Note id */
                                id: number;
                                /** @description Project id */
                                projectId: number;
                                /**
                                 * @description service_log (the officer's log), blocker, or factor_need (要素保障)
                                 * @enum {string}
                                 */
                                kind: "service_log" | "blocker" | "factor_need";
                                /** @description For blockers and factor needs: land, energy, finance, labour, approval, other */
                                category: ("land" | "energy" | "finance" | "labour" | "approval" | "other") | null;
                                /** @description What happened, or what is needed */
                                content: string;
                                /** @description Day recorded */
                                notedOn: string;
                                /** @description For blockers and factor needs: open or resolved; null for a log entry */
                                status: ("open" | "resolved") | null;
                                /** @description Day resolved */
                                resolvedOn: string | null;
                                /** @description Who recorded it */
                                byUserId: number | null;
                                /** @description Their display name */
                                byUserName: string | null;
                            }[];
                            /** @description Factor needs (land, energy, finance, labour…), open first, latest first */
                            factorNeeds: {
                                /** @description Note id */
                                id: number;
                                /** @description Project id */
                                projectId: number;
                                /**
                                 * @description service_log (the officer's log), blocker, or factor_need (要素保障)
                                 * @enum {string}
                                 */
                                kind: "service_log" | "blocker" | "factor_need";
                                /** @description For blockers and factor needs: land, energy, finance, labour, approval, other */
                                category: ("land" | "energy" | "finance" | "labour" | "approval" | "other") | null;
                                /** @description What happened, or what is needed */
                                content: string;
                                /** @description Day recorded */
                                notedOn: string;
                                /** @description For blockers and factor needs: open or resolved; null for a log entry */
                                status: ("open" | "resolved") | null;
                                /** @description Day resolved */
                                resolvedOn: string | null;
                                /** @description Who recorded it */
                                byUserId: number | null;
                                /** @description Their display name */
                                byUserName: string | null;
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
    "/api/v1/projects/{id}/officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a user the project's chief service officer from a date */
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
                        /** @description The user who becomes chief service officer */
                        userId: number;
                        /**
                         * Format: date
                         * @description First day of service (not in the future); the current officer's service ends that day
                         */
                        validFrom: string;
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
                            /** @description Assignment id */
                            id: number;
                            /** @description Project id */
                            projectId: number;
                            /** @description The chief service officer (首席服务官), a user */
                            userId: number;
                            /** @description The officer's display name */
                            userName: string;
                            /** @description First day of the assignment */
                            validFrom: string;
                            /** @description Day the assignment ended (exclusive); null while current */
                            validTo: string | null;
                            /** @description Serving today */
                            isCurrent: boolean;
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
    "/api/v1/project-officers/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a chief service officer's assignment */
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
                         * @description Day the service ends (exclusive): after the first day, not in the future
                         */
                        validTo: string;
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
                            /** @description Assignment id */
                            id: number;
                            /** @description Project id */
                            projectId: number;
                            /** @description The chief service officer (首席服务官), a user */
                            userId: number;
                            /** @description The officer's display name */
                            userName: string;
                            /** @description First day of the assignment */
                            validFrom: string;
                            /** @description Day the assignment ended (exclusive); null while current */
                            validTo: string | null;
                            /** @description Serving today */
                            isCurrent: boolean;
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
    "/api/v1/projects/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a service log entry, a blocker or a factor need */
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
                         * @description service_log, blocker or factor_need
                         * @enum {string}
                         */
                        kind: "service_log" | "blocker" | "factor_need";
                        /**
                         * @description Required for blockers and factor needs; none for a log entry
                         * @enum {string}
                         */
                        category?: "land" | "energy" | "finance" | "labour" | "approval" | "other";
                        /** @description What happened, or what is needed */
                        content: string;
                        /**
                         * Format: date
                         * @description Day recorded (not in the future)
                         */
                        notedOn: string;
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
                            /** @description Note id */
                            id: number;
                            /** @description Project id */
                            projectId: number;
                            /**
                             * @description service_log (the officer's log), blocker, or factor_need (要素保障)
                             * @enum {string}
                             */
                            kind: "service_log" | "blocker" | "factor_need";
                            /** @description For blockers and factor needs: land, energy, finance, labour, approval, other */
                            category: ("land" | "energy" | "finance" | "labour" | "approval" | "other") | null;
                            /** @description What happened, or what is needed */
                            content: string;
                            /** @description Day recorded */
                            notedOn: string;
                            /** @description For blockers and factor needs: open or resolved; null for a log entry */
                            status: ("open" | "resolved") | null;
                            /** @description Day resolved */
                            resolvedOn: string | null;
                            /** @description Who recorded it */
                            byUserId: number | null;
                            /** @description Their display name */
                            byUserName: string | null;
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
    "/api/v1/project-notes/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a blocker or factor need resolved */
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
                         * @description Day resolved: not before it was noted, not in the future
                         */
                        resolvedOn: string;
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
                            /** @description Note id */
                            id: number;
                            /** @description Project id */
                            projectId: number;
                            /**
                             * @description service_log (the officer's log), blocker, or factor_need (要素保障)
                             * @enum {string}
                             */
                            kind: "service_log" | "blocker" | "factor_need";
                            /** @description For blockers and factor needs: land, energy, finance, labour, approval, other */
                            category: ("land" | "energy" | "finance" | "labour" | "approval" | "other") | null;
                            /** @description What happened, or what is needed */
                            content: string;
                            /** @description Day recorded */
                            notedOn: string;
                            /** @description For blockers and factor needs: open or resolved; null for a log entry */
                            status: ("open" | "resolved") | null;
                            /** @description Day resolved */
                            resolvedOn: string | null;
                            /** @description Who recorded it */
                            byUserId: number | null;
                            /** @description Their display name */
                            byUserName: string | null;
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
    "/api/v1/task-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the task lists the caller reaches */
        get: {
            parameters: {
                query?: {
                    /** @description Only lists of this year */
                    year?: number;
                    /** @description Only lists of orgs in this org's subtree */
                    orgId?: number;
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
                            /** @description The lists the caller reaches, latest year first */
                            items: {
                                /** @description Task list id */
                                id: number;
                                /** @description The assigning org (the list lies in its scope) */
                                orgId: number;
                                /** @description That org's current name */
                                orgName: string;
                                /** @description The year the list is for */
                                year: number;
                                /** @description Title of the list */
                                title: string;
                                /** @description Items on the list, at every level */
                                itemCount: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Open an org's task list for a year */
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
                        /** @description The assigning org (e.g. the working committee); one list per org and year */
                        orgId: number;
                        /** @description The year the list is for */
                        year: number;
                        /** @description Title of the list, e.g. 2025年度党建工作任务清单 */
                        title: string;
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
                            /** @description Task list id */
                            id: number;
                            /** @description The assigning org (the list lies in its scope) */
                            orgId: number;
                            /** @description That org's current name */
                            orgName: string;
                            /** @description The year the list is for */
                            year: number;
                            /** @description Title of the list */
                            title: string;
                            /** @description Items on the list, at every level */
                            itemCount: number;
                            /** @description The date progress and status are read on */
                            asOf: string;
                            /** @description The list's progress: the weighted mean of its top-level items */
                            progress: number;
                            /** @description The items the caller reaches, parents before children; roll-ups count every child */
                            items: {
                                /** @description Task item id */
                                id: number;
                                /** @description The list it is on */
                                listId: number;
                                /** @description The parent item; null for a top-level item */
                                parentId: number | null;
                                /** @description What is to be done */
                                title: string;
                                /** @description Details */
                                description: string | null;
                                /**
                                 * @description The Red Action served: fortress, leadGeese, navigation, enterpriseAid, momentum
                                 * @enum {string}
                                 */
                                redAction: "fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum";
                                /** @description The org responsible (正向明责) */
                                responsibleOrg: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                };
                                /** @description The lead person, a member */
                                leadMember: {
                                    /** @description Member id */
                                    id: number;
                                    /** @description Name */
                                    name: string;
                                } | null;
                                /** @description Co-owner orgs */
                                coOwners: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                }[];
                                /** @description Due date */
                                dueOn: string;
                                /** @description Weight among its siblings */
                                weight: number;
                                /** @description Its weight as a percentage of its siblings' weights (of the top level for top-level items) */
                                share: number;
                                /** @description Progress on the date read, 0–100: a leaf's latest report; a parent's weighted mean of its children */
                                progress: number;
                                /** @description True when the item has no children (only leaves take progress reports) */
                                isLeaf: boolean;
                                /**
                                 * @description Status on the date read: open, submitted (for review), completed, failed
                                 * @enum {string}
                                 */
                                status: "open" | "submitted" | "completed" | "failed";
                                /** @description Past due on the date read and neither completed nor failed */
                                isOverdue: boolean;
                                /** @description Open accountability records */
                                openAccountability: number;
                                /** @description The joint-meeting decision the item was made from */
                                decisionId: number | null;
                            }[];
                            /** @description Items shown, by status on the date, and those overdue */
                            counts: {
                                open: number;
                                submitted: number;
                                completed: number;
                                failed: number;
                                overdue: number;
                            };
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
    "/api/v1/task-lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A task list on a date: its items as a tree with weights and rolled-up progress */
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
                            /** @description Task list id */
                            id: number;
                            /** @description The assigning org (the list lies in its scope) */
                            orgId: number;
                            /** @description That org's current name */
                            orgName: string;
                            /** @description The year the list is for */
                            year: number;
                            /** @description Title of the list */
                            title: string;
                            /** @description Items on the list, at every level */
                            itemCount: number;
                            /** @description The date progress and status are read on */
                            asOf: string;
                            /** @description The list's progress: the weighted mean of its top-level items */
                            progress: number;
                            /** @description The items the caller reaches, parents before children; roll-ups count every child */
                            items: {
                                /** @description Task item id */
                                id: number;
                                /** @description The list it is on */
                                listId: number;
                                /** @description The parent item; null for a top-level item */
                                parentId: number | null;
                                /** @description What is to be done */
                                title: string;
                                /** @description Details */
                                description: string | null;
                                /**
                                 * @description The Red Action served: fortress, leadGeese, navigation, enterpriseAid, momentum
                                 * @enum {string}
                                 */
                                redAction: "fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum";
                                /** @description The org responsible (正向明责) */
                                responsibleOrg: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                };
                                /** @description The lead person, a member */
                                leadMember: {
                                    /** @description Member id */
                                    id: number;
                                    /** @description Name */
                                    name: string;
                                } | null;
                                /** @description Co-owner orgs */
                                coOwners: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                }[];
                                /** @description Due date */
                                dueOn: string;
                                /** @description Weight among its siblings */
                                weight: number;
                                /** @description Its weight as a percentage of its siblings' weights (of the top level for top-level items) */
                                share: number;
                                /** @description Progress on the date read, 0–100: a leaf's latest report; a parent's weighted mean of its children */
                                progress: number;
                                /** @description True when the item has no children (only leaves take progress reports) */
                                isLeaf: boolean;
                                /**
                                 * @description Status on the date read: open, submitted (for review), completed, failed
                                 * @enum {string}
                                 */
                                status: "open" | "submitted" | "completed" | "failed";
                                /** @description Past due on the date read and neither completed nor failed */
                                isOverdue: boolean;
                                /** @description Open accountability records */
                                openAccountability: number;
                                /** @description The joint-meeting decision the item was made from */
                                decisionId: number | null;
                            }[];
                            /** @description Items shown, by status on the date, and those overdue */
                            counts: {
                                open: number;
                                submitted: number;
                                completed: number;
                                failed: number;
                                overdue: number;
                            };
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
    "/api/v1/task-lists/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put an item on a list, at the top level or under a parent */
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
                        /** @description What is to be done */
                        title: string;
                        /** @description Details */
                        description?: string | null;
                        /**
                         * @description The Red Action served
                         * @enum {string}
                         */
                        redAction: "fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum";
                        /** @description The responsible org: the list's org or an org in its subtree */
                        responsibleOrgId: number;
                        leadMemberId?: number | null;
                        /** @description Co-owner orgs */
                        coOwnerOrgIds?: number[];
                        /**
                         * Format: date
                         * @description Due date
                         */
                        dueOn: string;
                        /** @description Weight among its siblings, 1–1000 */
                        weight: number;
                        parentId?: number | null;
                        /**
                         * Format: date
                         * @description Day the item was put on the list (not in the future); today when omitted
                         */
                        createdOn?: string;
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
                            /** @description Task item id */
                            id: number;
                            /** @description The list it is on */
                            listId: number;
                            /** @description The parent item; null for a top-level item */
                            parentId: number | null;
                            /** @description What is to be done */
                            title: string;
                            /** @description Details */
                            description: string | null;
                            /**
                             * @description The Red Action served: fortress, leadGeese, navigation, enterpriseAid, momentum
                             * @enum {string}
                             */
                            redAction: "fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum";
                            /** @description The org responsible (正向明责) */
                            responsibleOrg: {
                                /** @description Org id */
                                id: number;
                                /** @description The org's current name */
                                name: string;
                            };
                            /** @description The lead person, a member */
                            leadMember: {
                                /** @description Member id */
                                id: number;
                                /** @description Name */
                                name: string;
                            } | null;
                            /** @description Co-owner orgs */
                            coOwners: {
                                /** @description Org id */
                                id: number;
                                /** @description The org's current name */
                                name: string;
                            }[];
                            /** @description Due date */
                            dueOn: string;
                            /** @description Weight among its siblings */
                            weight: number;
                            /** @description Its weight as a percentage of its siblings' weights (of the top level for top-level items) */
                            share: number;
                            /** @description Progress on the date read, 0–100: a leaf's latest report; a parent's weighted mean of its children */
                            progress: number;
                            /** @description True when the item has no children (only leaves take progress reports) */
                            isLeaf: boolean;
                            /**
                             * @description Status on the date read: open, submitted (for review), completed, failed
                             * @enum {string}
                             */
                            status: "open" | "submitted" | "completed" | "failed";
                            /** @description Past due on the date read and neither completed nor failed */
                            isOverdue: boolean;
                            /** @description Open accountability records */
                            openAccountability: number;
                            /** @description The joint-meeting decision the item was made from */
                            decisionId: number | null;
                            /** @description The date progress and status are read on */
                            asOf: string;
                            /** @description The list */
                            list: {
                                /** @description List id */
                                id: number;
                                /** @description List title */
                                title: string;
                                /** @description Year */
                                year: number;
                                /** @description Assigning org */
                                orgId: number;
                            };
                            /**
                             * @description Status today
                             * @enum {string}
                             */
                            currentStatus: "open" | "submitted" | "completed" | "failed";
                            /** @description Day the item was put on the list */
                            createdOn: string;
                            /** @description Direct children with their rolled-up progress and shares */
                            children: {
                                /** @description Task item id */
                                id: number;
                                /** @description The list it is on */
                                listId: number;
                                /** @description The parent item; null for a top-level item */
                                parentId: number | null;
                                /** @description What is to be done */
                                title: string;
                                /** @description Details */
                                description: string | null;
                                /**
                                 * @description The Red Action served: fortress, leadGeese, navigation, enterpriseAid, momentum
                                 * @enum {string}
                                 */
                                redAction: "fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum";
                                /** @description The org responsible (正向明责) */
                                responsibleOrg: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                };
                                /** @description The lead person, a member */
                                leadMember: {
                                    /** @description Member id */
                                    id: number;
                                    /** @description Name */
                                    name: string;
                                } | null;
                                /** @description Co-owner orgs */
                                coOwners: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                }[];
                                /** @description Due date */
                                dueOn: string;
                                /** @description Weight among its siblings */
                                weight: number;
                                /** @description Its weight as a percentage of its siblings' weights (of the top level for top-level items) */
                                share: number;
                                /** @description Progress on the date read, 0–100: a leaf's latest report; a parent's weighted mean of its children */
                                progress: number;
                                /** @description True when the item has no children (only leaves take progress reports) */
                                isLeaf: boolean;
                                /**
                                 * @description Status on the date read: open, submitted (for review), completed, failed
                                 * @enum {string}
                                 */
                                status: "open" | "submitted" | "completed" | "failed";
                                /** @description Past due on the date read and neither completed nor failed */
                                isOverdue: boolean;
                                /** @description Open accountability records */
                                openAccountability: number;
                                /** @description The joint-meeting decision the item was made from */
                                decisionId: number | null;
                            }[];
                            /** @description Progress reports, latest first */
                            reports: {
                                /** @description Report id */
                                id: number;
                                /** @description Day of the report */
                                reportedOn: string;
                                /** @description Progress reported, 0–100 */
                                progress: number;
                                /** @description What was done */
                                note: string | null;
                                /** @description Who reported; null for the platform itself */
                                byUserId: number | null;
                                /** @description Their display name */
                                byUserName: string | null;
                            }[];
                            /** @description Status changes, earliest first */
                            statusHistory: {
                                /** @description Status before; null when the item was put on the list */
                                fromStatus: ("open" | "submitted" | "completed" | "failed") | null;
                                /**
                                 * @description Status after
                                 * @enum {string}
                                 */
                                toStatus: "open" | "submitted" | "completed" | "failed";
                                /** @description Day of the change */
                                changedOn: string;
                                /** @description Review note or reason */
                                note: string | null;
                                /** @description Who changed it */
                                byUserName: string | null;
                            }[];
                            /** @description Evidence files, latest first */
                            evidence: {
                                /** @description Evidence file id */
                                id: number;
                                /** @description The item */
                                itemId: number;
                                /** @description File name */
                                fileName: string;
                                /** @description Content type */
                                mimeType: string;
                                /** @description Size in bytes */
                                sizeBytes: number;
                                /** @description SHA-256 of the content, hex */
                                sha256: string;
                                /** @description Day uploaded */
                                uploadedOn: string;
                                /** @description Who uploaded it */
                                byUserName: string | null;
                            }[];
                            /** @description Accountability records of the item, open first */
                            accountability: {
                                /** @description Accountability record id */
                                id: number;
                                /** @description The task item */
                                itemId: number;
                                /** @description Its title */
                                itemTitle: string;
                                /** @description Its due date */
                                itemDueOn: string;
                                /** @description Its list */
                                listId: number;
                                /** @description The list's year */
                                listYear: number;
                                /** @description The responsible org held to account */
                                responsibleOrg: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                };
                                /**
                                 * @description overdue, or failed (the review found it not done)
                                 * @enum {string}
                                 */
                                reason: "overdue" | "failed";
                                /** @description The ladder level */
                                level: {
                                    /** @description Level code */
                                    code: string;
                                    /** @description Level name */
                                    name: string;
                                    /** @description Rank on the ladder, from 1 */
                                    rank: number;
                                };
                                /** @description Day opened */
                                openedOn: string;
                                /** @description The lower-level record this one escalated */
                                escalatedFromId: number | null;
                                /**
                                 * @description open, decided, or escalated (superseded by the next level)
                                 * @enum {string}
                                 */
                                status: "open" | "decided" | "escalated";
                                /** @description upheld or waived, once decided */
                                decision: ("upheld" | "waived") | null;
                                /** @description The decision's reasoning, or the escalation's */
                                decisionNote: string | null;
                                /** @description Day decided or escalated */
                                closedOn: string | null;
                                /** @description Who decided or escalated */
                                closedByUserName: string | null;
                                /** @description The record is open and the caller may decide or escalate it (tasks.write over the list's org) */
                                mayDecide: boolean;
                            }[];
                            /** @description The joint-meeting decision it came from */
                            decision: {
                                /** @description Decision id */
                                id: number;
                                /** @description The decision */
                                content: string;
                                /** @description Meeting id */
                                meetingId: number;
                                /** @description Meeting title */
                                meetingTitle: string;
                                /** @description Meeting date */
                                heldOn: string;
                            } | null;
                            /** @description The caller may edit and review it (tasks.write over the list's org) */
                            mayManage: boolean;
                            /** @description The caller may report progress, add evidence and submit (tasks.write over the responsible org) */
                            mayReport: boolean;
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
    "/api/v1/task-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item on a date: progress, reports, status history, evidence, accountability */
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
                            /** @description Task item id */
                            id: number;
                            /** @description The list it is on */
                            listId: number;
                            /** @description The parent item; null for a top-level item */
                            parentId: number | null;
                            /** @description What is to be done */
                            title: string;
                            /** @description Details */
                            description: string | null;
                            /**
                             * @description The Red Action served: fortress, leadGeese, navigation, enterpriseAid, momentum
                             * @enum {string}
                             */
                            redAction: "fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum";
                            /** @description The org responsible (正向明责) */
                            responsibleOrg: {
                                /** @description Org id */
                                id: number;
                                /** @description The org's current name */
                                name: string;
                            };
                            /** @description The lead person, a member */
                            leadMember: {
                                /** @description Member id */
                                id: number;
                                /** @description Name */
                                name: string;
                            } | null;
                            /** @description Co-owner orgs */
                            coOwners: {
                                /** @description Org id */
                                id: number;
                                /** @description The org's current name */
                                name: string;
                            }[];
                            /** @description Due date */
                            dueOn: string;
                            /** @description Weight among its siblings */
                            weight: number;
                            /** @description Its weight as a percentage of its siblings' weights (of the top level for top-level items) */
                            share: number;
                            /** @description Progress on the date read, 0–100: a leaf's latest report; a parent's weighted mean of its children */
                            progress: number;
                            /** @description True when the item has no children (only leaves take progress reports) */
                            isLeaf: boolean;
                            /**
                             * @description Status on the date read: open, submitted (for review), completed, failed
                             * @enum {string}
                             */
                            status: "open" | "submitted" | "completed" | "failed";
                            /** @description Past due on the date read and neither completed nor failed */
                            isOverdue: boolean;
                            /** @description Open accountability records */
                            openAccountability: number;
                            /** @description The joint-meeting decision the item was made from */
                            decisionId: number | null;
                            /** @description The date progress and status are read on */
                            asOf: string;
                            /** @description The list */
                            list: {
                                /** @description List id */
                                id: number;
                                /** @description List title */
                                title: string;
                                /** @description Year */
                                year: number;
                                /** @description Assigning org */
                                orgId: number;
                            };
                            /**
                             * @description Status today
                             * @enum {string}
                             */
                            currentStatus: "open" | "submitted" | "completed" | "failed";
                            /** @description Day the item was put on the list */
                            createdOn: string;
                            /** @description Direct children with their rolled-up progress and shares */
                            children: {
                                /** @description Task item id */
                                id: number;
                                /** @description The list it is on */
                                listId: number;
                                /** @description The parent item; null for a top-level item */
                                parentId: number | null;
                                /** @description What is to be done */
                                title: string;
                                /** @description Details */
                                description: string | null;
                                /**
                                 * @description The Red Action served: fortress, leadGeese, navigation, enterpriseAid, momentum
                                 * @enum {string}
                                 */
                                redAction: "fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum";
                                /** @description The org responsible (正向明责) */
                                responsibleOrg: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                };
                                /** @description The lead person, a member */
                                leadMember: {
                                    /** @description Member id */
                                    id: number;
                                    /** @description Name */
                                    name: string;
                                } | null;
                                /** @description Co-owner orgs */
                                coOwners: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                }[];
                                /** @description Due date */
                                dueOn: string;
                                /** @description Weight among its siblings */
                                weight: number;
                                /** @description Its weight as a percentage of its siblings' weights (of the top level for top-level items) */
                                share: number;
                                /** @description Progress on the date read, 0–100: a leaf's latest report; a parent's weighted mean of its children */
                                progress: number;
                                /** @description True when the item has no children (only leaves take progress reports) */
                                isLeaf: boolean;
                                /**
                                 * @description Status on the date read: open, submitted (for review), completed, failed
                                 * @enum {string}
                                 */
                                status: "open" | "submitted" | "completed" | "failed";
                                /** @description Past due on the date read and neither completed nor failed */
                                isOverdue: boolean;
                                /** @description Open accountability records */
                                openAccountability: number;
                                /** @description The joint-meeting decision the item was made from */
                                decisionId: number | null;
                            }[];
                            /** @description Progress reports, latest first */
                            reports: {
                                /** @description Report id */
                                id: number;
                                /** @description Day of the report */
                                reportedOn: string;
                                /** @description Progress reported, 0–100 */
                                progress: number;
                                /** @description What was done */
                                note: string | null;
                                /** @description Who reported; null for the platform itself */
                                byUserId: number | null;
                                /** @description Their display name */
                                byUserName: string | null;
                            }[];
                            /** @description Status changes, earliest first */
                            statusHistory: {
                                /** @description Status before; null when the item was put on the list */
                                fromStatus: ("open" | "submitted" | "completed" | "failed") | null;
                                /**
                                 * @description Status after
                                 * @enum {string}
                                 */
                                toStatus: "open" | "submitted" | "completed" | "failed";
                                /** @description Day of the change */
                                changedOn: string;
                                /** @description Review note or reason */
                                note: string | null;
                                /** @description Who changed it */
                                byUserName: string | null;
                            }[];
                            /** @description Evidence files, latest first */
                            evidence: {
                                /** @description Evidence file id */
                                id: number;
                                /** @description The item */
                                itemId: number;
                                /** @description File name */
                                fileName: string;
                                /** @description Content type */
                                mimeType: string;
                                /** @description Size in bytes */
                                sizeBytes: number;
                                /** @description SHA-256 of the content, hex */
                                sha256: string;
                                /** @description Day uploaded */
                                uploadedOn: string;
                                /** @description Who uploaded it */
                                byUserName: string | null;
                            }[];
                            /** @description Accountability records of the item, open first */
                            accountability: {
                                /** @description Accountability record id */
                                id: number;
                                /** @description The task item */
                                itemId: number;
                                /** @description Its title */
                                itemTitle: string;
                                /** @description Its due date */
                                itemDueOn: string;
                                /** @description Its list */
                                listId: number;
                                /** @description The list's year */
                                listYear: number;
                                /** @description The responsible org held to account */
                                responsibleOrg: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                };
                                /**
                                 * @description overdue, or failed (the review found it not done)
                                 * @enum {string}
                                 */
                                reason: "overdue" | "failed";
                                /** @description The ladder level */
                                level: {
                                    /** @description Level code */
                                    code: string;
                                    /** @description Level name */
                                    name: string;
                                    /** @description Rank on the ladder, from 1 */
                                    rank: number;
                                };
                                /** @description Day opened */
                                openedOn: string;
                                /** @description The lower-level record this one escalated */
                                escalatedFromId: number | null;
                                /**
                                 * @description open, decided, or escalated (superseded by the next level)
                                 * @enum {string}
                                 */
                                status: "open" | "decided" | "escalated";
                                /** @description upheld or waived, once decided */
                                decision: ("upheld" | "waived") | null;
                                /** @description The decision's reasoning, or the escalation's */
                                decisionNote: string | null;
                                /** @description Day decided or escalated */
                                closedOn: string | null;
                                /** @description Who decided or escalated */
                                closedByUserName: string | null;
                                /** @description The record is open and the caller may decide or escalate it (tasks.write over the list's org) */
                                mayDecide: boolean;
                            }[];
                            /** @description The joint-meeting decision it came from */
                            decision: {
                                /** @description Decision id */
                                id: number;
                                /** @description The decision */
                                content: string;
                                /** @description Meeting id */
                                meetingId: number;
                                /** @description Meeting title */
                                meetingTitle: string;
                                /** @description Meeting date */
                                heldOn: string;
                            } | null;
                            /** @description The caller may edit and review it (tasks.write over the list's org) */
                            mayManage: boolean;
                            /** @description The caller may report progress, add evidence and submit (tasks.write over the responsible org) */
                            mayReport: boolean;
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
        /** Edit an item's undated fields */
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
                        /** @description What is to be done */
                        title?: string;
                        /** @description Details */
                        description?: string | null;
                        /**
                         * @description The Red Action served
                         * @enum {string}
                         */
                        redAction?: "fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum";
                        /** @description The responsible org: the list's org or an org in its subtree */
                        responsibleOrgId?: number;
                        leadMemberId?: number | null;
                        /** @description Co-owner orgs */
                        coOwnerOrgIds?: number[];
                        /**
                         * Format: date
                         * @description Due date
                         */
                        dueOn?: string;
                        /** @description Weight among its siblings, 1–1000 */
                        weight?: number;
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
                            /** @description Task item id */
                            id: number;
                            /** @description The list it is on */
                            listId: number;
                            /** @description The parent item; null for a top-level item */
                            parentId: number | null;
                            /** @description What is to be done */
                            title: string;
                            /** @description Details */
                            description: string | null;
                            /**
                             * @description The Red Action served: fortress, leadGeese, navigation, enterpriseAid, momentum
                             * @enum {string}
                             */
                            redAction: "fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum";
                            /** @description The org responsible (正向明责) */
                            responsibleOrg: {
                                /** @description Org id */
                                id: number;
                                /** @description The org's current name */
                                name: string;
                            };
                            /** @description The lead person, a member */
                            leadMember: {
                                /** @description Member id */
                                id: number;
                                /** @description Name */
                                name: string;
                            } | null;
                            /** @description Co-owner orgs */
                            coOwners: {
                                /** @description Org id */
                                id: number;
                                /** @description The org's current name */
                                name: string;
                            }[];
                            /** @description Due date */
                            dueOn: string;
                            /** @description Weight among its siblings */
                            weight: number;
                            /** @description Its weight as a percentage of its siblings' weights (of the top level for top-level items) */
                            share: number;
                            /** @description Progress on the date read, 0–100: a leaf's latest report; a parent's weighted mean of its children */
                            progress: number;
                            /** @description True when the item has no children (only leaves take progress reports) */
                            isLeaf: boolean;
                            /**
                             * @description Status on the date read: open, submitted (for review), completed, failed
                             * @enum {string}
                             */
                            status: "open" | "submitted" | "completed" | "failed";
                            /** @description Past due on the date read and neither completed nor failed */
                            isOverdue: boolean;
                            /** @description Open accountability records */
                            openAccountability: number;
                            /** @description The joint-meeting decision the item was made from */
                            decisionId: number | null;
                            /** @description The date progress and status are read on */
                            asOf: string;
                            /** @description The list */
                            list: {
                                /** @description List id */
                                id: number;
                                /** @description List title */
                                title: string;
                                /** @description Year */
                                year: number;
                                /** @description Assigning org */
                                orgId: number;
                            };
                            /**
                             * @description Status today
                             * @enum {string}
                             */
                            currentStatus: "open" | "submitted" | "completed" | "failed";
                            /** @description Day the item was put on the list */
                            createdOn: string;
                            /** @description Direct children with their rolled-up progress and shares */
                            children: {
                                /** @description Task item id */
                                id: number;
                                /** @description The list it is on */
                                listId: number;
                                /** @description The parent item; null for a top-level item */
                                parentId: number | null;
                                /** @description What is to be done */
                                title: string;
                                /** @description Details */
                                description: string | null;
                                /**
                                 * @description The Red Action served: fortress, leadGeese, navigation, enterpriseAid, momentum
                                 * @enum {string}
                                 */
                                redAction: "fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum";
                                /** @description The org responsible (正向明责) */
                                responsibleOrg: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                };
                                /** @description The lead person, a member */
                                leadMember: {
                                    /** @description Member id */
                                    id: number;
                                    /** @description Name */
                                    name: string;
                                } | null;
                                /** @description Co-owner orgs */
                                coOwners: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                }[];
                                /** @description Due date */
                                dueOn: string;
                                /** @description Weight among its siblings */
                                weight: number;
                                /** @description Its weight as a percentage of its siblings' weights (of the top level for top-level items) */
                                share: number;
                                /** @description Progress on the date read, 0–100: a leaf's latest report; a parent's weighted mean of its children */
                                progress: number;
                                /** @description True when the item has no children (only leaves take progress reports) */
                                isLeaf: boolean;
                                /**
                                 * @description Status on the date read: open, submitted (for review), completed, failed
                                 * @enum {string}
                                 */
                                status: "open" | "submitted" | "completed" | "failed";
                                /** @description Past due on the date read and neither completed nor failed */
                                isOverdue: boolean;
                                /** @description Open accountability records */
                                openAccountability: number;
                                /** @description The joint-meeting decision the item was made from */
                                decisionId: number | null;
                            }[];
                            /** @description Progress reports, latest first */
                            reports: {
                                /** @description Report id */
                                id: number;
                                /** @description Day of the report */
                                reportedOn: string;
                                /** @description Progress reported, 0–100 */
                                progress: number;
                                /** @description What was done */
                                note: string | null;
                                /** @description Who reported; null for the platform itself */
                                byUserId: number | null;
                                /** @description Their display name */
                                byUserName: string | null;
                            }[];
                            /** @description Status changes, earliest first */
                            statusHistory: {
                                /** @description Status before; null when the item was put on the list */
                                fromStatus: ("open" | "submitted" | "completed" | "failed") | null;
                                /**
                                 * @description Status after
                                 * @enum {string}
                                 */
                                toStatus: "open" | "submitted" | "completed" | "failed";
                                /** @description Day of the change */
                                changedOn: string;
                                /** @description Review note or reason */
                                note: string | null;
                                /** @description Who changed it */
                                byUserName: string | null;
                            }[];
                            /** @description Evidence files, latest first */
                            evidence: {
                                /** @description Evidence file id */
                                id: number;
                                /** @description The item */
                                itemId: number;
                                /** @description File name */
                                fileName: string;
                                /** @description Content type */
                                mimeType: string;
                                /** @description Size in bytes */
                                sizeBytes: number;
                                /** @description SHA-256 of the content, hex */
                                sha256: string;
                                /** @description Day uploaded */
                                uploadedOn: string;
                                /** @description Who uploaded it */
                                byUserName: string | null;
                            }[];
                            /** @description Accountability records of the item, open first */
                            accountability: {
                                /** @description Accountability record id */
                                id: number;
                                /** @description The task item */
                                itemId: number;
                                /** @description Its title */
                                itemTitle: string;
                                /** @description Its due date */
                                itemDueOn: string;
                                /** @description Its list */
                                listId: number;
                                /** @description The list's year */
                                listYear: number;
                                /** @description The responsible org held to account */
                                responsibleOrg: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                };
                                /**
                                 * @description overdue, or failed (the review found it not done)
                                 * @enum {string}
                                 */
                                reason: "overdue" | "failed";
                                /** @description The ladder level */
                                level: {
                                    /** @description Level code */
                                    code: string;
                                    /** @description Level name */
                                    name: string;
                                    /** @description Rank on the ladder, from 1 */
                                    rank: number;
                                };
                                /** @description Day opened */
                                openedOn: string;
                                /** @description The lower-level record this one escalated */
                                escalatedFromId: number | null;
                                /**
                                 * @description open, decided, or escalated (superseded by the next level)
                                 * @enum {string}
                                 */
                                status: "open" | "decided" | "escalated";
                                /** @description upheld or waived, once decided */
                                decision: ("upheld" | "waived") | null;
                                /** @description The decision's reasoning, or the escalation's */
                                decisionNote: string | null;
                                /** @description Day decided or escalated */
                                closedOn: string | null;
                                /** @description Who decided or escalated */
                                closedByUserName: string | null;
                                /** @description The record is open and the caller may decide or escalate it (tasks.write over the list's org) */
                                mayDecide: boolean;
                            }[];
                            /** @description The joint-meeting decision it came from */
                            decision: {
                                /** @description Decision id */
                                id: number;
                                /** @description The decision */
                                content: string;
                                /** @description Meeting id */
                                meetingId: number;
                                /** @description Meeting title */
                                meetingTitle: string;
                                /** @description Meeting date */
                                heldOn: string;
                            } | null;
                            /** @description The caller may edit and review it (tasks.write over the list's org) */
                            mayManage: boolean;
                            /** @description The caller may report progress, add evidence and submit (tasks.write over the responsible org) */
                            mayReport: boolean;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/task-items/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a leaf item's progress on a date */
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
                        /** @description Progress now, 0–100 */
                        progress: number;
                        /**
                         * Format: date
                         * @description Day of the report: not before the item was put on the list, not in the future
                         */
                        reportedOn: string;
                        /** @description What was done */
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
                            /** @description Task item id */
                            id: number;
                            /** @description The list it is on */
                            listId: number;
                            /** @description The parent item; null for a top-level item */
                            parentId: number | null;
                            /** @description What is to be done */
                            title: string;
                            /** @description Details */
                            description: string | null;
                            /**
                             * @description The Red Action served: fortress, leadGeese, navigation, enterpriseAid, momentum
                             * @enum {string}
                             */
                            redAction: "fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum";
                            /** @description The org responsible (正向明责) */
                            responsibleOrg: {
                                /** @description Org id */
                                id: number;
                                /** @description The org's current name */
                                name: string;
                            };
                            /** @description The lead person, a member */
                            leadMember: {
                                /** @description Member id */
                                id: number;
                                /** @description Name */
                                name: string;
                            } | null;
                            /** @description Co-owner orgs */
                            coOwners: {
                                /** @description Org id */
                                id: number;
                                /** @description The org's current name */
                                name: string;
                            }[];
                            /** @description Due date */
                            dueOn: string;
                            /** @description Weight among its siblings */
                            weight: number;
                            /** @description Its weight as a percentage of its siblings' weights (of the top level for top-level items) */
                            share: number;
                            /** @description Progress on the date read, 0–100: a leaf's latest report; a parent's weighted mean of its children */
                            progress: number;
                            /** @description True when the item has no children (only leaves take progress reports) */
                            isLeaf: boolean;
                            /**
                             * @description Status on the date read: open, submitted (for review), completed, failed
                             * @enum {string}
                             */
                            status: "open" | "submitted" | "completed" | "failed";
                            /** @description Past due on the date read and neither completed nor failed */
                            isOverdue: boolean;
                            /** @description Open accountability records */
                            openAccountability: number;
                            /** @description The joint-meeting decision the item was made from */
                            decisionId: number | null;
                            /** @description The date progress and status are read on */
                            asOf: string;
                            /** @description The list */
                            list: {
                                /** @description List id */
                                id: number;
                                /** @description List title */
                                title: string;
                                /** @description Year */
                                year: number;
                                /** @description Assigning org */
                                orgId: number;
                            };
                            /**
                             * @description Status today
                             * @enum {string}
                             */
                            currentStatus: "open" | "submitted" | "completed" | "failed";
                            /** @description Day the item was put on the list */
                            createdOn: string;
                            /** @description Direct children with their rolled-up progress and shares */
                            children: {
                                /** @description Task item id */
                                id: number;
                                /** @description The list it is on */
                                listId: number;
                                /** @description The parent item; null for a top-level item */
                                parentId: number | null;
                                /** @description What is to be done */
                                title: string;
                                /** @description Details */
                                description: string | null;
                                /**
                                 * @description The Red Action served: fortress, leadGeese, navigation, enterpriseAid, momentum
                                 * @enum {string}
                                 */
                                redAction: "fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum";
                                /** @description The org responsible (正向明责) */
                                responsibleOrg: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                };
                                /** @description The lead person, a member */
                                leadMember: {
                                    /** @description Member id */
                                    id: number;
                                    /** @description Name */
                                    name: string;
                                } | null;
                                /** @description Co-owner orgs */
                                coOwners: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                }[];
                                /** @description Due date */
                                dueOn: string;
                                /** @description Weight among its siblings */
                                weight: number;
                                /** @description Its weight as a percentage of its siblings' weights (of the top level for top-level items) */
                                share: number;
                                /** @description Progress on the date read, 0–100: a leaf's latest report; a parent's weighted mean of its children */
                                progress: number;
                                /** @description True when the item has no children (only leaves take progress reports) */
                                isLeaf: boolean;
                                /**
                                 * @description Status on the date read: open, submitted (for review), completed, failed
                                 * @enum {string}
                                 */
                                status: "open" | "submitted" | "completed" | "failed";
                                /** @description Past due on the date read and neither completed nor failed */
                                isOverdue: boolean;
                                /** @description Open accountability records */
                                openAccountability: number;
                                /** @description The joint-meeting decision the item was made from */
                                decisionId: number | null;
                            }[];
                            /** @description Progress reports, latest first */
                            reports: {
                                /** @description Report id */
                                id: number;
                                /** @description Day of the report */
                                reportedOn: string;
                                /** @description Progress reported, 0–100 */
                                progress: number;
                                /** @description What was done */
                                note: string | null;
                                /** @description Who reported; null for the platform itself */
                                byUserId: number | null;
                                /** @description Their display name */
                                byUserName: string | null;
                            }[];
                            /** @description Status changes, earliest first */
                            statusHistory: {
                                /** @description Status before; null when the item was put on the list */
                                fromStatus: ("open" | "submitted" | "completed" | "failed") | null;
                                /**
                                 * @description Status after
                                 * @enum {string}
                                 */
                                toStatus: "open" | "submitted" | "completed" | "failed";
                                /** @description Day of the change */
                                changedOn: string;
                                /** @description Review note or reason */
                                note: string | null;
                                /** @description Who changed it */
                                byUserName: string | null;
                            }[];
                            /** @description Evidence files, latest first */
                            evidence: {
                                /** @description Evidence file id */
                                id: number;
                                /** @description The item */
                                itemId: number;
                                /** @description File name */
                                fileName: string;
                                /** @description Content type */
                                mimeType: string;
                                /** @description Size in bytes */
                                sizeBytes: number;
                                /** @description SHA-256 of the content, hex */
                                sha256: string;
                                /** @description Day uploaded */
                                uploadedOn: string;
                                /** @description Who uploaded it */
                                byUserName: string | null;
                            }[];
                            /** @description Accountability records of the item, open first */
                            accountability: {
                                /** @description Accountability record id */
                                id: number;
                                /** @description The task item */
                                itemId: number;
                                /** @description Its title */
                                itemTitle: string;
                                /** @description Its due date */
                                itemDueOn: string;
                                /** @description Its list */
                                listId: number;
                                /** @description The list's year */
                                listYear: number;
                                /** @description The responsible org held to account */
                                responsibleOrg: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                };
                                /**
                                 * @description overdue, or failed (the review found it not done)
                                 * @enum {string}
                                 */
                                reason: "overdue" | "failed";
                                /** @description The ladder level */
                                level: {
                                    /** @description Level code */
                                    code: string;
                                    /** @description Level name */
                                    name: string;
                                    /** @description Rank on the ladder, from 1 */
                                    rank: number;
                                };
                                /** @description Day opened */
                                openedOn: string;
                                /** @description The lower-level record this one escalated */
                                escalatedFromId: number | null;
                                /**
                                 * @description open, decided, or escalated (superseded by the next level)
                                 * @enum {string}
                                 */
                                status: "open" | "decided" | "escalated";
                                /** @description upheld or waived, once decided */
                                decision: ("upheld" | "waived") | null;
                                /** @description The decision's reasoning, or the escalation's */
                                decisionNote: string | null;
                                /** @description Day decided or escalated */
                                closedOn: string | null;
                                /** @description Who decided or escalated */
                                closedByUserName: string | null;
                                /** @description The record is open and the caller may decide or escalate it (tasks.write over the list's org) */
                                mayDecide: boolean;
                            }[];
                            /** @description The joint-meeting decision it came from */
                            decision: {
                                /** @description Decision id */
                                id: number;
                                /** @description The decision */
                                content: string;
                                /** @description Meeting id */
                                meetingId: number;
                                /** @description Meeting title */
                                meetingTitle: string;
                                /** @description Meeting date */
                                heldOn: string;
                            } | null;
                            /** @description The caller may edit and review it (tasks.write over the list's org) */
                            mayManage: boolean;
                            /** @description The caller may report progress, add evidence and submit (tasks.write over the responsible org) */
                            mayReport: boolean;
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
    "/api/v1/task-items/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit an item for the assigner's review */
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
                         * @description Day submitted for review: not before the last status change, not in the future
                         */
                        submittedOn: string;
                        /** @description A word to the reviewer */
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
                            /** @description Task item id */
                            id: number;
                            /** @description The list it is on */
                            listId: number;
                            /** @description The parent item; null for a top-level item */
                            parentId: number | null;
                            /** @description What is to be done */
                            title: string;
                            /** @description Details */
                            description: string | null;
                            /**
                             * @description The Red Action served: fortress, leadGeese, navigation, enterpriseAid, momentum
                             * @enum {string}
                             */
                            redAction: "fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum";
                            /** @description The org responsible (正向明责) */
                            responsibleOrg: {
                                /** @description Org id */
                                id: number;
                                /** @description The org's current name */
                                name: string;
                            };
                            /** @description The lead person, a member */
                            leadMember: {
                                /** @description Member id */
                                id: number;
                                /** @description Name */
                                name: string;
                            } | null;
                            /** @description Co-owner orgs */
                            coOwners: {
                                /** @description Org id */
                                id: number;
                                /** @description The org's current name */
                                name: string;
                            }[];
                            /** @description Due date */
                            dueOn: string;
                            /** @description Weight among its siblings */
                            weight: number;
                            /** @description Its weight as a percentage of its siblings' weights (of the top level for top-level items) */
                            share: number;
                            /** @description Progress on the date read, 0–100: a leaf's latest report; a parent's weighted mean of its children */
                            progress: number;
                            /** @description True when the item has no children (only leaves take progress reports) */
                            isLeaf: boolean;
                            /**
                             * @description Status on the date read: open, submitted (for review), completed, failed
                             * @enum {string}
                             */
                            status: "open" | "submitted" | "completed" | "failed";
                            /** @description Past due on the date read and neither completed nor failed */
                            isOverdue: boolean;
                            /** @description Open accountability records */
                            openAccountability: number;
                            /** @description The joint-meeting decision the item was made from */
                            decisionId: number | null;
                            /** @description The date progress and status are read on */
                            asOf: string;
                            /** @description The list */
                            list: {
                                /** @description List id */
                                id: number;
                                /** @description List title */
                                title: string;
                                /** @description Year */
                                year: number;
                                /** @description Assigning org */
                                orgId: number;
                            };
                            /**
                             * @description Status today
                             * @enum {string}
                             */
                            currentStatus: "open" | "submitted" | "completed" | "failed";
                            /** @description Day the item was put on the list */
                            createdOn: string;
                            /** @description Direct children with their rolled-up progress and shares */
                            children: {
                                /** @description Task item id */
                                id: number;
                                /** @description The list it is on */
                                listId: number;
                                /** @description The parent item; null for a top-level item */
                                parentId: number | null;
                                /** @description What is to be done */
                                title: string;
                                /** @description Details */
                                description: string | null;
                                /**
                                 * @description The Red Action served: fortress, leadGeese, navigation, enterpriseAid, momentum
                                 * @enum {string}
                                 */
                                redAction: "fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum";
                                /** @description The org responsible (正向明责) */
                                responsibleOrg: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                };
                                /** @description The lead person, a member */
                                leadMember: {
                                    /** @description Member id */
                                    id: number;
                                    /** @description Name */
                                    name: string;
                                } | null;
                                /** @description Co-owner orgs */
                                coOwners: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                }[];
                                /** @description Due date */
                                dueOn: string;
                                /** @description Weight among its siblings */
                                weight: number;
                                /** @description Its weight as a percentage of its siblings' weights (of the top level for top-level items) */
                                share: number;
                                /** @description Progress on the date read, 0–100: a leaf's latest report; a parent's weighted mean of its children */
                                progress: number;
                                /** @description True when the item has no children (only leaves take progress reports) */
                                isLeaf: boolean;
                                /**
                                 * @description Status on the date read: open, submitted (for review), completed, failed
                                 * @enum {string}
                                 */
                                status: "open" | "submitted" | "completed" | "failed";
                                /** @description Past due on the date read and neither completed nor failed */
                                isOverdue: boolean;
                                /** @description Open accountability records */
                                openAccountability: number;
                                /** @description The joint-meeting decision the item was made from */
                                decisionId: number | null;
                            }[];
                            /** @description Progress reports, latest first */
                            reports: {
                                /** @description Report id */
                                id: number;
                                /** @description Day of the report */
                                reportedOn: string;
                                /** @description Progress reported, 0–100 */
                                progress: number;
                                /** @description What was done */
                                note: string | null;
                                /** @description Who reported; null for the platform itself */
                                byUserId: number | null;
                                /** @description Their display name */
                                byUserName: string | null;
                            }[];
                            /** @description Status changes, earliest first */
                            statusHistory: {
                                /** @description Status before; null when the item was put on the list */
                                fromStatus: ("open" | "submitted" | "completed" | "failed") | null;
                                /**
                                 * @description Status after
                                 * @enum {string}
                                 */
                                toStatus: "open" | "submitted" | "completed" | "failed";
                                /** @description Day of the change */
                                changedOn: string;
                                /** @description Review note or reason */
                                note: string | null;
                                /** @description Who changed it */
                                byUserName: string | null;
                            }[];
                            /** @description Evidence files, latest first */
                            evidence: {
                                /** @description Evidence file id */
                                id: number;
                                /** @description The item */
                                itemId: number;
                                /** @description File name */
                                fileName: string;
                                /** @description Content type */
                                mimeType: string;
                                /** @description Size in bytes */
                                sizeBytes: number;
                                /** @description SHA-256 of the content, hex */
                                sha256: string;
                                /** @description Day uploaded */
                                uploadedOn: string;
                                /** @description Who uploaded it */
                                byUserName: string | null;
                            }[];
                            /** @description Accountability records of the item, open first */
                            accountability: {
                                /** @description Accountability record id */
                                id: number;
                                /** @description The task item */
                                itemId: number;
                                /** @description Its title */
                                itemTitle: string;
                                /** @description Its due date */
                                itemDueOn: string;
                                /** @description Its list */
                                listId: number;
                                /** @description The list's year */
                                listYear: number;
                                /** @description The responsible org held to account */
                                responsibleOrg: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                };
                                /**
                                 * @description overdue, or failed (the review found it not done)
                                 * @enum {string}
                                 */
                                reason: "overdue" | "failed";
                                /** @description The ladder level */
                                level: {
                                    /** @description Level code */
                                    code: string;
                                    /** @description Level name */
                                    name: string;
                                    /** @description Rank on the ladder, from 1 */
                                    rank: number;
                                };
                                /** @description Day opened */
                                openedOn: string;
                                /** @description The lower-level record this one escalated */
                                escalatedFromId: number | null;
                                /**
                                 * @description open, decided, or escalated (superseded by the next level)
                                 * @enum {string}
                                 */
                                status: "open" | "decided" | "escalated";
                                /** @description upheld or waived, once decided */
                                decision: ("upheld" | "waived") | null;
                                /** @description The decision's reasoning, or the escalation's */
                                decisionNote: string | null;
                                /** @description Day decided or escalated */
                                closedOn: string | null;
                                /** @description Who decided or escalated */
                                closedByUserName: string | null;
                                /** @description The record is open and the caller may decide or escalate it (tasks.write over the list's org) */
                                mayDecide: boolean;
                            }[];
                            /** @description The joint-meeting decision it came from */
                            decision: {
                                /** @description Decision id */
                                id: number;
                                /** @description The decision */
                                content: string;
                                /** @description Meeting id */
                                meetingId: number;
                                /** @description Meeting title */
                                meetingTitle: string;
                                /** @description Meeting date */
                                heldOn: string;
                            } | null;
                            /** @description The caller may edit and review it (tasks.write over the list's org) */
                            mayManage: boolean;
                            /** @description The caller may report progress, add evidence and submit (tasks.write over the responsible org) */
                            mayReport: boolean;
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
    "/api/v1/task-items/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Review a submitted item: completed, or failed (opens accountability) */
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
                         * @description completed, or failed (opens an accountability record)
                         * @enum {string}
                         */
                        outcome: "completed" | "failed";
                        /**
                         * Format: date
                         * @description Day of the review: not before the submission, not in the future
                         */
                        reviewedOn: string;
                        /** @description The reviewer's note; required when failing */
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
                            /** @description Task item id */
                            id: number;
                            /** @description The list it is on */
                            listId: number;
                            /** @description The parent item; null for a top-level item */
                            parentId: number | null;
                            /** @description What is to be done */
                            title: string;
                            /** @description Details */
                            description: string | null;
                            /**
                             * @description The Red Action served: fortress, leadGeese, navigation, enterpriseAid, momentum
                             * @enum {string}
                             */
                            redAction: "fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum";
                            /** @description The org responsible (正向明责) */
                            responsibleOrg: {
                                /** @description Org id */
                                id: number;
                                /** @description The org's current name */
                                name: string;
                            };
                            /** @description The lead person, a member */
                            leadMember: {
                                /** @description Member id */
                                id: number;
                                /** @description Name */
                                name: string;
                            } | null;
                            /** @description Co-owner orgs */
                            coOwners: {
                                /** @description Org id */
                                id: number;
                                /** @description The org's current name */
                                name: string;
                            }[];
                            /** @description Due date */
                            dueOn: string;
                            /** @description Weight among its siblings */
                            weight: number;
                            /** @description Its weight as a percentage of its siblings' weights (of the top level for top-level items) */
                            share: number;
                            /** @description Progress on the date read, 0–100: a leaf's latest report; a parent's weighted mean of its children */
                            progress: number;
                            /** @description True when the item has no children (only leaves take progress reports) */
                            isLeaf: boolean;
                            /**
                             * @description Status on the date read: open, submitted (for review), completed, failed
                             * @enum {string}
                             */
                            status: "open" | "submitted" | "completed" | "failed";
                            /** @description Past due on the date read and neither completed nor failed */
                            isOverdue: boolean;
                            /** @description Open accountability records */
                            openAccountability: number;
                            /** @description The joint-meeting decision the item was made from */
                            decisionId: number | null;
                            /** @description The date progress and status are read on */
                            asOf: string;
                            /** @description The list */
                            list: {
                                /** @description List id */
                                id: number;
                                /** @description List title */
                                title: string;
                                /** @description Year */
                                year: number;
                                /** @description Assigning org */
                                orgId: number;
                            };
                            /**
                             * @description Status today
                             * @enum {string}
                             */
                            currentStatus: "open" | "submitted" | "completed" | "failed";
                            /** @description Day the item was put on the list */
                            createdOn: string;
                            /** @description Direct children with their rolled-up progress and shares */
                            children: {
                                /** @description Task item id */
                                id: number;
                                /** @description The list it is on */
                                listId: number;
                                /** @description The parent item; null for a top-level item */
                                parentId: number | null;
                                /** @description What is to be done */
                                title: string;
                                /** @description Details */
                                description: string | null;
                                /**
                                 * @description The Red Action served: fortress, leadGeese, navigation, enterpriseAid, momentum
                                 * @enum {string}
                                 */
                                redAction: "fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum";
                                /** @description The org responsible (正向明责) */
                                responsibleOrg: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                };
                                /** @description The lead person, a member */
                                leadMember: {
                                    /** @description Member id */
                                    id: number;
                                    /** @description Name */
                                    name: string;
                                } | null;
                                /** @description Co-owner orgs */
                                coOwners: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                }[];
                                /** @description Due date */
                                dueOn: string;
                                /** @description Weight among its siblings */
                                weight: number;
                                /** @description Its weight as a percentage of its siblings' weights (of the top level for top-level items) */
                                share: number;
                                /** @description Progress on the date read, 0–100: a leaf's latest report; a parent's weighted mean of its children */
                                progress: number;
                                /** @description True when the item has no children (only leaves take progress reports) */
                                isLeaf: boolean;
                                /**
                                 * @description Status on the date read: open, submitted (for review), completed, failed
                                 * @enum {string}
                                 */
                                status: "open" | "submitted" | "completed" | "failed";
                                /** @description Past due on the date read and neither completed nor failed */
                                isOverdue: boolean;
                                /** @description Open accountability records */
                                openAccountability: number;
                                /** @description The joint-meeting decision the item was made from */
                                decisionId: number | null;
                            }[];
                            /** @description Progress reports, latest first */
                            reports: {
                                /** @description Report id */
                                id: number;
                                /** @description Day of the report */
                                reportedOn: string;
                                /** @description Progress reported, 0–100 */
                                progress: number;
                                /** @description What was done */
                                note: string | null;
                                /** @description Who reported; null for the platform itself */
                                byUserId: number | null;
                                /** @description Their display name */
                                byUserName: string | null;
                            }[];
                            /** @description Status changes, earliest first */
                            statusHistory: {
                                /** @description Status before; null when the item was put on the list */
                                fromStatus: ("open" | "submitted" | "completed" | "failed") | null;
                                /**
                                 * @description Status after
                                 * @enum {string}
                                 */
                                toStatus: "open" | "submitted" | "completed" | "failed";
                                /** @description Day of the change */
                                changedOn: string;
                                /** @description Review note or reason */
                                note: string | null;
                                /** @description Who changed it */
                                byUserName: string | null;
                            }[];
                            /** @description Evidence files, latest first */
                            evidence: {
                                /** @description Evidence file id */
                                id: number;
                                /** @description The item */
                                itemId: number;
                                /** @description File name */
                                fileName: string;
                                /** @description Content type */
                                mimeType: string;
                                /** @description Size in bytes */
                                sizeBytes: number;
                                /** @description SHA-256 of the content, hex */
                                sha256: string;
                                /** @description Day uploaded */
                                uploadedOn: string;
                                /** @description Who uploaded it */
                                byUserName: string | null;
                            }[];
                            /** @description Accountability records of the item, open first */
                            accountability: {
                                /** @description Accountability record id */
                                id: number;
                                /** @description The task item */
                                itemId: number;
                                /** @description Its title */
                                itemTitle: string;
                                /** @description Its due date */
                                itemDueOn: string;
                                /** @description Its list */
                                listId: number;
                                /** @description The list's year */
                                listYear: number;
                                /** @description The responsible org held to account */
                                responsibleOrg: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                };
                                /**
                                 * @description overdue, or failed (the review found it not done)
                                 * @enum {string}
                                 */
                                reason: "overdue" | "failed";
                                /** @description The ladder level */
                                level: {
                                    /** @description Level code */
                                    code: string;
                                    /** @description Level name */
                                    name: string;
                                    /** @description Rank on the ladder, from 1 */
                                    rank: number;
                                };
                                /** @description Day opened */
                                openedOn: string;
                                /** @description The lower-level record this one escalated */
                                escalatedFromId: number | null;
                                /**
                                 * @description open, decided, or escalated (superseded by the next level)
                                 * @enum {string}
                                 */
                                status: "open" | "decided" | "escalated";
                                /** @description upheld or waived, once decided */
                                decision: ("upheld" | "waived") | null;
                                /** @description The decision's reasoning, or the escalation's */
                                decisionNote: string | null;
                                /** @description Day decided or escalated */
                                closedOn: string | null;
                                /** @description Who decided or escalated */
                                closedByUserName: string | null;
                                /** @description The record is open and the caller may decide or escalate it (tasks.write over the list's org) */
                                mayDecide: boolean;
                            }[];
                            /** @description The joint-meeting decision it came from */
                            decision: {
                                /** @description Decision id */
                                id: number;
                                /** @description The decision */
                                content: string;
                                /** @description Meeting id */
                                meetingId: number;
                                /** @description Meeting title */
                                meetingTitle: string;
                                /** @description Meeting date */
                                heldOn: string;
                            } | null;
                            /** @description The caller may edit and review it (tasks.write over the list's org) */
                            mayManage: boolean;
                            /** @description The caller may report progress, add evidence and submit (tasks.write over the responsible org) */
                            mayReport: boolean;
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
    "/api/v1/task-items/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return a submission or take back a review */
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
                         * @description Day reopened: not before the last status change, not in the future
                         */
                        reopenedOn: string;
                        /** @description Why the item is reopened or returned */
                        note: string;
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
                            /** @description Task item id */
                            id: number;
                            /** @description The list it is on */
                            listId: number;
                            /** @description The parent item; null for a top-level item */
                            parentId: number | null;
                            /** @description What is to be done */
                            title: string;
                            /** @description Details */
                            description: string | null;
                            /**
                             * @description The Red Action served: fortress, leadGeese, navigation, enterpriseAid, momentum
                             * @enum {string}
                             */
                            redAction: "fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum";
                            /** @description The org responsible (正向明责) */
                            responsibleOrg: {
                                /** @description Org id */
                                id: number;
                                /** @description The org's current name */
                                name: string;
                            };
                            /** @description The lead person, a member */
                            leadMember: {
                                /** @description Member id */
                                id: number;
                                /** @description Name */
                                name: string;
                            } | null;
                            /** @description Co-owner orgs */
                            coOwners: {
                                /** @description Org id */
                                id: number;
                                /** @description The org's current name */
                                name: string;
                            }[];
                            /** @description Due date */
                            dueOn: string;
                            /** @description Weight among its siblings */
                            weight: number;
                            /** @description Its weight as a percentage of its siblings' weights (of the top level for top-level items) */
                            share: number;
                            /** @description Progress on the date read, 0–100: a leaf's latest report; a parent's weighted mean of its children */
                            progress: number;
                            /** @description True when the item has no children (only leaves take progress reports) */
                            isLeaf: boolean;
                            /**
                             * @description Status on the date read: open, submitted (for review), completed, failed
                             * @enum {string}
                             */
                            status: "open" | "submitted" | "completed" | "failed";
                            /** @description Past due on the date read and neither completed nor failed */
                            isOverdue: boolean;
                            /** @description Open accountability records */
                            openAccountability: number;
                            /** @description The joint-meeting decision the item was made from */
                            decisionId: number | null;
                            /** @description The date progress and status are read on */
                            asOf: string;
                            /** @description The list */
                            list: {
                                /** @description List id */
                                id: number;
                                /** @description List title */
                                title: string;
                                /** @description Year */
                                year: number;
                                /** @description Assigning org */
                                orgId: number;
                            };
                            /**
                             * @description Status today
                             * @enum {string}
                             */
                            currentStatus: "open" | "submitted" | "completed" | "failed";
                            /** @description Day the item was put on the list */
                            createdOn: string;
                            /** @description Direct children with their rolled-up progress and shares */
                            children: {
                                /** @description Task item id */
                                id: number;
                                /** @description The list it is on */
                                listId: number;
                                /** @description The parent item; null for a top-level item */
                                parentId: number | null;
                                /** @description What is to be done */
                                title: string;
                                /** @description Details */
                                description: string | null;
                                /**
                                 * @description The Red Action served: fortress, leadGeese, navigation, enterpriseAid, momentum
                                 * @enum {string}
                                 */
                                redAction: "fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum";
                                /** @description The org responsible (正向明责) */
                                responsibleOrg: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                };
                                /** @description The lead person, a member */
                                leadMember: {
                                    /** @description Member id */
                                    id: number;
                                    /** @description Name */
                                    name: string;
                                } | null;
                                /** @description Co-owner orgs */
                                coOwners: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                }[];
                                /** @description Due date */
                                dueOn: string;
                                /** @description Weight among its siblings */
                                weight: number;
                                /** @description Its weight as a percentage of its siblings' weights (of the top level for top-level items) */
                                share: number;
                                /** @description Progress on the date read, 0–100: a leaf's latest report; a parent's weighted mean of its children */
                                progress: number;
                                /** @description True when the item has no children (only leaves take progress reports) */
                                isLeaf: boolean;
                                /**
                                 * @description Status on the date read: open, submitted (for review), completed, failed
                                 * @enum {string}
                                 */
                                status: "open" | "submitted" | "completed" | "failed";
                                /** @description Past due on the date read and neither completed nor failed */
                                isOverdue: boolean;
                                /** @description Open accountability records */
                                openAccountability: number;
                                /** @description The joint-meeting decision the item was made from */
                                decisionId: number | null;
                            }[];
                            /** @description Progress reports, latest first */
                            reports: {
                                /** @description Report id */
                                id: number;
                                /** @description Day of the report */
                                reportedOn: string;
                                /** @description Progress reported, 0–100 */
                                progress: number;
                                /** @description What was done */
                                note: string | null;
                                /** @description Who reported; null for the platform itself */
                                byUserId: number | null;
                                /** @description Their display name */
                                byUserName: string | null;
                            }[];
                            /** @description Status changes, earliest first */
                            statusHistory: {
                                /** @description Status before; null when the item was put on the list */
                                fromStatus: ("open" | "submitted" | "completed" | "failed") | null;
                                /**
                                 * @description Status after
                                 * @enum {string}
                                 */
                                toStatus: "open" | "submitted" | "completed" | "failed";
                                /** @description Day of the change */
                                changedOn: string;
                                /** @description Review note or reason */
                                note: string | null;
                                /** @description Who changed it */
                                byUserName: string | null;
                            }[];
                            /** @description Evidence files, latest first */
                            evidence: {
                                /** @description Evidence file id */
                                id: number;
                                /** @description The item */
                                itemId: number;
                                /** @description File name */
                                fileName: string;
                                /** @description Content type */
                                mimeType: string;
                                /** @description Size in bytes */
                                sizeBytes: number;
                                /** @description SHA-256 of the content, hex */
                                sha256: string;
                                /** @description Day uploaded */
                                uploadedOn: string;
                                /** @description Who uploaded it */
                                byUserName: string | null;
                            }[];
                            /** @description Accountability records of the item, open first */
                            accountability: {
                                /** @description Accountability record id */
                                id: number;
                                /** @description The task item */
                                itemId: number;
                                /** @description Its title */
                                itemTitle: string;
                                /** @description Its due date */
                                itemDueOn: string;
                                /** @description Its list */
                                listId: number;
                                /** @description The list's year */
                                listYear: number;
                                /** @description The responsible org held to account */
                                responsibleOrg: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                };
                                /**
                                 * @description overdue, or failed (the review found it not done)
                                 * @enum {string}
                                 */
                                reason: "overdue" | "failed";
                                /** @description The ladder level */
                                level: {
                                    /** @description Level code */
                                    code: string;
                                    /** @description Level name */
                                    name: string;
                                    /** @description Rank on the ladder, from 1 */
                                    rank: number;
                                };
                                /** @description Day opened */
                                openedOn: string;
                                /** @description The lower-level record this one escalated */
                                escalatedFromId: number | null;
                                /**
                                 * @description open, decided, or escalated (superseded by the next level)
                                 * @enum {string}
                                 */
                                status: "open" | "decided" | "escalated";
                                /** @description upheld or waived, once decided */
                                decision: ("upheld" | "waived") | null;
                                /** @description The decision's reasoning, or the escalation's */
                                decisionNote: string | null;
                                /** @description Day decided or escalated */
                                closedOn: string | null;
                                /** @description Who decided or escalated */
                                closedByUserName: string | null;
                                /** @description The record is open and the caller may decide or escalate it (tasks.write over the list's org) */
                                mayDecide: boolean;
                            }[];
                            /** @description The joint-meeting decision it came from */
                            decision: {
                                /** @description Decision id */
                                id: number;
                                /** @description The decision */
                                content: string;
                                /** @description Meeting id */
                                meetingId: number;
                                /** @description Meeting title */
                                meetingTitle: string;
                                /** @description Meeting date */
                                heldOn: string;
                            } | null;
                            /** @description The caller may edit and review it (tasks.write over the list's org) */
                            mayManage: boolean;
                            /** @description The caller may report progress, add evidence and submit (tasks.write over the responsible org) */
                            mayReport: boolean;
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
    "/api/v1/task-items/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an evidence file (base64, at most 2 MB) */
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
                        /** @description File name, shown and used on download */
                        fileName: string;
                        /** @description Content type: PDF, JPEG, PNG, plain text, DOCX or XLSX */
                        mimeType: string;
                        /** @description The file, base64-encoded; at most 2 MB decoded */
                        contentBase64: string;
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
                            /** @description Evidence file id */
                            id: number;
                            /** @description The item */
                            itemId: number;
                            /** @description File name */
                            fileName: string;
                            /** @description Content type */
                            mimeType: string;
                            /** @description Size in bytes */
                            sizeBytes: number;
                            /** @description SHA-256 of the content, hex */
                            sha256: string;
                            /** @description Day uploaded */
                            uploadedOn: string;
                            /** @description Who uploaded it */
                            byUserName: string | null;
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
    "/api/v1/task-evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an evidence file */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file's bytes (binary), sent with its own content type */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
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
    "/api/v1/accountability-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List accountability records of the items the caller reaches */
        get: {
            parameters: {
                query?: {
                    /** @description Only records of items on lists of this year */
                    year?: number;
                    /** @description Only records of items on this list */
                    listId?: number;
                    /** @description Only open, decided or escalated records */
                    status?: "open" | "decided" | "escalated";
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
                                /** @description Accountability record id */
                                id: number;
                                /** @description The task item */
                                itemId: number;
                                /** @description Its title */
                                itemTitle: string;
                                /** @description Its due date */
                                itemDueOn: string;
                                /** @description Its list */
                                listId: number;
                                /** @description The list's year */
                                listYear: number;
                                /** @description The responsible org held to account */
                                responsibleOrg: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                };
                                /**
                                 * @description overdue, or failed (the review found it not done)
                                 * @enum {string}
                                 */
                                reason: "overdue" | "failed";
                                /** @description The ladder level */
                                level: {
                                    /** @description Level code */
                                    code: string;
                                    /** @description Level name */
                                    name: string;
                                    /** @description Rank on the ladder, from 1 */
                                    rank: number;
                                };
                                /** @description Day opened */
                                openedOn: string;
                                /** @description The lower-level record this one escalated */
                                escalatedFromId: number | null;
                                /**
                                 * @description open, decided, or escalated (superseded by the next level)
                                 * @enum {string}
                                 */
                                status: "open" | "decided" | "escalated";
                                /** @description upheld or waived, once decided */
                                decision: ("upheld" | "waived") | null;
                                /** @description The decision's reasoning, or the escalation's */
                                decisionNote: string | null;
                                /** @description Day decided or escalated */
                                closedOn: string | null;
                                /** @description Who decided or escalated */
                                closedByUserName: string | null;
                                /** @description The record is open and the caller may decide or escalate it (tasks.write over the list's org) */
                                mayDecide: boolean;
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
    "/api/v1/accountability-records/sweep": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open accountability records for overdue items (idempotent) */
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
                        /**
                         * Format: date
                         * @description Judge overdue on this day (not in the future); today when omitted
                         */
                        on?: string;
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
                            /** @description Accountability records opened by this sweep */
                            opened: number;
                            /** @description The day judged */
                            on: string;
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
    "/api/v1/accountability-records/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide an open record: upheld, or waived with a reason */
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
                         * @description upheld (the measure stands) or waived (with a reason)
                         * @enum {string}
                         */
                        decision: "upheld" | "waived";
                        /**
                         * Format: date
                         * @description Day decided: not before the record was opened, not in the future
                         */
                        decidedOn: string;
                        /** @description The reasoning; required when waiving */
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
                            /** @description Accountability record id */
                            id: number;
                            /** @description The task item */
                            itemId: number;
                            /** @description Its title */
                            itemTitle: string;
                            /** @description Its due date */
                            itemDueOn: string;
                            /** @description Its list */
                            listId: number;
                            /** @description The list's year */
                            listYear: number;
                            /** @description The responsible org held to account */
                            responsibleOrg: {
                                /** @description Org id */
                                id: number;
                                /** @description The org's current name */
                                name: string;
                            };
                            /**
                             * @description overdue, or failed (the review found it not done)
                             * @enum {string}
                             */
                            reason: "overdue" | "failed";
                            /** @description The ladder level */
                            level: {
                                /** @description Level code */
                                code: string;
                                /** @description Level name */
                                name: string;
                                /** @description Rank on the ladder, from 1 */
                                rank: number;
                            };
                            /** @description Day opened */
                            openedOn: string;
                            /** @description The lower-level record this one escalated */
                            escalatedFromId: number | null;
                            /**
                             * @description open, decided, or escalated (superseded by the next level)
                             * @enum {string}
                             */
                            status: "open" | "decided" | "escalated";
                            /** @description upheld or waived, once decided */
                            decision: ("upheld" | "waived") | null;
                            /** @description The decision's reasoning, or the escalation's */
                            decisionNote: string | null;
                            /** @description Day decided or escalated */
                            closedOn: string | null;
                            /** @description Who decided or escalated */
                            closedByUserName: string | null;
                            /** @description The record is open and the caller may decide or escalate it (tasks.write over the list's org) */
                            mayDecide: boolean;
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
    "/api/v1/accountability-records/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Escalate an open record to the next level of the ladder */
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
                         * @description Day escalated: not before the record was opened, not in the future
                         */
                        escalatedOn: string;
                        /** @description Why it goes up a level */
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
                            /** @description Accountability record id */
                            id: number;
                            /** @description The task item */
                            itemId: number;
                            /** @description Its title */
                            itemTitle: string;
                            /** @description Its due date */
                            itemDueOn: string;
                            /** @description Its list */
                            listId: number;
                            /** @description The list's year */
                            listYear: number;
                            /** @description The responsible org held to account */
                            responsibleOrg: {
                                /** @description Org id */
                                id: number;
                                /** @description The org's current name */
                                name: string;
                            };
                            /**
                             * @description overdue, or failed (the review found it not done)
                             * @enum {string}
                             */
                            reason: "overdue" | "failed";
                            /** @description The ladder level */
                            level: {
                                /** @description Level code */
                                code: string;
                                /** @description Level name */
                                name: string;
                                /** @description Rank on the ladder, from 1 */
                                rank: number;
                            };
                            /** @description Day opened */
                            openedOn: string;
                            /** @description The lower-level record this one escalated */
                            escalatedFromId: number | null;
                            /**
                             * @description open, decided, or escalated (superseded by the next level)
                             * @enum {string}
                             */
                            status: "open" | "decided" | "escalated";
                            /** @description upheld or waived, once decided */
                            decision: ("upheld" | "waived") | null;
                            /** @description The decision's reasoning, or the escalation's */
                            decisionNote: string | null;
                            /** @description Day decided or escalated */
                            closedOn: string | null;
                            /** @description Who decided or escalated */
                            closedByUserName: string | null;
                            /** @description The record is open and the caller may decide or escalate it (tasks.write over the list's org) */
                            mayDecide: boolean;
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
    "/api/v1/accountability-levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The park's accountability ladder */
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
                            /** @description The ladder, lowest first */
                            levels: {
                                /** @description Level code, unique in the park */
                                code: string;
                                /** @description Level name, e.g. 提醒, 约谈, 通报批评 */
                                name: string;
                                /** @description Rank on the ladder, from 1 (lowest) */
                                rank: number;
                            }[];
                            /** @description True while the park uses the default ladder */
                            isDefault: boolean;
                        };
                    };
                };
            };
        };
        /** Replace the park's accountability ladder (park-wide) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The levels, lowest first; their order is their rank */
                        levels: {
                            /** @description Level code */
                            code: string;
                            /** @description Level name */
                            name: string;
                        }[];
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
                            /** @description The ladder, lowest first */
                            levels: {
                                /** @description Level code, unique in the park */
                                code: string;
                                /** @description Level name, e.g. 提醒, 约谈, 通报批评 */
                                name: string;
                                /** @description Rank on the ladder, from 1 (lowest) */
                                rank: number;
                            }[];
                            /** @description True while the park uses the default ladder */
                            isDefault: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/joint-meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List joint meetings held by orgs in the caller's scope */
        get: {
            parameters: {
                query?: {
                    /** @description Only meetings held in this year */
                    year?: number;
                    /** @description Only meetings of orgs in this org's subtree */
                    orgId?: number;
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
                                /** @description Meeting id */
                                id: number;
                                /** @description The org that held it */
                                orgId: number;
                                /** @description That org's current name */
                                orgName: string;
                                /** @description Day held */
                                heldOn: string;
                                /** @description Title */
                                title: string;
                                /** @description Where */
                                location: string | null;
                                /** @description Attendees recorded */
                                attendeeCount: number;
                                /** @description Decisions taken */
                                decisionCount: number;
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
        /** Record a joint meeting */
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
                        /** @description The org holding the meeting */
                        orgId: number;
                        /**
                         * Format: date
                         * @description Day held (not in the future)
                         */
                        heldOn: string;
                        /** @description Title, e.g. 2025年第一次党建联席会议 */
                        title: string;
                        /** @description Where */
                        location?: string;
                        /** @description Agenda items, in order */
                        agenda: string[];
                        /** @description Who attended */
                        attendees: {
                            /** @description A member of the park who attended */
                            memberId?: number;
                            /** @description A person or unit attending, when not a member of the park */
                            name?: string;
                        }[];
                        /** @description Decisions taken, in order */
                        decisions: string[];
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
                            /** @description Meeting id */
                            id: number;
                            /** @description The org that held it */
                            orgId: number;
                            /** @description That org's current name */
                            orgName: string;
                            /** @description Day held */
                            heldOn: string;
                            /** @description Title */
                            title: string;
                            /** @description Where */
                            location: string | null;
                            /** @description Attendees recorded */
                            attendeeCount: number;
                            /** @description Decisions taken */
                            decisionCount: number;
                            /** @description Agenda items, in order */
                            agenda: string[];
                            /** @description Who attended */
                            attendees: {
                                /** @description Attendee id */
                                id: number;
                                /** @description The member, when a member of the park attended */
                                memberId: number | null;
                                /** @description The member's name, or the person or unit named */
                                name: string;
                            }[];
                            /** @description Decisions, in order */
                            decisions: {
                                /** @description Decision id */
                                id: number;
                                /** @description Its number in the meeting, from 1 */
                                seq: number;
                                /** @description The decision */
                                content: string;
                                /** @description Task items made from it */
                                taskItemIds: number[];
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
    "/api/v1/joint-meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One joint meeting: attendees, agenda, decisions and the items made from them */
        get: {
            parameters: {
                query?: never;
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
                            /** @description Meeting id */
                            id: number;
                            /** @description The org that held it */
                            orgId: number;
                            /** @description That org's current name */
                            orgName: string;
                            /** @description Day held */
                            heldOn: string;
                            /** @description Title */
                            title: string;
                            /** @description Where */
                            location: string | null;
                            /** @description Attendees recorded */
                            attendeeCount: number;
                            /** @description Decisions taken */
                            decisionCount: number;
                            /** @description Agenda items, in order */
                            agenda: string[];
                            /** @description Who attended */
                            attendees: {
                                /** @description Attendee id */
                                id: number;
                                /** @description The member, when a member of the park attended */
                                memberId: number | null;
                                /** @description The member's name, or the person or unit named */
                                name: string;
                            }[];
                            /** @description Decisions, in order */
                            decisions: {
                                /** @description Decision id */
                                id: number;
                                /** @description Its number in the meeting, from 1 */
                                seq: number;
                                /** @description The decision */
                                content: string;
                                /** @description Task items made from it */
                                taskItemIds: number[];
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
        patch?: never;
        trace?: never;
    };
    "/api/v1/meeting-decisions/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn a decision into task items on a list (one transaction) */
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
                        /** @description The task list the new items go on */
                        listId: number;
                        /** @description The items to make from the decision */
                        items: {
                            /** @description What is to be done */
                            title: string;
                            /** @description Details */
                            description?: string | null;
                            /**
                             * @description The Red Action served
                             * @enum {string}
                             */
                            redAction: "fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum";
                            /** @description The responsible org: the list's org or an org in its subtree */
                            responsibleOrgId: number;
                            leadMemberId?: number | null;
                            /** @description Co-owner orgs */
                            coOwnerOrgIds?: number[];
                            /**
                             * Format: date
                             * @description Due date
                             */
                            dueOn: string;
                            /** @description Weight among its siblings, 1–1000 */
                            weight: number;
                            parentId?: number | null;
                            /**
                             * Format: date
                             * @description Day the item was put on the list (not in the future); today when omitted
                             */
                            createdOn?: string;
                        }[];
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
                            /** @description The items made, each remembering the decision */
                            items: {
                                /** @description Task item id */
                                id: number;
                                /** @description The list it is on */
                                listId: number;
                                /** @description The parent item; null for a top-level item */
                                parentId: number | null;
                                /** @description What is to be done */
                                title: string;
                                /** @description Details */
                                description: string | null;
                                /**
                                 * @description The Red Action served: fortress, leadGeese, navigation, enterpriseAid, momentum
                                 * @enum {string}
                                 */
                                redAction: "fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum";
                                /** @description The org responsible (正向明责) */
                                responsibleOrg: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                };
                                /** @description The lead person, a member */
                                leadMember: {
                                    /** @description Member id */
                                    id: number;
                                    /** @description Name */
                                    name: string;
                                } | null;
                                /** @description Co-owner orgs */
                                coOwners: {
                                    /** @description Org id */
                                    id: number;
                                    /** @description The org's current name */
                                    name: string;
                                }[];
                                /** @description Due date */
                                dueOn: string;
                                /** @description Weight among its siblings */
                                weight: number;
                                /** @description Its weight as a percentage of its siblings' weights (of the top level for top-level items) */
                                share: number;
                                /** @description Progress on the date read, 0–100: a leaf's latest report; a parent's weighted mean of its children */
                                progress: number;
                                /** @description True when the item has no children (only leaves take progress reports) */
                                isLeaf: boolean;
                                /**
                                 * @description Status on the date read: open, submitted (for review), completed, failed
                                 * @enum {string}
                                 */
                                status: "open" | "submitted" | "completed" | "failed";
                                /** @description Past due on the date read and neither completed nor failed */
                                isOverdue: boolean;
                                /** @description Open accountability records */
                                openAccountability: number;
                                /** @description The joint-meeting decision the item was made from */
                                decisionId: number | null;
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
    "/api/v1/review-campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Review campaigns the caller sees */
        get: {
            parameters: {
                query?: {
                    /** @description Only campaigns of this year */
                    year?: number;
                    /** @description Only campaigns this org runs or takes part in */
                    orgId?: number;
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
                                /** @description Campaign id */
                                id: number;
                                /** @description Campaign code */
                                code: string;
                                /** @description Campaign name */
                                name: string;
                                /** @description The year reviewed */
                                year: number;
                                /** @description The org running it */
                                runByOrgId: number;
                                /** @description Its current name */
                                runByOrgName: string;
                                /** @description The special fund, in 元 */
                                fundYuan: number;
                                /** @description The fund in 万元, for display */
                                fundText: string;
                                /** @description Day the fund was allocated; null until then */
                                allocatedOn: string | null;
                                /** @description Commitments deadline */
                                commitmentsDue: string;
                                /** @description Reports deadline */
                                reportsDue: string;
                                /** @description Scoring deadline */
                                scoringDue: string;
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
        /** Start a campaign: indicator tree, thresholds, deadlines, fund and rule, participating orgs */
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
                        /** @description Campaign code, unique in the park */
                        code: string;
                        /** @description Campaign name, e.g. 2025年度两新组织党组织星级考评 */
                        name: string;
                        /** @description The year reviewed */
                        year: number;
                        /** @description The org running the campaign; the caller manages reviews over it */
                        runByOrgId: number;
                        /** @description The orgs reviewed: orgs of the running org's subtree (itself included), in force */
                        participantOrgIds: number[];
                        /** @description Percent of the total taken from the self-score; the superior score takes the rest (e.g. 30 → 30/70) */
                        selfWeight: number;
                        /** @description Minimum totals (of 100) for one to five stars, strictly increasing, e.g. [60, 70, 80, 85, 90] */
                        starThresholds: number[];
                        /** @description The special fund (专项资金) to allocate from the ratings, in 元 */
                        fundYuan: number;
                        /** @description A fixed amount each org of that rating gets first (元), for 0 (below one star) to 5 stars: six numbers */
                        starBaseYuan?: number[];
                        /** @description Shares of what the base amounts leave, per rating (e.g. [0,0,0,1,3,5]), for 0 (below one star) to 5 stars: six numbers */
                        starShares: number[];
                        /**
                         * Format: date
                         * @description Deadline for filing commitments
                         */
                        commitmentsDue: string;
                        /**
                         * Format: date
                         * @description Deadline for filing reports (not before the commitments deadline)
                         */
                        reportsDue: string;
                        /**
                         * Format: date
                         * @description Deadline for scoring (not before the reports deadline)
                         */
                        scoringDue: string;
                        /** @description The indicator tree */
                        indicators: {
                            /** @description A top-level indicator, e.g. 基础建设 */
                            name: string;
                            /** @description Weight in the total, percent; the top-level indicators sum to 100 */
                            weight: number;
                            /** @description The scored indicators under it */
                            children: {
                                /** @description What is scored, e.g. 组织生活规范 */
                                name: string;
                                /** @description Weight within its parent, percent; the leaves of a parent sum to 100 */
                                weight: number;
                                /** @description The most points a score may give */
                                maxScore: number;
                            }[];
                        }[];
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
                            /** @description Campaign id */
                            id: number;
                            /** @description Campaign code */
                            code: string;
                            /** @description Campaign name */
                            name: string;
                            /** @description The year reviewed */
                            year: number;
                            /** @description The org running it */
                            runByOrgId: number;
                            /** @description Its current name */
                            runByOrgName: string;
                            /** @description The special fund, in 元 */
                            fundYuan: number;
                            /** @description The fund in 万元, for display */
                            fundText: string;
                            /** @description Day the fund was allocated; null until then */
                            allocatedOn: string | null;
                            /** @description Commitments deadline */
                            commitmentsDue: string;
                            /** @description Reports deadline */
                            reportsDue: string;
                            /** @description Scoring deadline */
                            scoringDue: string;
                            /** @description Percent of the total from the self-score */
                            selfWeight: number;
                            /** @description Percent from the superior score */
                            superiorWeight: number;
                            /** @description Minimum totals for one to five stars */
                            starThresholds: number[];
                            /** @description Base amount per rating 0…5, in 元 */
                            starBaseYuan: number[];
                            /** @description Shares per rating 0…5 */
                            starShares: number[];
                            /** @description The indicator tree */
                            indicators: {
                                /** @description Indicator id */
                                id: number;
                                /** @description Top-level indicator */
                                name: string;
                                /** @description Weight in the total, percent */
                                weight: number;
                                /** @description The scored indicators under it */
                                children: {
                                    /** @description Indicator id */
                                    id: number;
                                    /** @description What is scored */
                                    name: string;
                                    /** @description Weight within the parent, percent */
                                    weight: number;
                                    /** @description Most points a score gives */
                                    maxScore: number;
                                }[];
                            }[];
                            /** @description How far the cycles the caller sees have come */
                            progress: {
                                /** @description Participating orgs the caller sees */
                                cycles: number;
                                /** @description Of them, with commitments filed */
                                commitmentsFiled: number;
                                /** @description With the report filed */
                                reportsFiled: number;
                                /** @description With scoring closed and a rating */
                                rated: number;
                            };
                            /** @description The caller manages this campaign (settings, closing late, reopening, the fund) */
                            mayManage: boolean;
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
    "/api/v1/review-campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One campaign with its indicator tree and progress */
        get: {
            parameters: {
                query?: never;
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
                            /** @description Campaign id */
                            id: number;
                            /** @description Campaign code */
                            code: string;
                            /** @description Campaign name */
                            name: string;
                            /** @description The year reviewed */
                            year: number;
                            /** @description The org running it */
                            runByOrgId: number;
                            /** @description Its current name */
                            runByOrgName: string;
                            /** @description The special fund, in 元 */
                            fundYuan: number;
                            /** @description The fund in 万元, for display */
                            fundText: string;
                            /** @description Day the fund was allocated; null until then */
                            allocatedOn: string | null;
                            /** @description Commitments deadline */
                            commitmentsDue: string;
                            /** @description Reports deadline */
                            reportsDue: string;
                            /** @description Scoring deadline */
                            scoringDue: string;
                            /** @description Percent of the total from the self-score */
                            selfWeight: number;
                            /** @description Percent from the superior score */
                            superiorWeight: number;
                            /** @description Minimum totals for one to five stars */
                            starThresholds: number[];
                            /** @description Base amount per rating 0…5, in 元 */
                            starBaseYuan: number[];
                            /** @description Shares per rating 0…5 */
                            starShares: number[];
                            /** @description The indicator tree */
                            indicators: {
                                /** @description Indicator id */
                                id: number;
                                /** @description Top-level indicator */
                                name: string;
                                /** @description Weight in the total, percent */
                                weight: number;
                                /** @description The scored indicators under it */
                                children: {
                                    /** @description Indicator id */
                                    id: number;
                                    /** @description What is scored */
                                    name: string;
                                    /** @description Weight within the parent, percent */
                                    weight: number;
                                    /** @description Most points a score gives */
                                    maxScore: number;
                                }[];
                            }[];
                            /** @description How far the cycles the caller sees have come */
                            progress: {
                                /** @description Participating orgs the caller sees */
                                cycles: number;
                                /** @description Of them, with commitments filed */
                                commitmentsFiled: number;
                                /** @description With the report filed */
                                reportsFiled: number;
                                /** @description With scoring closed and a rating */
                                rated: number;
                            };
                            /** @description The caller manages this campaign (settings, closing late, reopening, the fund) */
                            mayManage: boolean;
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
        /** Change a campaign's settings (re-rates rated cycles when weights or thresholds change) */
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
                        /** @description Campaign name, e.g. 2025年度两新组织党组织星级考评 */
                        name?: string;
                        /** @description Percent of the total taken from the self-score; the superior score takes the rest (e.g. 30 → 30/70) */
                        selfWeight?: number;
                        /** @description Minimum totals (of 100) for one to five stars, strictly increasing, e.g. [60, 70, 80, 85, 90] */
                        starThresholds?: number[];
                        /** @description The special fund, in 元 */
                        fundYuan?: number;
                        /** @description Base amounts per rating, for 0 (below one star) to 5 stars: six numbers */
                        starBaseYuan?: number[];
                        /** @description Shares per rating, for 0 (below one star) to 5 stars: six numbers */
                        starShares?: number[];
                        /**
                         * Format: date
                         * @description New commitments deadline; moves the deadline of every cycle whose commitments are still open
                         */
                        commitmentsDue?: string;
                        /**
                         * Format: date
                         * @description New reports deadline (cycles whose report is open)
                         */
                        reportsDue?: string;
                        /**
                         * Format: date
                         * @description New scoring deadline (cycles whose scoring is open)
                         */
                        scoringDue?: string;
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
                            /** @description Campaign id */
                            id: number;
                            /** @description Campaign code */
                            code: string;
                            /** @description Campaign name */
                            name: string;
                            /** @description The year reviewed */
                            year: number;
                            /** @description The org running it */
                            runByOrgId: number;
                            /** @description Its current name */
                            runByOrgName: string;
                            /** @description The special fund, in 元 */
                            fundYuan: number;
                            /** @description The fund in 万元, for display */
                            fundText: string;
                            /** @description Day the fund was allocated; null until then */
                            allocatedOn: string | null;
                            /** @description Commitments deadline */
                            commitmentsDue: string;
                            /** @description Reports deadline */
                            reportsDue: string;
                            /** @description Scoring deadline */
                            scoringDue: string;
                            /** @description Percent of the total from the self-score */
                            selfWeight: number;
                            /** @description Percent from the superior score */
                            superiorWeight: number;
                            /** @description Minimum totals for one to five stars */
                            starThresholds: number[];
                            /** @description Base amount per rating 0…5, in 元 */
                            starBaseYuan: number[];
                            /** @description Shares per rating 0…5 */
                            starShares: number[];
                            /** @description The indicator tree */
                            indicators: {
                                /** @description Indicator id */
                                id: number;
                                /** @description Top-level indicator */
                                name: string;
                                /** @description Weight in the total, percent */
                                weight: number;
                                /** @description The scored indicators under it */
                                children: {
                                    /** @description Indicator id */
                                    id: number;
                                    /** @description What is scored */
                                    name: string;
                                    /** @description Weight within the parent, percent */
                                    weight: number;
                                    /** @description Most points a score gives */
                                    maxScore: number;
                                }[];
                            }[];
                            /** @description How far the cycles the caller sees have come */
                            progress: {
                                /** @description Participating orgs the caller sees */
                                cycles: number;
                                /** @description Of them, with commitments filed */
                                commitmentsFiled: number;
                                /** @description With the report filed */
                                reportsFiled: number;
                                /** @description With scoring closed and a rating */
                                rated: number;
                            };
                            /** @description The caller manages this campaign (settings, closing late, reopening, the fund) */
                            mayManage: boolean;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/review-campaigns/{id}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the indicator tree while no score or linked commitment rests on it */
        put: {
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
                        /** @description The new indicator tree */
                        indicators: {
                            /** @description A top-level indicator, e.g. 基础建设 */
                            name: string;
                            /** @description Weight in the total, percent; the top-level indicators sum to 100 */
                            weight: number;
                            /** @description The scored indicators under it */
                            children: {
                                /** @description What is scored, e.g. 组织生活规范 */
                                name: string;
                                /** @description Weight within its parent, percent; the leaves of a parent sum to 100 */
                                weight: number;
                                /** @description The most points a score may give */
                                maxScore: number;
                            }[];
                        }[];
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
                            /** @description Campaign id */
                            id: number;
                            /** @description Campaign code */
                            code: string;
                            /** @description Campaign name */
                            name: string;
                            /** @description The year reviewed */
                            year: number;
                            /** @description The org running it */
                            runByOrgId: number;
                            /** @description Its current name */
                            runByOrgName: string;
                            /** @description The special fund, in 元 */
                            fundYuan: number;
                            /** @description The fund in 万元, for display */
                            fundText: string;
                            /** @description Day the fund was allocated; null until then */
                            allocatedOn: string | null;
                            /** @description Commitments deadline */
                            commitmentsDue: string;
                            /** @description Reports deadline */
                            reportsDue: string;
                            /** @description Scoring deadline */
                            scoringDue: string;
                            /** @description Percent of the total from the self-score */
                            selfWeight: number;
                            /** @description Percent from the superior score */
                            superiorWeight: number;
                            /** @description Minimum totals for one to five stars */
                            starThresholds: number[];
                            /** @description Base amount per rating 0…5, in 元 */
                            starBaseYuan: number[];
                            /** @description Shares per rating 0…5 */
                            starShares: number[];
                            /** @description The indicator tree */
                            indicators: {
                                /** @description Indicator id */
                                id: number;
                                /** @description Top-level indicator */
                                name: string;
                                /** @description Weight in the total, percent */
                                weight: number;
                                /** @description The scored indicators under it */
                                children: {
                                    /** @description Indicator id */
                                    id: number;
                                    /** @description What is scored */
                                    name: string;
                                    /** @description Weight within the parent, percent */
                                    weight: number;
                                    /** @description Most points a score gives */
                                    maxScore: number;
                                }[];
                            }[];
                            /** @description How far the cycles the caller sees have come */
                            progress: {
                                /** @description Participating orgs the caller sees */
                                cycles: number;
                                /** @description Of them, with commitments filed */
                                commitmentsFiled: number;
                                /** @description With the report filed */
                                reportsFiled: number;
                                /** @description With scoring closed and a rating */
                                rated: number;
                            };
                            /** @description The caller manages this campaign (settings, closing late, reopening, the fund) */
                            mayManage: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review-campaigns/{id}/cycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ratings table: participating orgs with stage states, totals, stars and allocations */
        get: {
            parameters: {
                query?: {
                    /** @description Only cycles rated with these stars */
                    stars?: number;
                    /** @description Org name or code contains */
                    q?: string;
                    /** @description Page number, from 1 */
                    page?: number;
                    /** @description Rows per page (at most 200) */
                    pageSize?: number;
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
                            /** @description The rows of this page */
                            items: {
                                /** @description Cycle id */
                                id: number;
                                /** @description Campaign id */
                                campaignId: number;
                                /** @description The participating org */
                                orgId: number;
                                /** @description Its code */
                                orgCode: string;
                                /** @description Its current name */
                                orgName: string;
                                /** @description Each stage's state today */
                                stages: {
                                    /** @description 承诺 */
                                    commitments: {
                                        /**
                                         * @description pending: an earlier stage is still open; open; overdue: open past its deadline; closed
                                         * @enum {string}
                                         */
                                        status: "pending" | "open" | "overdue" | "closed";
                                        /** @description The deadline (a reopening may move it) */
                                        dueOn: string;
                                        /** @description Day it closed; null while not closed */
                                        closedOn: string | null;
                                    };
                                    /** @description 述职 */
                                    report: {
                                        /**
                                         * @description pending: an earlier stage is still open; open; overdue: open past its deadline; closed
                                         * @enum {string}
                                         */
                                        status: "pending" | "open" | "overdue" | "closed";
                                        /** @description The deadline (a reopening may move it) */
                                        dueOn: string;
                                        /** @description Day it closed; null while not closed */
                                        closedOn: string | null;
                                    };
                                    /** @description 测评 */
                                    scoring: {
                                        /**
                                         * @description pending: an earlier stage is still open; open; overdue: open past its deadline; closed
                                         * @enum {string}
                                         */
                                        status: "pending" | "open" | "overdue" | "closed";
                                        /** @description The deadline (a reopening may move it) */
                                        dueOn: string;
                                        /** @description Day it closed; null while not closed */
                                        closedOn: string | null;
                                    };
                                };
                                /** @description Commitment items filed or drafted */
                                commitmentCount: number;
                                /** @description Self-score total (of 100) once scoring closed */
                                selfTotal: number | null;
                                /** @description Superior score total once scoring closed */
                                superiorTotal: number | null;
                                /** @description The weighted total once scoring closed */
                                total: number | null;
                                /** @description Stars 0…5 once scoring closed */
                                stars: number | null;
                                /** @description The fund allocated to the org; null until allocated */
                                amountYuan: number | null;
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
    "/api/v1/review-campaigns/{id}/allocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fund's allocation as stored and as recomputed from the records now */
        get: {
            parameters: {
                query?: never;
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
                            /** @description Campaign id */
                            campaignId: number;
                            /** @description The fund, in 元 */
                            fundYuan: number;
                            /** @description The fund in 万元 */
                            fundText: string;
                            /** @description Day allocated; null while not allocated */
                            allocatedOn: string | null;
                            /** @description Sum of the stored amounts over every org (equals the fund once allocated) */
                            allocatedYuan: number;
                            /** @description Sum of the recomputed amounts over every org */
                            recomputedYuan: number;
                            /** @description Stored ratings and amounts equal what the records give now; null while not allocated */
                            matches: boolean | null;
                            /** @description Why the allocation cannot be computed now (e.g. orgs still unrated); null when it can */
                            problem: string | null;
                            /** @description Per org the caller sees, by amount then total, descending */
                            items: {
                                /** @description The org's cycle */
                                cycleId: number;
                                /** @description The org */
                                orgId: number;
                                /** @description Its code (the last tie-break) */
                                orgCode: string;
                                /** @description Its name */
                                orgName: string;
                                /** @description Total score (of 100) recorded on the cycle; null while unrated */
                                total: number | null;
                                /** @description Stars recorded on the cycle; null while unrated */
                                stars: number | null;
                                /** @description Amount stored when the fund was allocated; null before */
                                amountYuan: number | null;
                                /** @description The total recomputed from the scores now */
                                recomputedTotal: number | null;
                                /** @description The stars that total earns under the thresholds now */
                                recomputedStars: number | null;
                                /** @description The amount recomputed from the records now; null when it cannot be computed */
                                recomputedYuan: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Allocate the fund from the ratings, summing exactly to the fund */
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
                         * @description Day of the allocation: not in the future, not before the last scoring closed
                         */
                        on: string;
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
                            /** @description Campaign id */
                            campaignId: number;
                            /** @description The fund, in 元 */
                            fundYuan: number;
                            /** @description The fund in 万元 */
                            fundText: string;
                            /** @description Day allocated; null while not allocated */
                            allocatedOn: string | null;
                            /** @description Sum of the stored amounts over every org (equals the fund once allocated) */
                            allocatedYuan: number;
                            /** @description Sum of the recomputed amounts over every org */
                            recomputedYuan: number;
                            /** @description Stored ratings and amounts equal what the records give now; null while not allocated */
                            matches: boolean | null;
                            /** @description Why the allocation cannot be computed now (e.g. orgs still unrated); null when it can */
                            problem: string | null;
                            /** @description Per org the caller sees, by amount then total, descending */
                            items: {
                                /** @description The org's cycle */
                                cycleId: number;
                                /** @description The org */
                                orgId: number;
                                /** @description Its code (the last tie-break) */
                                orgCode: string;
                                /** @description Its name */
                                orgName: string;
                                /** @description Total score (of 100) recorded on the cycle; null while unrated */
                                total: number | null;
                                /** @description Stars recorded on the cycle; null while unrated */
                                stars: number | null;
                                /** @description Amount stored when the fund was allocated; null before */
                                amountYuan: number | null;
                                /** @description The total recomputed from the scores now */
                                recomputedTotal: number | null;
                                /** @description The stars that total earns under the thresholds now */
                                recomputedStars: number | null;
                                /** @description The amount recomputed from the records now; null when it cannot be computed */
                                recomputedYuan: number | null;
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
    "/api/v1/review-campaigns/{id}/allocation/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw the allocation, with a reason */
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
                        /** @description Why the allocation is withdrawn */
                        reason: string;
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
                            /** @description Campaign id */
                            campaignId: number;
                            /** @description The fund, in 元 */
                            fundYuan: number;
                            /** @description The fund in 万元 */
                            fundText: string;
                            /** @description Day allocated; null while not allocated */
                            allocatedOn: string | null;
                            /** @description Sum of the stored amounts over every org (equals the fund once allocated) */
                            allocatedYuan: number;
                            /** @description Sum of the recomputed amounts over every org */
                            recomputedYuan: number;
                            /** @description Stored ratings and amounts equal what the records give now; null while not allocated */
                            matches: boolean | null;
                            /** @description Why the allocation cannot be computed now (e.g. orgs still unrated); null when it can */
                            problem: string | null;
                            /** @description Per org the caller sees, by amount then total, descending */
                            items: {
                                /** @description The org's cycle */
                                cycleId: number;
                                /** @description The org */
                                orgId: number;
                                /** @description Its code (the last tie-break) */
                                orgCode: string;
                                /** @description Its name */
                                orgName: string;
                                /** @description Total score (of 100) recorded on the cycle; null while unrated */
                                total: number | null;
                                /** @description Stars recorded on the cycle; null while unrated */
                                stars: number | null;
                                /** @description Amount stored when the fund was allocated; null before */
                                amountYuan: number | null;
                                /** @description The total recomputed from the scores now */
                                recomputedTotal: number | null;
                                /** @description The stars that total earns under the thresholds now */
                                recomputedStars: number | null;
                                /** @description The amount recomputed from the records now; null when it cannot be computed */
                                recomputedYuan: number | null;
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
    "/api/v1/review-cycles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One org's cycle: stages, commitments and report, scores, stage events */
        get: {
            parameters: {
                query?: never;
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
                            /** @description Cycle id */
                            id: number;
                            /** @description Campaign id */
                            campaignId: number;
                            /** @description The participating org */
                            orgId: number;
                            /** @description Its code */
                            orgCode: string;
                            /** @description Its current name */
                            orgName: string;
                            /** @description Each stage's state today */
                            stages: {
                                /** @description 承诺 */
                                commitments: {
                                    /**
                                     * @description pending: an earlier stage is still open; open; overdue: open past its deadline; closed
                                     * @enum {string}
                                     */
                                    status: "pending" | "open" | "overdue" | "closed";
                                    /** @description The deadline (a reopening may move it) */
                                    dueOn: string;
                                    /** @description Day it closed; null while not closed */
                                    closedOn: string | null;
                                };
                                /** @description 述职 */
                                report: {
                                    /**
                                     * @description pending: an earlier stage is still open; open; overdue: open past its deadline; closed
                                     * @enum {string}
                                     */
                                    status: "pending" | "open" | "overdue" | "closed";
                                    /** @description The deadline (a reopening may move it) */
                                    dueOn: string;
                                    /** @description Day it closed; null while not closed */
                                    closedOn: string | null;
                                };
                                /** @description 测评 */
                                scoring: {
                                    /**
                                     * @description pending: an earlier stage is still open; open; overdue: open past its deadline; closed
                                     * @enum {string}
                                     */
                                    status: "pending" | "open" | "overdue" | "closed";
                                    /** @description The deadline (a reopening may move it) */
                                    dueOn: string;
                                    /** @description Day it closed; null while not closed */
                                    closedOn: string | null;
                                };
                            };
                            /** @description Commitment items filed or drafted */
                            commitmentCount: number;
                            /** @description Self-score total (of 100) once scoring closed */
                            selfTotal: number | null;
                            /** @description Superior score total once scoring closed */
                            superiorTotal: number | null;
                            /** @description The weighted total once scoring closed */
                            total: number | null;
                            /** @description Stars 0…5 once scoring closed */
                            stars: number | null;
                            /** @description The fund allocated to the org; null until allocated */
                            amountYuan: number | null;
                            /** @description The campaign */
                            campaignName: string;
                            /** @description The year reviewed */
                            year: number;
                            /** @description Percent of the total from the self-score */
                            selfWeight: number;
                            /** @description Minimum totals for one to five stars */
                            starThresholds: number[];
                            /** @description Commitment items with their report, in order of filing */
                            commitments: {
                                /** @description Commitment id */
                                id: number;
                                /** @description Its cycle */
                                cycleId: number;
                                /** @description What the org commits to (承诺事项) */
                                content: string;
                                /** @description The measurable target */
                                target: string;
                                /** @description The indicator it answers to, if any */
                                indicatorId: number | null;
                                /** @description That indicator's name */
                                indicatorName: string | null;
                                /** @description The report against it (述职): what was achieved */
                                result: string | null;
                                /** @description Evidence note */
                                evidence: string | null;
                            }[];
                            /** @description The indicator tree with this cycle's scores */
                            indicators: {
                                /** @description Indicator id */
                                id: number;
                                /** @description Top-level indicator */
                                name: string;
                                /** @description Weight in the total, percent */
                                weight: number;
                                /** @description The scored indicators with their scores */
                                children: {
                                    /** @description Indicator id */
                                    id: number;
                                    /** @description What is scored */
                                    name: string;
                                    /** @description Weight within the parent, percent */
                                    weight: number;
                                    /** @description Most points a score gives */
                                    maxScore: number;
                                    /** @description The org's own score */
                                    selfScore: number | null;
                                    /** @description The superior's score */
                                    superiorScore: number | null;
                                }[];
                            }[];
                            /** @description Stage closes and reopenings, earliest first */
                            events: {
                                /** @description Event id */
                                id: number;
                                /**
                                 * @description The stage
                                 * @enum {string}
                                 */
                                stage: "commitments" | "report" | "scoring";
                                /**
                                 * @description Closed (filed) or reopened
                                 * @enum {string}
                                 */
                                action: "close" | "reopen";
                                /** @description Day */
                                on: string;
                                /** @description Why it was reopened */
                                reason: string | null;
                                /** @description The new deadline of a reopening */
                                dueOn: string | null;
                                /** @description Who; null for the platform itself */
                                byUserName: string | null;
                            }[];
                            /** @description What the caller may do here */
                            may: {
                                /** @description May file commitments, the report and self-scores */
                                write: boolean;
                                /** @description May give superior scores and close scoring (a superior, not bound to the org itself) */
                                score: boolean;
                                /** @description Manages the campaign: closes late, reopens */
                                manage: boolean;
                            };
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
    "/api/v1/review-cycles/{id}/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a commitment item while commitments are open */
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
                        /** @description What the org commits to */
                        content: string;
                        /** @description The measurable target, e.g. 全年开展主题党日 12 次 */
                        target: string;
                        /** @description The scored indicator of the campaign the commitment answers to; null for none */
                        indicatorId?: number | null;
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
                            /** @description Commitment id */
                            id: number;
                            /** @description Its cycle */
                            cycleId: number;
                            /** @description What the org commits to (承诺事项) */
                            content: string;
                            /** @description The measurable target */
                            target: string;
                            /** @description The indicator it answers to, if any */
                            indicatorId: number | null;
                            /** @description That indicator's name */
                            indicatorName: string | null;
                            /** @description The report against it (述职): what was achieved */
                            result: string | null;
                            /** @description Evidence note */
                            evidence: string | null;
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
    "/api/v1/review-commitments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a commitment item while commitments are open */
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
                        /** @description What the org commits to */
                        content?: string;
                        /** @description The measurable target, e.g. 全年开展主题党日 12 次 */
                        target?: string;
                        /** @description The scored indicator of the campaign the commitment answers to; null for none */
                        indicatorId?: number | null;
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
                            /** @description Commitment id */
                            id: number;
                            /** @description Its cycle */
                            cycleId: number;
                            /** @description What the org commits to (承诺事项) */
                            content: string;
                            /** @description The measurable target */
                            target: string;
                            /** @description The indicator it answers to, if any */
                            indicatorId: number | null;
                            /** @description That indicator's name */
                            indicatorName: string | null;
                            /** @description The report against it (述职): what was achieved */
                            result: string | null;
                            /** @description Evidence note */
                            evidence: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/review-commitments/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Report against a commitment (result, evidence) while the report is open */
        put: {
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
                        /** @description What was achieved against the commitment */
                        result: string;
                        /** @description Evidence note (minutes, photos, ledgers) */
                        evidence?: string | null;
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
                            /** @description Commitment id */
                            id: number;
                            /** @description Its cycle */
                            cycleId: number;
                            /** @description What the org commits to (承诺事项) */
                            content: string;
                            /** @description The measurable target */
                            target: string;
                            /** @description The indicator it answers to, if any */
                            indicatorId: number | null;
                            /** @description That indicator's name */
                            indicatorName: string | null;
                            /** @description The report against it (述职): what was achieved */
                            result: string | null;
                            /** @description Evidence note */
                            evidence: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review-cycles/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** File the commitments or the report (closes that stage) */
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
                         * @description commitments (at the year's start) or report (at its end)
                         * @enum {string}
                         */
                        stage: "commitments" | "report";
                        /**
                         * Format: date
                         * @description Day filed; today when omitted; not in the future
                         */
                        on?: string;
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
                            /** @description Cycle id */
                            id: number;
                            /** @description Campaign id */
                            campaignId: number;
                            /** @description The participating org */
                            orgId: number;
                            /** @description Its code */
                            orgCode: string;
                            /** @description Its current name */
                            orgName: string;
                            /** @description Each stage's state today */
                            stages: {
                                /** @description 承诺 */
                                commitments: {
                                    /**
                                     * @description pending: an earlier stage is still open; open; overdue: open past its deadline; closed
                                     * @enum {string}
                                     */
                                    status: "pending" | "open" | "overdue" | "closed";
                                    /** @description The deadline (a reopening may move it) */
                                    dueOn: string;
                                    /** @description Day it closed; null while not closed */
                                    closedOn: string | null;
                                };
                                /** @description 述职 */
                                report: {
                                    /**
                                     * @description pending: an earlier stage is still open; open; overdue: open past its deadline; closed
                                     * @enum {string}
                                     */
                                    status: "pending" | "open" | "overdue" | "closed";
                                    /** @description The deadline (a reopening may move it) */
                                    dueOn: string;
                                    /** @description Day it closed; null while not closed */
                                    closedOn: string | null;
                                };
                                /** @description 测评 */
                                scoring: {
                                    /**
                                     * @description pending: an earlier stage is still open; open; overdue: open past its deadline; closed
                                     * @enum {string}
                                     */
                                    status: "pending" | "open" | "overdue" | "closed";
                                    /** @description The deadline (a reopening may move it) */
                                    dueOn: string;
                                    /** @description Day it closed; null while not closed */
                                    closedOn: string | null;
                                };
                            };
                            /** @description Commitment items filed or drafted */
                            commitmentCount: number;
                            /** @description Self-score total (of 100) once scoring closed */
                            selfTotal: number | null;
                            /** @description Superior score total once scoring closed */
                            superiorTotal: number | null;
                            /** @description The weighted total once scoring closed */
                            total: number | null;
                            /** @description Stars 0…5 once scoring closed */
                            stars: number | null;
                            /** @description The fund allocated to the org; null until allocated */
                            amountYuan: number | null;
                            /** @description The campaign */
                            campaignName: string;
                            /** @description The year reviewed */
                            year: number;
                            /** @description Percent of the total from the self-score */
                            selfWeight: number;
                            /** @description Minimum totals for one to five stars */
                            starThresholds: number[];
                            /** @description Commitment items with their report, in order of filing */
                            commitments: {
                                /** @description Commitment id */
                                id: number;
                                /** @description Its cycle */
                                cycleId: number;
                                /** @description What the org commits to (承诺事项) */
                                content: string;
                                /** @description The measurable target */
                                target: string;
                                /** @description The indicator it answers to, if any */
                                indicatorId: number | null;
                                /** @description That indicator's name */
                                indicatorName: string | null;
                                /** @description The report against it (述职): what was achieved */
                                result: string | null;
                                /** @description Evidence note */
                                evidence: string | null;
                            }[];
                            /** @description The indicator tree with this cycle's scores */
                            indicators: {
                                /** @description Indicator id */
                                id: number;
                                /** @description Top-level indicator */
                                name: string;
                                /** @description Weight in the total, percent */
                                weight: number;
                                /** @description The scored indicators with their scores */
                                children: {
                                    /** @description Indicator id */
                                    id: number;
                                    /** @description What is scored */
                                    name: string;
                                    /** @description Weight within the parent, percent */
                                    weight: number;
                                    /** @description Most points a score gives */
                                    maxScore: number;
                                    /** @description The org's own score */
                                    selfScore: number | null;
                                    /** @description The superior's score */
                                    superiorScore: number | null;
                                }[];
                            }[];
                            /** @description Stage closes and reopenings, earliest first */
                            events: {
                                /** @description Event id */
                                id: number;
                                /**
                                 * @description The stage
                                 * @enum {string}
                                 */
                                stage: "commitments" | "report" | "scoring";
                                /**
                                 * @description Closed (filed) or reopened
                                 * @enum {string}
                                 */
                                action: "close" | "reopen";
                                /** @description Day */
                                on: string;
                                /** @description Why it was reopened */
                                reason: string | null;
                                /** @description The new deadline of a reopening */
                                dueOn: string | null;
                                /** @description Who; null for the platform itself */
                                byUserName: string | null;
                            }[];
                            /** @description What the caller may do here */
                            may: {
                                /** @description May file commitments, the report and self-scores */
                                write: boolean;
                                /** @description May give superior scores and close scoring (a superior, not bound to the org itself) */
                                score: boolean;
                                /** @description Manages the campaign: closes late, reopens */
                                manage: boolean;
                            };
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
    "/api/v1/review-cycles/{id}/self-scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record the org's own scores of leaf indicators while scoring is open */
        put: {
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
                        /** @description Scores to record; indicators not named keep their scores */
                        scores: {
                            /** @description A scored (leaf) indicator */
                            indicatorId: number;
                            /** @description Points, at most one decimal, up to the indicator's max */
                            score: number;
                        }[];
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
                            /** @description Cycle id */
                            id: number;
                            /** @description Campaign id */
                            campaignId: number;
                            /** @description The participating org */
                            orgId: number;
                            /** @description Its code */
                            orgCode: string;
                            /** @description Its current name */
                            orgName: string;
                            /** @description Each stage's state today */
                            stages: {
                                /** @description 承诺 */
                                commitments: {
                                    /**
                                     * @description pending: an earlier stage is still open; open; overdue: open past its deadline; closed
                                     * @enum {string}
                                     */
                                    status: "pending" | "open" | "overdue" | "closed";
                                    /** @description The deadline (a reopening may move it) */
                                    dueOn: string;
                                    /** @description Day it closed; null while not closed */
                                    closedOn: string | null;
                                };
                                /** @description 述职 */
                                report: {
                                    /**
                                     * @description pending: an earlier stage is still open; open; overdue: open past its deadline; closed
                                     * @enum {string}
                                     */
                                    status: "pending" | "open" | "overdue" | "closed";
                                    /** @description The deadline (a reopening may move it) */
                                    dueOn: string;
                                    /** @description Day it closed; null while not closed */
                                    closedOn: string | null;
                                };
                                /** @description 测评 */
                                scoring: {
                                    /**
                                     * @description pending: an earlier stage is still open; open; overdue: open past its deadline; closed
                                     * @enum {string}
                                     */
                                    status: "pending" | "open" | "overdue" | "closed";
                                    /** @description The deadline (a reopening may move it) */
                                    dueOn: string;
                                    /** @description Day it closed; null while not closed */
                                    closedOn: string | null;
                                };
                            };
                            /** @description Commitment items filed or drafted */
                            commitmentCount: number;
                            /** @description Self-score total (of 100) once scoring closed */
                            selfTotal: number | null;
                            /** @description Superior score total once scoring closed */
                            superiorTotal: number | null;
                            /** @description The weighted total once scoring closed */
                            total: number | null;
                            /** @description Stars 0…5 once scoring closed */
                            stars: number | null;
                            /** @description The fund allocated to the org; null until allocated */
                            amountYuan: number | null;
                            /** @description The campaign */
                            campaignName: string;
                            /** @description The year reviewed */
                            year: number;
                            /** @description Percent of the total from the self-score */
                            selfWeight: number;
                            /** @description Minimum totals for one to five stars */
                            starThresholds: number[];
                            /** @description Commitment items with their report, in order of filing */
                            commitments: {
                                /** @description Commitment id */
                                id: number;
                                /** @description Its cycle */
                                cycleId: number;
                                /** @description What the org commits to (承诺事项) */
                                content: string;
                                /** @description The measurable target */
                                target: string;
                                /** @description The indicator it answers to, if any */
                                indicatorId: number | null;
                                /** @description That indicator's name */
                                indicatorName: string | null;
                                /** @description The report against it (述职): what was achieved */
                                result: string | null;
                                /** @description Evidence note */
                                evidence: string | null;
                            }[];
                            /** @description The indicator tree with this cycle's scores */
                            indicators: {
                                /** @description Indicator id */
                                id: number;
                                /** @description Top-level indicator */
                                name: string;
                                /** @description Weight in the total, percent */
                                weight: number;
                                /** @description The scored indicators with their scores */
                                children: {
                                    /** @description Indicator id */
                                    id: number;
                                    /** @description What is scored */
                                    name: string;
                                    /** @description Weight within the parent, percent */
                                    weight: number;
                                    /** @description Most points a score gives */
                                    maxScore: number;
                                    /** @description The org's own score */
                                    selfScore: number | null;
                                    /** @description The superior's score */
                                    superiorScore: number | null;
                                }[];
                            }[];
                            /** @description Stage closes and reopenings, earliest first */
                            events: {
                                /** @description Event id */
                                id: number;
                                /**
                                 * @description The stage
                                 * @enum {string}
                                 */
                                stage: "commitments" | "report" | "scoring";
                                /**
                                 * @description Closed (filed) or reopened
                                 * @enum {string}
                                 */
                                action: "close" | "reopen";
                                /** @description Day */
                                on: string;
                                /** @description Why it was reopened */
                                reason: string | null;
                                /** @description The new deadline of a reopening */
                                dueOn: string | null;
                                /** @description Who; null for the platform itself */
                                byUserName: string | null;
                            }[];
                            /** @description What the caller may do here */
                            may: {
                                /** @description May file commitments, the report and self-scores */
                                write: boolean;
                                /** @description May give superior scores and close scoring (a superior, not bound to the org itself) */
                                score: boolean;
                                /** @description Manages the campaign: closes late, reopens */
                                manage: boolean;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review-cycles/{id}/superior-scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record the superior's scores (not for one's own org) while scoring is open */
        put: {
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
                        /** @description Scores to record; indicators not named keep their scores */
                        scores: {
                            /** @description A scored (leaf) indicator */
                            indicatorId: number;
                            /** @description Points, at most one decimal, up to the indicator's max */
                            score: number;
                        }[];
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
                            /** @description Cycle id */
                            id: number;
                            /** @description Campaign id */
                            campaignId: number;
                            /** @description The participating org */
                            orgId: number;
                            /** @description Its code */
                            orgCode: string;
                            /** @description Its current name */
                            orgName: string;
                            /** @description Each stage's state today */
                            stages: {
                                /** @description 承诺 */
                                commitments: {
                                    /**
                                     * @description pending: an earlier stage is still open; open; overdue: open past its deadline; closed
                                     * @enum {string}
                                     */
                                    status: "pending" | "open" | "overdue" | "closed";
                                    /** @description The deadline (a reopening may move it) */
                                    dueOn: string;
                                    /** @description Day it closed; null while not closed */
                                    closedOn: string | null;
                                };
                                /** @description 述职 */
                                report: {
                                    /**
                                     * @description pending: an earlier stage is still open; open; overdue: open past its deadline; closed
                                     * @enum {string}
                                     */
                                    status: "pending" | "open" | "overdue" | "closed";
                                    /** @description The deadline (a reopening may move it) */
                                    dueOn: string;
                                    /** @description Day it closed; null while not closed */
                                    closedOn: string | null;
                                };
                                /** @description 测评 */
                                scoring: {
                                    /**
                                     * @description pending: an earlier stage is still open; open; overdue: open past its deadline; closed
                                     * @enum {string}
                                     */
                                    status: "pending" | "open" | "overdue" | "closed";
                                    /** @description The deadline (a reopening may move it) */
                                    dueOn: string;
                                    /** @description Day it closed; null while not closed */
                                    closedOn: string | null;
                                };
                            };
                            /** @description Commitment items filed or drafted */
                            commitmentCount: number;
                            /** @description Self-score total (of 100) once scoring closed */
                            selfTotal: number | null;
                            /** @description Superior score total once scoring closed */
                            superiorTotal: number | null;
                            /** @description The weighted total once scoring closed */
                            total: number | null;
                            /** @description Stars 0…5 once scoring closed */
                            stars: number | null;
                            /** @description The fund allocated to the org; null until allocated */
                            amountYuan: number | null;
                            /** @description The campaign */
                            campaignName: string;
                            /** @description The year reviewed */
                            year: number;
                            /** @description Percent of the total from the self-score */
                            selfWeight: number;
                            /** @description Minimum totals for one to five stars */
                            starThresholds: number[];
                            /** @description Commitment items with their report, in order of filing */
                            commitments: {
                                /** @description Commitment id */
                                id: number;
                                /** @description Its cycle */
                                cycleId: number;
                                /** @description What the org commits to (承诺事项) */
                                content: string;
                                /** @description The measurable target */
                                target: string;
                                /** @description The indicator it answers to, if any */
                                indicatorId: number | null;
                                /** @description That indicator's name */
                                indicatorName: string | null;
                                /** @description The report against it (述职): what was achieved */
                                result: string | null;
                                /** @description Evidence note */
                                evidence: string | null;
                            }[];
                            /** @description The indicator tree with this cycle's scores */
                            indicators: {
                                /** @description Indicator id */
                                id: number;
                                /** @description Top-level indicator */
                                name: string;
                                /** @description Weight in the total, percent */
                                weight: number;
                                /** @description The scored indicators with their scores */
                                children: {
                                    /** @description Indicator id */
                                    id: number;
                                    /** @description What is scored */
                                    name: string;
                                    /** @description Weight within the parent, percent */
                                    weight: number;
                                    /** @description Most points a score gives */
                                    maxScore: number;
                                    /** @description The org's own score */
                                    selfScore: number | null;
                                    /** @description The superior's score */
                                    superiorScore: number | null;
                                }[];
                            }[];
                            /** @description Stage closes and reopenings, earliest first */
                            events: {
                                /** @description Event id */
                                id: number;
                                /**
                                 * @description The stage
                                 * @enum {string}
                                 */
                                stage: "commitments" | "report" | "scoring";
                                /**
                                 * @description Closed (filed) or reopened
                                 * @enum {string}
                                 */
                                action: "close" | "reopen";
                                /** @description Day */
                                on: string;
                                /** @description Why it was reopened */
                                reason: string | null;
                                /** @description The new deadline of a reopening */
                                dueOn: string | null;
                                /** @description Who; null for the platform itself */
                                byUserName: string | null;
                            }[];
                            /** @description What the caller may do here */
                            may: {
                                /** @description May file commitments, the report and self-scores */
                                write: boolean;
                                /** @description May give superior scores and close scoring (a superior, not bound to the org itself) */
                                score: boolean;
                                /** @description Manages the campaign: closes late, reopens */
                                manage: boolean;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review-cycles/{id}/close-scoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close scoring and rate the cycle (every score given) */
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
                         * @description Day scoring closed; today when omitted; not in the future
                         */
                        on?: string;
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
                            /** @description Cycle id */
                            id: number;
                            /** @description Campaign id */
                            campaignId: number;
                            /** @description The participating org */
                            orgId: number;
                            /** @description Its code */
                            orgCode: string;
                            /** @description Its current name */
                            orgName: string;
                            /** @description Each stage's state today */
                            stages: {
                                /** @description 承诺 */
                                commitments: {
                                    /**
                                     * @description pending: an earlier stage is still open; open; overdue: open past its deadline; closed
                                     * @enum {string}
                                     */
                                    status: "pending" | "open" | "overdue" | "closed";
                                    /** @description The deadline (a reopening may move it) */
                                    dueOn: string;
                                    /** @description Day it closed; null while not closed */
                                    closedOn: string | null;
                                };
                                /** @description 述职 */
                                report: {
                                    /**
                                     * @description pending: an earlier stage is still open; open; overdue: open past its deadline; closed
                                     * @enum {string}
                                     */
                                    status: "pending" | "open" | "overdue" | "closed";
                                    /** @description The deadline (a reopening may move it) */
                                    dueOn: string;
                                    /** @description Day it closed; null while not closed */
                                    closedOn: string | null;
                                };
                                /** @description 测评 */
                                scoring: {
                                    /**
                                     * @description pending: an earlier stage is still open; open; overdue: open past its deadline; closed
                                     * @enum {string}
                                     */
                                    status: "pending" | "open" | "overdue" | "closed";
                                    /** @description The deadline (a reopening may move it) */
                                    dueOn: string;
                                    /** @description Day it closed; null while not closed */
                                    closedOn: string | null;
                                };
                            };
                            /** @description Commitment items filed or drafted */
                            commitmentCount: number;
                            /** @description Self-score total (of 100) once scoring closed */
                            selfTotal: number | null;
                            /** @description Superior score total once scoring closed */
                            superiorTotal: number | null;
                            /** @description The weighted total once scoring closed */
                            total: number | null;
                            /** @description Stars 0…5 once scoring closed */
                            stars: number | null;
                            /** @description The fund allocated to the org; null until allocated */
                            amountYuan: number | null;
                            /** @description The campaign */
                            campaignName: string;
                            /** @description The year reviewed */
                            year: number;
                            /** @description Percent of the total from the self-score */
                            selfWeight: number;
                            /** @description Minimum totals for one to five stars */
                            starThresholds: number[];
                            /** @description Commitment items with their report, in order of filing */
                            commitments: {
                                /** @description Commitment id */
                                id: number;
                                /** @description Its cycle */
                                cycleId: number;
                                /** @description What the org commits to (承诺事项) */
                                content: string;
                                /** @description The measurable target */
                                target: string;
                                /** @description The indicator it answers to, if any */
                                indicatorId: number | null;
                                /** @description That indicator's name */
                                indicatorName: string | null;
                                /** @description The report against it (述职): what was achieved */
                                result: string | null;
                                /** @description Evidence note */
                                evidence: string | null;
                            }[];
                            /** @description The indicator tree with this cycle's scores */
                            indicators: {
                                /** @description Indicator id */
                                id: number;
                                /** @description Top-level indicator */
                                name: string;
                                /** @description Weight in the total, percent */
                                weight: number;
                                /** @description The scored indicators with their scores */
                                children: {
                                    /** @description Indicator id */
                                    id: number;
                                    /** @description What is scored */
                                    name: string;
                                    /** @description Weight within the parent, percent */
                                    weight: number;
                                    /** @description Most points a score gives */
                                    maxScore: number;
                                    /** @description The org's own score */
                                    selfScore: number | null;
                                    /** @description The superior's score */
                                    superiorScore: number | null;
                                }[];
                            }[];
                            /** @description Stage closes and reopenings, earliest first */
                            events: {
                                /** @description Event id */
                                id: number;
                                /**
                                 * @description The stage
                                 * @enum {string}
                                 */
                                stage: "commitments" | "report" | "scoring";
                                /**
                                 * @description Closed (filed) or reopened
                                 * @enum {string}
                                 */
                                action: "close" | "reopen";
                                /** @description Day */
                                on: string;
                                /** @description Why it was reopened */
                                reason: string | null;
                                /** @description The new deadline of a reopening */
                                dueOn: string | null;
                                /** @description Who; null for the platform itself */
                                byUserName: string | null;
                            }[];
                            /** @description What the caller may do here */
                            may: {
                                /** @description May file commitments, the report and self-scores */
                                write: boolean;
                                /** @description May give superior scores and close scoring (a superior, not bound to the org itself) */
                                score: boolean;
                                /** @description Manages the campaign: closes late, reopens */
                                manage: boolean;
                            };
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
    "/api/v1/review-cycles/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The manager closes a stage, also past its deadline */
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
                         * @description The stage to close
                         * @enum {string}
                         */
                        stage: "commitments" | "report" | "scoring";
                        /**
                         * Format: date
                         * @description Day closed; today when omitted; not in the future
                         */
                        on?: string;
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
                            /** @description Cycle id */
                            id: number;
                            /** @description Campaign id */
                            campaignId: number;
                            /** @description The participating org */
                            orgId: number;
                            /** @description Its code */
                            orgCode: string;
                            /** @description Its current name */
                            orgName: string;
                            /** @description Each stage's state today */
                            stages: {
                                /** @description 承诺 */
                                commitments: {
                                    /**
                                     * @description pending: an earlier stage is still open; open; overdue: open past its deadline; closed
                                     * @enum {string}
                                     */
                                    status: "pending" | "open" | "overdue" | "closed";
                                    /** @description The deadline (a reopening may move it) */
                                    dueOn: string;
                                    /** @description Day it closed; null while not closed */
                                    closedOn: string | null;
                                };
                                /** @description 述职 */
                                report: {
                                    /**
                                     * @description pending: an earlier stage is still open; open; overdue: open past its deadline; closed
                                     * @enum {string}
                                     */
                                    status: "pending" | "open" | "overdue" | "closed";
                                    /** @description The deadline (a reopening may move it) */
                                    dueOn: string;
                                    /** @description Day it closed; null while not closed */
                                    closedOn: string | null;
                                };
                                /** @description 测评 */
                                scoring: {
                                    /**
                                     * @description pending: an earlier stage is still open; open; overdue: open past its deadline; closed
                                     * @enum {string}
                                     */
                                    status: "pending" | "open" | "overdue" | "closed";
                                    /** @description The deadline (a reopening may move it) */
                                    dueOn: string;
                                    /** @description Day it closed; null while not closed */
                                    closedOn: string | null;
                                };
                            };
                            /** @description Commitment items filed or drafted */
                            commitmentCount: number;
                            /** @description Self-score total (of 100) once scoring closed */
                            selfTotal: number | null;
                            /** @description Superior score total once scoring closed */
                            superiorTotal: number | null;
                            /** @description The weighted total once scoring closed */
                            total: number | null;
                            /** @description Stars 0…5 once scoring closed */
                            stars: number | null;
                            /** @description The fund allocated to the org; null until allocated */
                            amountYuan: number | null;
                            /** @description The campaign */
                            campaignName: string;
                            /** @description The year reviewed */
                            year: number;
                            /** @description Percent of the total from the self-score */
                            selfWeight: number;
                            /** @description Minimum totals for one to five stars */
                            starThresholds: number[];
                            /** @description Commitment items with their report, in order of filing */
                            commitments: {
                                /** @description Commitment id */
                                id: number;
                                /** @description Its cycle */
                                cycleId: number;
                                /** @description What the org commits to (承诺事项) */
                                content: string;
                                /** @description The measurable target */
                                target: string;
                                /** @description The indicator it answers to, if any */
                                indicatorId: number | null;
                                /** @description That indicator's name */
                                indicatorName: string | null;
                                /** @description The report against it (述职): what was achieved */
                                result: string | null;
                                /** @description Evidence note */
                                evidence: string | null;
                            }[];
                            /** @description The indicator tree with this cycle's scores */
                            indicators: {
                                /** @description Indicator id */
                                id: number;
                                /** @description Top-level indicator */
                                name: string;
                                /** @description Weight in the total, percent */
                                weight: number;
                                /** @description The scored indicators with their scores */
                                children: {
                                    /** @description Indicator id */
                                    id: number;
                                    /** @description What is scored */
                                    name: string;
                                    /** @description Weight within the parent, percent */
                                    weight: number;
                                    /** @description Most points a score gives */
                                    maxScore: number;
                                    /** @description The org's own score */
                                    selfScore: number | null;
                                    /** @description The superior's score */
                                    superiorScore: number | null;
                                }[];
                            }[];
                            /** @description Stage closes and reopenings, earliest first */
                            events: {
                                /** @description Event id */
                                id: number;
                                /**
                                 * @description The stage
                                 * @enum {string}
                                 */
                                stage: "commitments" | "report" | "scoring";
                                /**
                                 * @description Closed (filed) or reopened
                                 * @enum {string}
                                 */
                                action: "close" | "reopen";
                                /** @description Day */
                                on: string;
                                /** @description Why it was reopened */
                                reason: string | null;
                                /** @description The new deadline of a reopening */
                                dueOn: string | null;
                                /** @description Who; null for the platform itself */
                                byUserName: string | null;
                            }[];
                            /** @description What the caller may do here */
                            may: {
                                /** @description May file commitments, the report and self-scores */
                                write: boolean;
                                /** @description May give superior scores and close scoring (a superior, not bound to the org itself) */
                                score: boolean;
                                /** @description Manages the campaign: closes late, reopens */
                                manage: boolean;
                            };
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
    "/api/v1/review-cycles/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The manager reopens a closed stage with a reason and a new deadline */
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
                         * @description The closed stage to reopen; later stages must be open
                         * @enum {string}
                         */
                        stage: "commitments" | "report" | "scoring";
                        /** @description Why it is reopened (audited) */
                        reason: string;
                        /**
                         * Format: date
                         * @description The new deadline: today or later
                         */
                        dueOn: string;
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
                            /** @description Cycle id */
                            id: number;
                            /** @description Campaign id */
                            campaignId: number;
                            /** @description The participating org */
                            orgId: number;
                            /** @description Its code */
                            orgCode: string;
                            /** @description Its current name */
                            orgName: string;
                            /** @description Each stage's state today */
                            stages: {
                                /** @description 承诺 */
                                commitments: {
                                    /**
                                     * @description pending: an earlier stage is still open; open; overdue: open past its deadline; closed
                                     * @enum {string}
                                     */
                                    status: "pending" | "open" | "overdue" | "closed";
                                    /** @description The deadline (a reopening may move it) */
                                    dueOn: string;
                                    /** @description Day it closed; null while not closed */
                                    closedOn: string | null;
                                };
                                /** @description 述职 */
                                report: {
                                    /**
                                     * @description pending: an earlier stage is still open; open; overdue: open past its deadline; closed
                                     * @enum {string}
                                     */
                                    status: "pending" | "open" | "overdue" | "closed";
                                    /** @description The deadline (a reopening may move it) */
                                    dueOn: string;
                                    /** @description Day it closed; null while not closed */
                                    closedOn: string | null;
                                };
                                /** @description 测评 */
                                scoring: {
                                    /**
                                     * @description pending: an earlier stage is still open; open; overdue: open past its deadline; closed
                                     * @enum {string}
                                     */
                                    status: "pending" | "open" | "overdue" | "closed";
                                    /** @description The deadline (a reopening may move it) */
                                    dueOn: string;
                                    /** @description Day it closed; null while not closed */
                                    closedOn: string | null;
                                };
                            };
                            /** @description Commitment items filed or drafted */
                            commitmentCount: number;
                            /** @description Self-score total (of 100) once scoring closed */
                            selfTotal: number | null;
                            /** @description Superior score total once scoring closed */
                            superiorTotal: number | null;
                            /** @description The weighted total once scoring closed */
                            total: number | null;
                            /** @description Stars 0…5 once scoring closed */
                            stars: number | null;
                            /** @description The fund allocated to the org; null until allocated */
                            amountYuan: number | null;
                            /** @description The campaign */
                            campaignName: string;
                            /** @description The year reviewed */
                            year: number;
                            /** @description Percent of the total from the self-score */
                            selfWeight: number;
                            /** @description Minimum totals for one to five stars */
                            starThresholds: number[];
                            /** @description Commitment items with their report, in order of filing */
                            commitments: {
                                /** @description Commitment id */
                                id: number;
                                /** @description Its cycle */
                                cycleId: number;
                                /** @description What the org commits to (承诺事项) */
                                content: string;
                                /** @description The measurable target */
                                target: string;
                                /** @description The indicator it answers to, if any */
                                indicatorId: number | null;
                                /** @description That indicator's name */
                                indicatorName: string | null;
                                /** @description The report against it (述职): what was achieved */
                                result: string | null;
                                /** @description Evidence note */
                                evidence: string | null;
                            }[];
                            /** @description The indicator tree with this cycle's scores */
                            indicators: {
                                /** @description Indicator id */
                                id: number;
                                /** @description Top-level indicator */
                                name: string;
                                /** @description Weight in the total, percent */
                                weight: number;
                                /** @description The scored indicators with their scores */
                                children: {
                                    /** @description Indicator id */
                                    id: number;
                                    /** @description What is scored */
                                    name: string;
                                    /** @description Weight within the parent, percent */
                                    weight: number;
                                    /** @description Most points a score gives */
                                    maxScore: number;
                                    /** @description The org's own score */
                                    selfScore: number | null;
                                    /** @description The superior's score */
                                    superiorScore: number | null;
                                }[];
                            }[];
                            /** @description Stage closes and reopenings, earliest first */
                            events: {
                                /** @description Event id */
                                id: number;
                                /**
                                 * @description The stage
                                 * @enum {string}
                                 */
                                stage: "commitments" | "report" | "scoring";
                                /**
                                 * @description Closed (filed) or reopened
                                 * @enum {string}
                                 */
                                action: "close" | "reopen";
                                /** @description Day */
                                on: string;
                                /** @description Why it was reopened */
                                reason: string | null;
                                /** @description The new deadline of a reopening */
                                dueOn: string | null;
                                /** @description Who; null for the platform itself */
                                byUserName: string | null;
                            }[];
                            /** @description What the caller may do here */
                            may: {
                                /** @description May file commitments, the report and self-scores */
                                write: boolean;
                                /** @description May give superior scores and close scoring (a superior, not bound to the org itself) */
                                score: boolean;
                                /** @description Manages the campaign: closes late, reopens */
                                manage: boolean;
                            };
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
    "/api/v1/request-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The park's request categories with their deadlines */
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
                            /** @description The park's categories, in order */
                            items: {
                                /** @description Category code, unique in the park (finance, land, energy, labour, orders, approvals, other…) */
                                code: string;
                                /** @description Chinese name */
                                nameZh: string;
                                /** @description English name */
                                nameEn: string;
                                /** @description Hours within which a request must be accepted */
                                responseHours: number;
                                /** @description Days within which a request must be resolved, from submission */
                                resolutionDays: number;
                                /** @description Position in lists */
                                sortOrder: number;
                                /** @description Offered for new requests */
                                isActive: boolean;
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
        patch?: never;
        trace?: never;
    };
    "/api/v1/request-categories/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Add or change a category and its deadlines (park-wide handlers) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Category code */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Chinese name */
                        nameZh: string;
                        /** @description English name */
                        nameEn: string;
                        /** @description Hours to accept (1–720) */
                        responseHours: number;
                        /** @description Days to resolve (1–365); the resolution deadline cannot come before the response deadline */
                        resolutionDays: number;
                        /** @description Position in lists */
                        sortOrder?: number;
                        /** @description Offered for new requests (default true) */
                        isActive?: boolean;
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
                            /** @description Category code, unique in the park (finance, land, energy, labour, orders, approvals, other…) */
                            code: string;
                            /** @description Chinese name */
                            nameZh: string;
                            /** @description English name */
                            nameEn: string;
                            /** @description Hours within which a request must be accepted */
                            responseHours: number;
                            /** @description Days within which a request must be resolved, from submission */
                            resolutionDays: number;
                            /** @description Position in lists */
                            sortOrder: number;
                            /** @description Offered for new requests */
                            isActive: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/request-enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Enterprises the caller may raise requests for */
        get: {
            parameters: {
                query?: {
                    /** @description Name or USCC contains */
                    q?: string;
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
                            /** @description Enterprises the caller may raise requests for (at most 50) */
                            items: {
                                /** @description Enterprise id */
                                id: number;
                                /** @description Its name */
                                name: string;
                                /** @description Its 统一社会信用代码 */
                                uscc: string;
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
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The inbox: requests in reach, mine, or to handle */
        get: {
            parameters: {
                query?: {
                    /** @description all: every request in reach; mine: raised by me or concerning my own enterprise; handle: open requests I may handle */
                    view?: "all" | "mine" | "handle";
                    /** @description Only requests in this state */
                    status?: "submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened";
                    /** @description Only this category */
                    categoryCode?: string;
                    /** @description Only this enterprise's requests */
                    enterpriseId?: number;
                    /** @description true: only requests overdue now */
                    overdue?: "true" | "false";
                    /** @description true: only escalated requests; false: only those never escalated */
                    escalated?: "true" | "false";
                    /** @description Title, description or enterprise name contains */
                    q?: string;
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
                                /** @description Request id */
                                id: number;
                                /** @description Display code, SQ<year>-<id> */
                                code: string;
                                /** @description The problem in a line */
                                title: string;
                                /** @description The enterprise the problem concerns */
                                enterpriseId: number;
                                /** @description Its name */
                                enterpriseName: string;
                                /** @description Category code */
                                categoryCode: string;
                                /** @description Category name (Chinese) */
                                categoryName: string;
                                /** @description Category name (English) */
                                categoryNameEn: string;
                                /**
                                 * @description submitted, accepted, assigned, in_progress, resolved, confirmed, rejected or reopened
                                 * @enum {string}
                                 */
                                status: "submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened";
                                /**
                                 * @description Who raised it: enterprise_contact, cadre_visit, grid_worker or staff
                                 * @enum {string}
                                 */
                                source: "enterprise_contact" | "cadre_visit" | "grid_worker" | "staff";
                                /** @description The account that raised it */
                                raisedByUserId: number | null;
                                /** @description Its display name */
                                raisedByName: string | null;
                                /** @description When it was submitted (ISO 8601 with the park's zone, +08:00) */
                                submittedAt: string;
                                acceptedAt: string | null;
                                resolvedAt: string | null;
                                closedAt: string | null;
                                /** @description Response deadline (ISO 8601 with the park's zone, +08:00) */
                                responseDueAt: string;
                                /** @description Resolution deadline (ISO 8601 with the park's zone, +08:00) */
                                resolutionDueAt: string;
                                /** @description The handling department (an org) */
                                departmentOrgId: number | null;
                                /** @description Its name */
                                departmentName: string | null;
                                /** @description The person handling it */
                                assigneeUserId: number | null;
                                /** @description Their display name */
                                assigneeName: string | null;
                                /** @description Times escalated for missed deadlines (0–2) */
                                escalationLevel: number;
                                /** @description The org it was last escalated to */
                                escalatedToOrgId: number | null;
                                /** @description Its name */
                                escalatedToName: string | null;
                                /** @description The requester's satisfaction on confirmation, 1–5 */
                                satisfaction: number | null;
                                /** @description Not accepted past the response deadline */
                                isResponseOverdue: boolean;
                                /** @description Still open past the resolution deadline */
                                isResolutionOverdue: boolean;
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
        /** Submit a request for an enterprise */
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
                        /** @description The enterprise the problem concerns; it must lie in the caller's requests.write reach */
                        enterpriseId: number;
                        /** @description One of the park's active categories */
                        categoryCode: string;
                        /** @description The problem in a line */
                        title: string;
                        /** @description The problem in full */
                        description: string;
                        /**
                         * @description Who raised it; by default from the caller's role (enterprise contact, grid worker, cadre on a visit, else staff)
                         * @enum {string}
                         */
                        source?: "enterprise_contact" | "cadre_visit" | "grid_worker" | "staff";
                        /** @description The contact visit it was logged on */
                        visitId?: number;
                        /** @description Where, a place of the park */
                        placeId?: number;
                        /** @description Up to five small files */
                        attachments?: {
                            /** @description File name */
                            fileName: string;
                            /**
                             * @description Content type: PDF, PNG, JPEG, plain text, Word or Excel
                             * @enum {string}
                             */
                            mimeType: "application/pdf" | "image/png" | "image/jpeg" | "text/plain" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                            /** @description The content, base64 (at most 512 KiB decoded) */
                            contentBase64: string;
                        }[];
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
                            /** @description Request id */
                            id: number;
                            /** @description Display code, SQ<year>-<id> */
                            code: string;
                            /** @description The problem in a line */
                            title: string;
                            /** @description The enterprise the problem concerns */
                            enterpriseId: number;
                            /** @description Its name */
                            enterpriseName: string;
                            /** @description Category code */
                            categoryCode: string;
                            /** @description Category name (Chinese) */
                            categoryName: string;
                            /** @description Category name (English) */
                            categoryNameEn: string;
                            /**
                             * @description submitted, accepted, assigned, in_progress, resolved, confirmed, rejected or reopened
                             * @enum {string}
                             */
                            status: "submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened";
                            /**
                             * @description Who raised it: enterprise_contact, cadre_visit, grid_worker or staff
                             * @enum {string}
                             */
                            source: "enterprise_contact" | "cadre_visit" | "grid_worker" | "staff";
                            /** @description The account that raised it */
                            raisedByUserId: number | null;
                            /** @description Its display name */
                            raisedByName: string | null;
                            /** @description When it was submitted (ISO 8601 with the park's zone, +08:00) */
                            submittedAt: string;
                            acceptedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                            /** @description Response deadline (ISO 8601 with the park's zone, +08:00) */
                            responseDueAt: string;
                            /** @description Resolution deadline (ISO 8601 with the park's zone, +08:00) */
                            resolutionDueAt: string;
                            /** @description The handling department (an org) */
                            departmentOrgId: number | null;
                            /** @description Its name */
                            departmentName: string | null;
                            /** @description The person handling it */
                            assigneeUserId: number | null;
                            /** @description Their display name */
                            assigneeName: string | null;
                            /** @description Times escalated for missed deadlines (0–2) */
                            escalationLevel: number;
                            /** @description The org it was last escalated to */
                            escalatedToOrgId: number | null;
                            /** @description Its name */
                            escalatedToName: string | null;
                            /** @description The requester's satisfaction on confirmation, 1–5 */
                            satisfaction: number | null;
                            /** @description Not accepted past the response deadline */
                            isResponseOverdue: boolean;
                            /** @description Still open past the resolution deadline */
                            isResolutionOverdue: boolean;
                            /** @description The problem in full */
                            description: string;
                            /** @description The contact visit it was logged on, if any */
                            visitId: number | null;
                            /** @description Where, if recorded */
                            placeId: number | null;
                            /** @description How it was resolved (the latest resolution) */
                            resolution: string | null;
                            /** @description Why it was rejected */
                            rejectionReason: string | null;
                            /** @description Every transition and escalation, earliest first */
                            events: {
                                /** @description Event id */
                                id: number;
                                /**
                                 * @description A state change, or an escalation for a missed deadline
                                 * @enum {string}
                                 */
                                kind: "transition" | "escalation";
                                /** @description State before; null for the submission */
                                fromStatus: ("submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened") | null;
                                /**
                                 * @description State after (unchanged by an escalation)
                                 * @enum {string}
                                 */
                                toStatus: "submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened";
                                /** @description When (ISO 8601 with the park's zone, +08:00) */
                                at: string;
                                /** @description Who; null for the platform (escalation sweeps) */
                                actorUserId: number | null;
                                /** @description Their display name */
                                actorName: string | null;
                                /** @description Note, reason or resolution */
                                note: string | null;
                                /** @description For an assignment: the department */
                                departmentOrgId: number | null;
                                /** @description Its name */
                                departmentName: string | null;
                                /** @description For an assignment: the person */
                                assigneeUserId: number | null;
                                /** @description Their name */
                                assigneeName: string | null;
                                /** @description For an escalation: the org one level up */
                                escalatedToOrgId: number | null;
                                /** @description Its name */
                                escalatedToName: string | null;
                                /** @description For a confirmation: the satisfaction given */
                                satisfaction: number | null;
                            }[];
                            /** @description Attached files */
                            attachments: {
                                /** @description Attachment id; download at /api/v1/request-attachments/{id} */
                                id: number;
                                /** @description File name */
                                fileName: string;
                                /** @description Content type */
                                mimeType: string;
                                /** @description Size in bytes */
                                sizeBytes: number;
                                /** @description SHA-256 of the content, hex */
                                sha256: string;
                                /** @description Who attached it */
                                uploadedByUserId: number | null;
                                /** @description When it was attached (ISO 8601 with the park's zone, +08:00) */
                                createdAt: string;
                            }[];
                            /** @description What the caller may do now */
                            allowedActions: ("accept" | "assign" | "start" | "resolve" | "reject" | "confirm" | "reopen")[];
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
    "/api/v1/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One request: timeline, attachments and the caller's allowed actions */
        get: {
            parameters: {
                query?: never;
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
                            /** @description Request id */
                            id: number;
                            /** @description Display code, SQ<year>-<id> */
                            code: string;
                            /** @description The problem in a line */
                            title: string;
                            /** @description The enterprise the problem concerns */
                            enterpriseId: number;
                            /** @description Its name */
                            enterpriseName: string;
                            /** @description Category code */
                            categoryCode: string;
                            /** @description Category name (Chinese) */
                            categoryName: string;
                            /** @description Category name (English) */
                            categoryNameEn: string;
                            /**
                             * @description submitted, accepted, assigned, in_progress, resolved, confirmed, rejected or reopened
                             * @enum {string}
                             */
                            status: "submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened";
                            /**
                             * @description Who raised it: enterprise_contact, cadre_visit, grid_worker or staff
                             * @enum {string}
                             */
                            source: "enterprise_contact" | "cadre_visit" | "grid_worker" | "staff";
                            /** @description The account that raised it */
                            raisedByUserId: number | null;
                            /** @description Its display name */
                            raisedByName: string | null;
                            /** @description When it was submitted (ISO 8601 with the park's zone, +08:00) */
                            submittedAt: string;
                            acceptedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                            /** @description Response deadline (ISO 8601 with the park's zone, +08:00) */
                            responseDueAt: string;
                            /** @description Resolution deadline (ISO 8601 with the park's zone, +08:00) */
                            resolutionDueAt: string;
                            /** @description The handling department (an org) */
                            departmentOrgId: number | null;
                            /** @description Its name */
                            departmentName: string | null;
                            /** @description The person handling it */
                            assigneeUserId: number | null;
                            /** @description Their display name */
                            assigneeName: string | null;
                            /** @description Times escalated for missed deadlines (0–2) */
                            escalationLevel: number;
                            /** @description The org it was last escalated to */
                            escalatedToOrgId: number | null;
                            /** @description Its name */
                            escalatedToName: string | null;
                            /** @description The requester's satisfaction on confirmation, 1–5 */
                            satisfaction: number | null;
                            /** @description Not accepted past the response deadline */
                            isResponseOverdue: boolean;
                            /** @description Still open past the resolution deadline */
                            isResolutionOverdue: boolean;
                            /** @description The problem in full */
                            description: string;
                            /** @description The contact visit it was logged on, if any */
                            visitId: number | null;
                            /** @description Where, if recorded */
                            placeId: number | null;
                            /** @description How it was resolved (the latest resolution) */
                            resolution: string | null;
                            /** @description Why it was rejected */
                            rejectionReason: string | null;
                            /** @description Every transition and escalation, earliest first */
                            events: {
                                /** @description Event id */
                                id: number;
                                /**
                                 * @description A state change, or an escalation for a missed deadline
                                 * @enum {string}
                                 */
                                kind: "transition" | "escalation";
                                /** @description State before; null for the submission */
                                fromStatus: ("submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened") | null;
                                /**
                                 * @description State after (unchanged by an escalation)
                                 * @enum {string}
                                 */
                                toStatus: "submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened";
                                /** @description When (ISO 8601 with the park's zone, +08:00) */
                                at: string;
                                /** @description Who; null for the platform (escalation sweeps) */
                                actorUserId: number | null;
                                /** @description Their display name */
                                actorName: string | null;
                                /** @description Note, reason or resolution */
                                note: string | null;
                                /** @description For an assignment: the department */
                                departmentOrgId: number | null;
                                /** @description Its name */
                                departmentName: string | null;
                                /** @description For an assignment: the person */
                                assigneeUserId: number | null;
                                /** @description Their name */
                                assigneeName: string | null;
                                /** @description For an escalation: the org one level up */
                                escalatedToOrgId: number | null;
                                /** @description Its name */
                                escalatedToName: string | null;
                                /** @description For a confirmation: the satisfaction given */
                                satisfaction: number | null;
                            }[];
                            /** @description Attached files */
                            attachments: {
                                /** @description Attachment id; download at /api/v1/request-attachments/{id} */
                                id: number;
                                /** @description File name */
                                fileName: string;
                                /** @description Content type */
                                mimeType: string;
                                /** @description Size in bytes */
                                sizeBytes: number;
                                /** @description SHA-256 of the content, hex */
                                sha256: string;
                                /** @description Who attached it */
                                uploadedByUserId: number | null;
                                /** @description When it was attached (ISO 8601 with the park's zone, +08:00) */
                                createdAt: string;
                            }[];
                            /** @description What the caller may do now */
                            allowedActions: ("accept" | "assign" | "start" | "resolve" | "reject" | "confirm" | "reopen")[];
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
    "/api/v1/requests/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a small file to an open request */
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
                        /** @description File name */
                        fileName: string;
                        /**
                         * @description Content type: PDF, PNG, JPEG, plain text, Word or Excel
                         * @enum {string}
                         */
                        mimeType: "application/pdf" | "image/png" | "image/jpeg" | "text/plain" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                        /** @description The content, base64 (at most 512 KiB decoded) */
                        contentBase64: string;
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
                            /** @description Attachment id; download at /api/v1/request-attachments/{id} */
                            id: number;
                            /** @description File name */
                            fileName: string;
                            /** @description Content type */
                            mimeType: string;
                            /** @description Size in bytes */
                            sizeBytes: number;
                            /** @description SHA-256 of the content, hex */
                            sha256: string;
                            /** @description Who attached it */
                            uploadedByUserId: number | null;
                            /** @description When it was attached (ISO 8601 with the park's zone, +08:00) */
                            createdAt: string;
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
    "/api/v1/request-attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Attachment id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file's bytes, in its own content type (not JSON) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
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
    "/api/v1/requests/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the SLA sweep now over the requests the caller handles */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
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
                            /** @description Escalations recorded by this sweep */
                            escalated: number;
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
    "/api/v1/requests/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a submitted request */
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
                        /** @description A note for the timeline */
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
                            /** @description Request id */
                            id: number;
                            /** @description Display code, SQ<year>-<id> */
                            code: string;
                            /** @description The problem in a line */
                            title: string;
                            /** @description The enterprise the problem concerns */
                            enterpriseId: number;
                            /** @description Its name */
                            enterpriseName: string;
                            /** @description Category code */
                            categoryCode: string;
                            /** @description Category name (Chinese) */
                            categoryName: string;
                            /** @description Category name (English) */
                            categoryNameEn: string;
                            /**
                             * @description submitted, accepted, assigned, in_progress, resolved, confirmed, rejected or reopened
                             * @enum {string}
                             */
                            status: "submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened";
                            /**
                             * @description Who raised it: enterprise_contact, cadre_visit, grid_worker or staff
                             * @enum {string}
                             */
                            source: "enterprise_contact" | "cadre_visit" | "grid_worker" | "staff";
                            /** @description The account that raised it */
                            raisedByUserId: number | null;
                            /** @description Its display name */
                            raisedByName: string | null;
                            /** @description When it was submitted (ISO 8601 with the park's zone, +08:00) */
                            submittedAt: string;
                            acceptedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                            /** @description Response deadline (ISO 8601 with the park's zone, +08:00) */
                            responseDueAt: string;
                            /** @description Resolution deadline (ISO 8601 with the park's zone, +08:00) */
                            resolutionDueAt: string;
                            /** @description The handling department (an org) */
                            departmentOrgId: number | null;
                            /** @description Its name */
                            departmentName: string | null;
                            /** @description The person handling it */
                            assigneeUserId: number | null;
                            /** @description Their display name */
                            assigneeName: string | null;
                            /** @description Times escalated for missed deadlines (0–2) */
                            escalationLevel: number;
                            /** @description The org it was last escalated to */
                            escalatedToOrgId: number | null;
                            /** @description Its name */
                            escalatedToName: string | null;
                            /** @description The requester's satisfaction on confirmation, 1–5 */
                            satisfaction: number | null;
                            /** @description Not accepted past the response deadline */
                            isResponseOverdue: boolean;
                            /** @description Still open past the resolution deadline */
                            isResolutionOverdue: boolean;
                            /** @description The problem in full */
                            description: string;
                            /** @description The contact visit it was logged on, if any */
                            visitId: number | null;
                            /** @description Where, if recorded */
                            placeId: number | null;
                            /** @description How it was resolved (the latest resolution) */
                            resolution: string | null;
                            /** @description Why it was rejected */
                            rejectionReason: string | null;
                            /** @description Every transition and escalation, earliest first */
                            events: {
                                /** @description Event id */
                                id: number;
                                /**
                                 * @description A state change, or an escalation for a missed deadline
                                 * @enum {string}
                                 */
                                kind: "transition" | "escalation";
                                /** @description State before; null for the submission */
                                fromStatus: ("submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened") | null;
                                /**
                                 * @description State after (unchanged by an escalation)
                                 * @enum {string}
                                 */
                                toStatus: "submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened";
                                /** @description When (ISO 8601 with the park's zone, +08:00) */
                                at: string;
                                /** @description Who; null for the platform (escalation sweeps) */
                                actorUserId: number | null;
                                /** @description Their display name */
                                actorName: string | null;
                                /** @description Note, reason or resolution */
                                note: string | null;
                                /** @description For an assignment: the department */
                                departmentOrgId: number | null;
                                /** @description Its name */
                                departmentName: string | null;
                                /** @description For an assignment: the person */
                                assigneeUserId: number | null;
                                /** @description Their name */
                                assigneeName: string | null;
                                /** @description For an escalation: the org one level up */
                                escalatedToOrgId: number | null;
                                /** @description Its name */
                                escalatedToName: string | null;
                                /** @description For a confirmation: the satisfaction given */
                                satisfaction: number | null;
                            }[];
                            /** @description Attached files */
                            attachments: {
                                /** @description Attachment id; download at /api/v1/request-attachments/{id} */
                                id: number;
                                /** @description File name */
                                fileName: string;
                                /** @description Content type */
                                mimeType: string;
                                /** @description Size in bytes */
                                sizeBytes: number;
                                /** @description SHA-256 of the content, hex */
                                sha256: string;
                                /** @description Who attached it */
                                uploadedByUserId: number | null;
                                /** @description When it was attached (ISO 8601 with the park's zone, +08:00) */
                                createdAt: string;
                            }[];
                            /** @description What the caller may do now */
                            allowedActions: ("accept" | "assign" | "start" | "resolve" | "reject" | "confirm" | "reopen")[];
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
    "/api/v1/requests/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign it to a department and optionally a person */
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
                        /** @description The handling department, an org of the park */
                        departmentOrgId?: number;
                        /** @description The person in that department who handles it; must hold requests.handle over the department */
                        assigneeUserId?: number;
                        /** @description A note for the timeline */
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
                            /** @description Request id */
                            id: number;
                            /** @description Display code, SQ<year>-<id> */
                            code: string;
                            /** @description The problem in a line */
                            title: string;
                            /** @description The enterprise the problem concerns */
                            enterpriseId: number;
                            /** @description Its name */
                            enterpriseName: string;
                            /** @description Category code */
                            categoryCode: string;
                            /** @description Category name (Chinese) */
                            categoryName: string;
                            /** @description Category name (English) */
                            categoryNameEn: string;
                            /**
                             * @description submitted, accepted, assigned, in_progress, resolved, confirmed, rejected or reopened
                             * @enum {string}
                             */
                            status: "submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened";
                            /**
                             * @description Who raised it: enterprise_contact, cadre_visit, grid_worker or staff
                             * @enum {string}
                             */
                            source: "enterprise_contact" | "cadre_visit" | "grid_worker" | "staff";
                            /** @description The account that raised it */
                            raisedByUserId: number | null;
                            /** @description Its display name */
                            raisedByName: string | null;
                            /** @description When it was submitted (ISO 8601 with the park's zone, +08:00) */
                            submittedAt: string;
                            acceptedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                            /** @description Response deadline (ISO 8601 with the park's zone, +08:00) */
                            responseDueAt: string;
                            /** @description Resolution deadline (ISO 8601 with the park's zone, +08:00) */
                            resolutionDueAt: string;
                            /** @description The handling department (an org) */
                            departmentOrgId: number | null;
                            /** @description Its name */
                            departmentName: string | null;
                            /** @description The person handling it */
                            assigneeUserId: number | null;
                            /** @description Their display name */
                            assigneeName: string | null;
                            /** @description Times escalated for missed deadlines (0–2) */
                            escalationLevel: number;
                            /** @description The org it was last escalated to */
                            escalatedToOrgId: number | null;
                            /** @description Its name */
                            escalatedToName: string | null;
                            /** @description The requester's satisfaction on confirmation, 1–5 */
                            satisfaction: number | null;
                            /** @description Not accepted past the response deadline */
                            isResponseOverdue: boolean;
                            /** @description Still open past the resolution deadline */
                            isResolutionOverdue: boolean;
                            /** @description The problem in full */
                            description: string;
                            /** @description The contact visit it was logged on, if any */
                            visitId: number | null;
                            /** @description Where, if recorded */
                            placeId: number | null;
                            /** @description How it was resolved (the latest resolution) */
                            resolution: string | null;
                            /** @description Why it was rejected */
                            rejectionReason: string | null;
                            /** @description Every transition and escalation, earliest first */
                            events: {
                                /** @description Event id */
                                id: number;
                                /**
                                 * @description A state change, or an escalation for a missed deadline
                                 * @enum {string}
                                 */
                                kind: "transition" | "escalation";
                                /** @description State before; null for the submission */
                                fromStatus: ("submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened") | null;
                                /**
                                 * @description State after (unchanged by an escalation)
                                 * @enum {string}
                                 */
                                toStatus: "submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened";
                                /** @description When (ISO 8601 with the park's zone, +08:00) */
                                at: string;
                                /** @description Who; null for the platform (escalation sweeps) */
                                actorUserId: number | null;
                                /** @description Their display name */
                                actorName: string | null;
                                /** @description Note, reason or resolution */
                                note: string | null;
                                /** @description For an assignment: the department */
                                departmentOrgId: number | null;
                                /** @description Its name */
                                departmentName: string | null;
                                /** @description For an assignment: the person */
                                assigneeUserId: number | null;
                                /** @description Their name */
                                assigneeName: string | null;
                                /** @description For an escalation: the org one level up */
                                escalatedToOrgId: number | null;
                                /** @description Its name */
                                escalatedToName: string | null;
                                /** @description For a confirmation: the satisfaction given */
                                satisfaction: number | null;
                            }[];
                            /** @description Attached files */
                            attachments: {
                                /** @description Attachment id; download at /api/v1/request-attachments/{id} */
                                id: number;
                                /** @description File name */
                                fileName: string;
                                /** @description Content type */
                                mimeType: string;
                                /** @description Size in bytes */
                                sizeBytes: number;
                                /** @description SHA-256 of the content, hex */
                                sha256: string;
                                /** @description Who attached it */
                                uploadedByUserId: number | null;
                                /** @description When it was attached (ISO 8601 with the park's zone, +08:00) */
                                createdAt: string;
                            }[];
                            /** @description What the caller may do now */
                            allowedActions: ("accept" | "assign" | "start" | "resolve" | "reject" | "confirm" | "reopen")[];
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
    "/api/v1/requests/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start work on it */
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
                        /** @description A note for the timeline */
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
                            /** @description Request id */
                            id: number;
                            /** @description Display code, SQ<year>-<id> */
                            code: string;
                            /** @description The problem in a line */
                            title: string;
                            /** @description The enterprise the problem concerns */
                            enterpriseId: number;
                            /** @description Its name */
                            enterpriseName: string;
                            /** @description Category code */
                            categoryCode: string;
                            /** @description Category name (Chinese) */
                            categoryName: string;
                            /** @description Category name (English) */
                            categoryNameEn: string;
                            /**
                             * @description submitted, accepted, assigned, in_progress, resolved, confirmed, rejected or reopened
                             * @enum {string}
                             */
                            status: "submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened";
                            /**
                             * @description Who raised it: enterprise_contact, cadre_visit, grid_worker or staff
                             * @enum {string}
                             */
                            source: "enterprise_contact" | "cadre_visit" | "grid_worker" | "staff";
                            /** @description The account that raised it */
                            raisedByUserId: number | null;
                            /** @description Its display name */
                            raisedByName: string | null;
                            /** @description When it was submitted (ISO 8601 with the park's zone, +08:00) */
                            submittedAt: string;
                            acceptedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                            /** @description Response deadline (ISO 8601 with the park's zone, +08:00) */
                            responseDueAt: string;
                            /** @description Resolution deadline (ISO 8601 with the park's zone, +08:00) */
                            resolutionDueAt: string;
                            /** @description The handling department (an org) */
                            departmentOrgId: number | null;
                            /** @description Its name */
                            departmentName: string | null;
                            /** @description The person handling it */
                            assigneeUserId: number | null;
                            /** @description Their display name */
                            assigneeName: string | null;
                            /** @description Times escalated for missed deadlines (0–2) */
                            escalationLevel: number;
                            /** @description The org it was last escalated to */
                            escalatedToOrgId: number | null;
                            /** @description Its name */
                            escalatedToName: string | null;
                            /** @description The requester's satisfaction on confirmation, 1–5 */
                            satisfaction: number | null;
                            /** @description Not accepted past the response deadline */
                            isResponseOverdue: boolean;
                            /** @description Still open past the resolution deadline */
                            isResolutionOverdue: boolean;
                            /** @description The problem in full */
                            description: string;
                            /** @description The contact visit it was logged on, if any */
                            visitId: number | null;
                            /** @description Where, if recorded */
                            placeId: number | null;
                            /** @description How it was resolved (the latest resolution) */
                            resolution: string | null;
                            /** @description Why it was rejected */
                            rejectionReason: string | null;
                            /** @description Every transition and escalation, earliest first */
                            events: {
                                /** @description Event id */
                                id: number;
                                /**
                                 * @description A state change, or an escalation for a missed deadline
                                 * @enum {string}
                                 */
                                kind: "transition" | "escalation";
                                /** @description State before; null for the submission */
                                fromStatus: ("submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened") | null;
                                /**
                                 * @description State after (unchanged by an escalation)
                                 * @enum {string}
                                 */
                                toStatus: "submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened";
                                /** @description When (ISO 8601 with the park's zone, +08:00) */
                                at: string;
                                /** @description Who; null for the platform (escalation sweeps) */
                                actorUserId: number | null;
                                /** @description Their display name */
                                actorName: string | null;
                                /** @description Note, reason or resolution */
                                note: string | null;
                                /** @description For an assignment: the department */
                                departmentOrgId: number | null;
                                /** @description Its name */
                                departmentName: string | null;
                                /** @description For an assignment: the person */
                                assigneeUserId: number | null;
                                /** @description Their name */
                                assigneeName: string | null;
                                /** @description For an escalation: the org one level up */
                                escalatedToOrgId: number | null;
                                /** @description Its name */
                                escalatedToName: string | null;
                                /** @description For a confirmation: the satisfaction given */
                                satisfaction: number | null;
                            }[];
                            /** @description Attached files */
                            attachments: {
                                /** @description Attachment id; download at /api/v1/request-attachments/{id} */
                                id: number;
                                /** @description File name */
                                fileName: string;
                                /** @description Content type */
                                mimeType: string;
                                /** @description Size in bytes */
                                sizeBytes: number;
                                /** @description SHA-256 of the content, hex */
                                sha256: string;
                                /** @description Who attached it */
                                uploadedByUserId: number | null;
                                /** @description When it was attached (ISO 8601 with the park's zone, +08:00) */
                                createdAt: string;
                            }[];
                            /** @description What the caller may do now */
                            allowedActions: ("accept" | "assign" | "start" | "resolve" | "reject" | "confirm" | "reopen")[];
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
    "/api/v1/requests/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve it, saying how */
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
                        /** @description How the problem was resolved (required) */
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
                            /** @description Request id */
                            id: number;
                            /** @description Display code, SQ<year>-<id> */
                            code: string;
                            /** @description The problem in a line */
                            title: string;
                            /** @description The enterprise the problem concerns */
                            enterpriseId: number;
                            /** @description Its name */
                            enterpriseName: string;
                            /** @description Category code */
                            categoryCode: string;
                            /** @description Category name (Chinese) */
                            categoryName: string;
                            /** @description Category name (English) */
                            categoryNameEn: string;
                            /**
                             * @description submitted, accepted, assigned, in_progress, resolved, confirmed, rejected or reopened
                             * @enum {string}
                             */
                            status: "submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened";
                            /**
                             * @description Who raised it: enterprise_contact, cadre_visit, grid_worker or staff
                             * @enum {string}
                             */
                            source: "enterprise_contact" | "cadre_visit" | "grid_worker" | "staff";
                            /** @description The account that raised it */
                            raisedByUserId: number | null;
                            /** @description Its display name */
                            raisedByName: string | null;
                            /** @description When it was submitted (ISO 8601 with the park's zone, +08:00) */
                            submittedAt: string;
                            acceptedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                            /** @description Response deadline (ISO 8601 with the park's zone, +08:00) */
                            responseDueAt: string;
                            /** @description Resolution deadline (ISO 8601 with the park's zone, +08:00) */
                            resolutionDueAt: string;
                            /** @description The handling department (an org) */
                            departmentOrgId: number | null;
                            /** @description Its name */
                            departmentName: string | null;
                            /** @description The person handling it */
                            assigneeUserId: number | null;
                            /** @description Their display name */
                            assigneeName: string | null;
                            /** @description Times escalated for missed deadlines (0–2) */
                            escalationLevel: number;
                            /** @description The org it was last escalated to */
                            escalatedToOrgId: number | null;
                            /** @description Its name */
                            escalatedToName: string | null;
                            /** @description The requester's satisfaction on confirmation, 1–5 */
                            satisfaction: number | null;
                            /** @description Not accepted past the response deadline */
                            isResponseOverdue: boolean;
                            /** @description Still open past the resolution deadline */
                            isResolutionOverdue: boolean;
                            /** @description The problem in full */
                            description: string;
                            /** @description The contact visit it was logged on, if any */
                            visitId: number | null;
                            /** @description Where, if recorded */
                            placeId: number | null;
                            /** @description How it was resolved (the latest resolution) */
                            resolution: string | null;
                            /** @description Why it was rejected */
                            rejectionReason: string | null;
                            /** @description Every transition and escalation, earliest first */
                            events: {
                                /** @description Event id */
                                id: number;
                                /**
                                 * @description A state change, or an escalation for a missed deadline
                                 * @enum {string}
                                 */
                                kind: "transition" | "escalation";
                                /** @description State before; null for the submission */
                                fromStatus: ("submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened") | null;
                                /**
                                 * @description State after (unchanged by an escalation)
                                 * @enum {string}
                                 */
                                toStatus: "submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened";
                                /** @description When (ISO 8601 with the park's zone, +08:00) */
                                at: string;
                                /** @description Who; null for the platform (escalation sweeps) */
                                actorUserId: number | null;
                                /** @description Their display name */
                                actorName: string | null;
                                /** @description Note, reason or resolution */
                                note: string | null;
                                /** @description For an assignment: the department */
                                departmentOrgId: number | null;
                                /** @description Its name */
                                departmentName: string | null;
                                /** @description For an assignment: the person */
                                assigneeUserId: number | null;
                                /** @description Their name */
                                assigneeName: string | null;
                                /** @description For an escalation: the org one level up */
                                escalatedToOrgId: number | null;
                                /** @description Its name */
                                escalatedToName: string | null;
                                /** @description For a confirmation: the satisfaction given */
                                satisfaction: number | null;
                            }[];
                            /** @description Attached files */
                            attachments: {
                                /** @description Attachment id; download at /api/v1/request-attachments/{id} */
                                id: number;
                                /** @description File name */
                                fileName: string;
                                /** @description Content type */
                                mimeType: string;
                                /** @description Size in bytes */
                                sizeBytes: number;
                                /** @description SHA-256 of the content, hex */
                                sha256: string;
                                /** @description Who attached it */
                                uploadedByUserId: number | null;
                                /** @description When it was attached (ISO 8601 with the park's zone, +08:00) */
                                createdAt: string;
                            }[];
                            /** @description What the caller may do now */
                            allowedActions: ("accept" | "assign" | "start" | "resolve" | "reject" | "confirm" | "reopen")[];
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
    "/api/v1/requests/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject it with a reason */
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
                        /** @description Why (required) */
                        reason?: string;
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
                            /** @description Request id */
                            id: number;
                            /** @description Display code, SQ<year>-<id> */
                            code: string;
                            /** @description The problem in a line */
                            title: string;
                            /** @description The enterprise the problem concerns */
                            enterpriseId: number;
                            /** @description Its name */
                            enterpriseName: string;
                            /** @description Category code */
                            categoryCode: string;
                            /** @description Category name (Chinese) */
                            categoryName: string;
                            /** @description Category name (English) */
                            categoryNameEn: string;
                            /**
                             * @description submitted, accepted, assigned, in_progress, resolved, confirmed, rejected or reopened
                             * @enum {string}
                             */
                            status: "submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened";
                            /**
                             * @description Who raised it: enterprise_contact, cadre_visit, grid_worker or staff
                             * @enum {string}
                             */
                            source: "enterprise_contact" | "cadre_visit" | "grid_worker" | "staff";
                            /** @description The account that raised it */
                            raisedByUserId: number | null;
                            /** @description Its display name */
                            raisedByName: string | null;
                            /** @description When it was submitted (ISO 8601 with the park's zone, +08:00) */
                            submittedAt: string;
                            acceptedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                            /** @description Response deadline (ISO 8601 with the park's zone, +08:00) */
                            responseDueAt: string;
                            /** @description Resolution deadline (ISO 8601 with the park's zone, +08:00) */
                            resolutionDueAt: string;
                            /** @description The handling department (an org) */
                            departmentOrgId: number | null;
                            /** @description Its name */
                            departmentName: string | null;
                            /** @description The person handling it */
                            assigneeUserId: number | null;
                            /** @description Their display name */
                            assigneeName: string | null;
                            /** @description Times escalated for missed deadlines (0–2) */
                            escalationLevel: number;
                            /** @description The org it was last escalated to */
                            escalatedToOrgId: number | null;
                            /** @description Its name */
                            escalatedToName: string | null;
                            /** @description The requester's satisfaction on confirmation, 1–5 */
                            satisfaction: number | null;
                            /** @description Not accepted past the response deadline */
                            isResponseOverdue: boolean;
                            /** @description Still open past the resolution deadline */
                            isResolutionOverdue: boolean;
                            /** @description The problem in full */
                            description: string;
                            /** @description The contact visit it was logged on, if any */
                            visitId: number | null;
                            /** @description Where, if recorded */
                            placeId: number | null;
                            /** @description How it was resolved (the latest resolution) */
                            resolution: string | null;
                            /** @description Why it was rejected */
                            rejectionReason: string | null;
                            /** @description Every transition and escalation, earliest first */
                            events: {
                                /** @description Event id */
                                id: number;
                                /**
                                 * @description A state change, or an escalation for a missed deadline
                                 * @enum {string}
                                 */
                                kind: "transition" | "escalation";
                                /** @description State before; null for the submission */
                                fromStatus: ("submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened") | null;
                                /**
                                 * @description State after (unchanged by an escalation)
                                 * @enum {string}
                                 */
                                toStatus: "submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened";
                                /** @description When (ISO 8601 with the park's zone, +08:00) */
                                at: string;
                                /** @description Who; null for the platform (escalation sweeps) */
                                actorUserId: number | null;
                                /** @description Their display name */
                                actorName: string | null;
                                /** @description Note, reason or resolution */
                                note: string | null;
                                /** @description For an assignment: the department */
                                departmentOrgId: number | null;
                                /** @description Its name */
                                departmentName: string | null;
                                /** @description For an assignment: the person */
                                assigneeUserId: number | null;
                                /** @description Their name */
                                assigneeName: string | null;
                                /** @description For an escalation: the org one level up */
                                escalatedToOrgId: number | null;
                                /** @description Its name */
                                escalatedToName: string | null;
                                /** @description For a confirmation: the satisfaction given */
                                satisfaction: number | null;
                            }[];
                            /** @description Attached files */
                            attachments: {
                                /** @description Attachment id; download at /api/v1/request-attachments/{id} */
                                id: number;
                                /** @description File name */
                                fileName: string;
                                /** @description Content type */
                                mimeType: string;
                                /** @description Size in bytes */
                                sizeBytes: number;
                                /** @description SHA-256 of the content, hex */
                                sha256: string;
                                /** @description Who attached it */
                                uploadedByUserId: number | null;
                                /** @description When it was attached (ISO 8601 with the park's zone, +08:00) */
                                createdAt: string;
                            }[];
                            /** @description What the caller may do now */
                            allowedActions: ("accept" | "assign" | "start" | "resolve" | "reject" | "confirm" | "reopen")[];
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
    "/api/v1/requests/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the resolution with a satisfaction of 1–5 */
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
                        /** @description Satisfaction, 1 (poor) to 5 (very good) (required) */
                        satisfaction?: number;
                        /** @description A note for the timeline */
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
                            /** @description Request id */
                            id: number;
                            /** @description Display code, SQ<year>-<id> */
                            code: string;
                            /** @description The problem in a line */
                            title: string;
                            /** @description The enterprise the problem concerns */
                            enterpriseId: number;
                            /** @description Its name */
                            enterpriseName: string;
                            /** @description Category code */
                            categoryCode: string;
                            /** @description Category name (Chinese) */
                            categoryName: string;
                            /** @description Category name (English) */
                            categoryNameEn: string;
                            /**
                             * @description submitted, accepted, assigned, in_progress, resolved, confirmed, rejected or reopened
                             * @enum {string}
                             */
                            status: "submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened";
                            /**
                             * @description Who raised it: enterprise_contact, cadre_visit, grid_worker or staff
                             * @enum {string}
                             */
                            source: "enterprise_contact" | "cadre_visit" | "grid_worker" | "staff";
                            /** @description The account that raised it */
                            raisedByUserId: number | null;
                            /** @description Its display name */
                            raisedByName: string | null;
                            /** @description When it was submitted (ISO 8601 with the park's zone, +08:00) */
                            submittedAt: string;
                            acceptedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                            /** @description Response deadline (ISO 8601 with the park's zone, +08:00) */
                            responseDueAt: string;
                            /** @description Resolution deadline (ISO 8601 with the park's zone, +08:00) */
                            resolutionDueAt: string;
                            /** @description The handling department (an org) */
                            departmentOrgId: number | null;
                            /** @description Its name */
                            departmentName: string | null;
                            /** @description The person handling it */
                            assigneeUserId: number | null;
                            /** @description Their display name */
                            assigneeName: string | null;
                            /** @description Times escalated for missed deadlines (0–2) */
                            escalationLevel: number;
                            /** @description The org it was last escalated to */
                            escalatedToOrgId: number | null;
                            /** @description Its name */
                            escalatedToName: string | null;
                            /** @description The requester's satisfaction on confirmation, 1–5 */
                            satisfaction: number | null;
                            /** @description Not accepted past the response deadline */
                            isResponseOverdue: boolean;
                            /** @description Still open past the resolution deadline */
                            isResolutionOverdue: boolean;
                            /** @description The problem in full */
                            description: string;
                            /** @description The contact visit it was logged on, if any */
                            visitId: number | null;
                            /** @description Where, if recorded */
                            placeId: number | null;
                            /** @description How it was resolved (the latest resolution) */
                            resolution: string | null;
                            /** @description Why it was rejected */
                            rejectionReason: string | null;
                            /** @description Every transition and escalation, earliest first */
                            events: {
                                /** @description Event id */
                                id: number;
                                /**
                                 * @description A state change, or an escalation for a missed deadline
                                 * @enum {string}
                                 */
                                kind: "transition" | "escalation";
                                /** @description State before; null for the submission */
                                fromStatus: ("submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened") | null;
                                /**
                                 * @description State after (unchanged by an escalation)
                                 * @enum {string}
                                 */
                                toStatus: "submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened";
                                /** @description When (ISO 8601 with the park's zone, +08:00) */
                                at: string;
                                /** @description Who; null for the platform (escalation sweeps) */
                                actorUserId: number | null;
                                /** @description Their display name */
                                actorName: string | null;
                                /** @description Note, reason or resolution */
                                note: string | null;
                                /** @description For an assignment: the department */
                                departmentOrgId: number | null;
                                /** @description Its name */
                                departmentName: string | null;
                                /** @description For an assignment: the person */
                                assigneeUserId: number | null;
                                /** @description Their name */
                                assigneeName: string | null;
                                /** @description For an escalation: the org one level up */
                                escalatedToOrgId: number | null;
                                /** @description Its name */
                                escalatedToName: string | null;
                                /** @description For a confirmation: the satisfaction given */
                                satisfaction: number | null;
                            }[];
                            /** @description Attached files */
                            attachments: {
                                /** @description Attachment id; download at /api/v1/request-attachments/{id} */
                                id: number;
                                /** @description File name */
                                fileName: string;
                                /** @description Content type */
                                mimeType: string;
                                /** @description Size in bytes */
                                sizeBytes: number;
                                /** @description SHA-256 of the content, hex */
                                sha256: string;
                                /** @description Who attached it */
                                uploadedByUserId: number | null;
                                /** @description When it was attached (ISO 8601 with the park's zone, +08:00) */
                                createdAt: string;
                            }[];
                            /** @description What the caller may do now */
                            allowedActions: ("accept" | "assign" | "start" | "resolve" | "reject" | "confirm" | "reopen")[];
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
    "/api/v1/requests/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a resolved request with a reason */
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
                        /** @description Why (required) */
                        reason?: string;
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
                            /** @description Request id */
                            id: number;
                            /** @description Display code, SQ<year>-<id> */
                            code: string;
                            /** @description The problem in a line */
                            title: string;
                            /** @description The enterprise the problem concerns */
                            enterpriseId: number;
                            /** @description Its name */
                            enterpriseName: string;
                            /** @description Category code */
                            categoryCode: string;
                            /** @description Category name (Chinese) */
                            categoryName: string;
                            /** @description Category name (English) */
                            categoryNameEn: string;
                            /**
                             * @description submitted, accepted, assigned, in_progress, resolved, confirmed, rejected or reopened
                             * @enum {string}
                             */
                            status: "submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened";
                            /**
                             * @description Who raised it: enterprise_contact, cadre_visit, grid_worker or staff
                             * @enum {string}
                             */
                            source: "enterprise_contact" | "cadre_visit" | "grid_worker" | "staff";
                            /** @description The account that raised it */
                            raisedByUserId: number | null;
                            /** @description Its display name */
                            raisedByName: string | null;
                            /** @description When it was submitted (ISO 8601 with the park's zone, +08:00) */
                            submittedAt: string;
                            acceptedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                            /** @description Response deadline (ISO 8601 with the park's zone, +08:00) */
                            responseDueAt: string;
                            /** @description Resolution deadline (ISO 8601 with the park's zone, +08:00) */
                            resolutionDueAt: string;
                            /** @description The handling department (an org) */
                            departmentOrgId: number | null;
                            /** @description Its name */
                            departmentName: string | null;
                            /** @description The person handling it */
                            assigneeUserId: number | null;
                            /** @description Their display name */
                            assigneeName: string | null;
                            /** @description Times escalated for missed deadlines (0–2) */
                            escalationLevel: number;
                            /** @description The org it was last escalated to */
                            escalatedToOrgId: number | null;
                            /** @description Its name */
                            escalatedToName: string | null;
                            /** @description The requester's satisfaction on confirmation, 1–5 */
                            satisfaction: number | null;
                            /** @description Not accepted past the response deadline */
                            isResponseOverdue: boolean;
                            /** @description Still open past the resolution deadline */
                            isResolutionOverdue: boolean;
                            /** @description The problem in full */
                            description: string;
                            /** @description The contact visit it was logged on, if any */
                            visitId: number | null;
                            /** @description Where, if recorded */
                            placeId: number | null;
                            /** @description How it was resolved (the latest resolution) */
                            resolution: string | null;
                            /** @description Why it was rejected */
                            rejectionReason: string | null;
                            /** @description Every transition and escalation, earliest first */
                            events: {
                                /** @description Event id */
                                id: number;
                                /**
                                 * @description A state change, or an escalation for a missed deadline
                                 * @enum {string}
                                 */
                                kind: "transition" | "escalation";
                                /** @description State before; null for the submission */
                                fromStatus: ("submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened") | null;
                                /**
                                 * @description State after (unchanged by an escalation)
                                 * @enum {string}
                                 */
                                toStatus: "submitted" | "accepted" | "assigned" | "in_progress" | "resolved" | "confirmed" | "rejected" | "reopened";
                                /** @description When (ISO 8601 with the park's zone, +08:00) */
                                at: string;
                                /** @description Who; null for the platform (escalation sweeps) */
                                actorUserId: number | null;
                                /** @description Their display name */
                                actorName: string | null;
                                /** @description Note, reason or resolution */
                                note: string | null;
                                /** @description For an assignment: the department */
                                departmentOrgId: number | null;
                                /** @description Its name */
                                departmentName: string | null;
                                /** @description For an assignment: the person */
                                assigneeUserId: number | null;
                                /** @description Their name */
                                assigneeName: string | null;
                                /** @description For an escalation: the org one level up */
                                escalatedToOrgId: number | null;
                                /** @description Its name */
                                escalatedToName: string | null;
                                /** @description For a confirmation: the satisfaction given */
                                satisfaction: number | null;
                            }[];
                            /** @description Attached files */
                            attachments: {
                                /** @description Attachment id; download at /api/v1/request-attachments/{id} */
                                id: number;
                                /** @description File name */
                                fileName: string;
                                /** @description Content type */
                                mimeType: string;
                                /** @description Size in bytes */
                                sizeBytes: number;
                                /** @description SHA-256 of the content, hex */
                                sha256: string;
                                /** @description Who attached it */
                                uploadedByUserId: number | null;
                                /** @description When it was attached (ISO 8601 with the park's zone, +08:00) */
                                createdAt: string;
                            }[];
                            /** @description What the caller may do now */
                            allowedActions: ("accept" | "assign" | "start" | "resolve" | "reject" | "confirm" | "reopen")[];
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
    "/open311/v2/services.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311: the service list (request categories) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The park's active request categories */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The category code */
                            service_code: string;
                            /** @description The category name */
                            service_name: string;
                            /** @description What the category covers, with its deadlines */
                            description: string;
                            /** @description Always false: no extra attributes beyond attribute[uscc] */
                            metadata: boolean;
                            /**
                             * @description Always realtime: the request is recorded at once
                             * @enum {string}
                             */
                            type: "realtime" | "batch" | "blackbox";
                            /** @description Comma-separated keywords */
                            keywords: string;
                            /** @description The group of services */
                            group: string;
                        }[];
                    };
                };
                /** @description Open311 errors */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            /** @description What went wrong */
                            description: string;
                        }[];
                    };
                };
                /** @description Open311 errors */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            /** @description What went wrong */
                            description: string;
                        }[];
                    };
                };
                /** @description Open311 errors */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            /** @description What went wrong */
                            description: string;
                        }[];
                    };
                };
                /** @description Open311 errors */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            /** @description What went wrong */
                            description: string;
                        }[];
                    };
                };
                /** @description Open311 errors */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            /** @description What went wrong */
                            description: string;
                        }[];
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
    "/open311/v2/requests.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311: requests by service_code, status, start_date, end_date */
        get: {
            parameters: {
                query?: {
                    /** @description Only these requests (comma-separated ids); other filters are then ignored */
                    service_request_id?: string;
                    /** @description Only this category */
                    service_code?: string;
                    /** @description open or closed */
                    status?: "open" | "closed";
                    /** @description Submitted at or after this time (ISO 8601 with zone); with no dates, the last 90 days */
                    start_date?: string;
                    /** @description Submitted before this time (ISO 8601 with zone) */
                    end_date?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Matching requests, newest first, at most 1,000 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The request id */
                            service_request_id: string;
                            /**
                             * @description open while handlers work on it; closed once resolved, confirmed or rejected
                             * @enum {string}
                             */
                            status: "open" | "closed";
                            /** @description The fine state (submitted, accepted, assigned, in_progress, resolved, confirmed, rejected, reopened) and its note */
                            status_notes: string;
                            /** @description The category name */
                            service_name: string;
                            /** @description The category code */
                            service_code: string;
                            /** @description The problem */
                            description: string;
                            /** @description The handling department, or the enterprise's responsible org until one is assigned */
                            agency_responsible: string;
                            /** @description Deadlines in words */
                            service_notice: string;
                            /** @description Submitted (ISO 8601 with zone) */
                            requested_datetime: string;
                            /** @description Last event (ISO 8601 with zone) */
                            updated_datetime: string;
                            /** @description Resolution deadline (ISO 8601 with zone) */
                            expected_datetime: string;
                            /** @description The enterprise's address, when known */
                            address?: string;
                        }[];
                    };
                };
                /** @description Open311 errors */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            /** @description What went wrong */
                            description: string;
                        }[];
                    };
                };
                /** @description Open311 errors */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            /** @description What went wrong */
                            description: string;
                        }[];
                    };
                };
                /** @description Open311 errors */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            /** @description What went wrong */
                            description: string;
                        }[];
                    };
                };
                /** @description Open311 errors */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            /** @description What went wrong */
                            description: string;
                        }[];
                    };
                };
                /** @description Open311 errors */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            /** @description What went wrong */
                            description: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Open311: create a request for the enterprise named by attribute[uscc] */
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
                        /** @description The category code (from services.json) */
                        service_code: string;
                        /** @description The problem in full */
                        description: string;
                        /** @description The enterprise's 统一社会信用代码; it must lie in the caller's requests.write reach */
                        "attribute[uscc]": string;
                        /** @description The problem in a line; by default the description's start */
                        "attribute[title]"?: string;
                    };
                };
            };
            responses: {
                /** @description The request created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The new request's id */
                            service_request_id: string;
                            /** @description Deadlines in words */
                            service_notice: string;
                            /** @description The account that raised it */
                            account_id: string | null;
                        }[];
                    };
                };
                /** @description Open311 errors */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            /** @description What went wrong */
                            description: string;
                        }[];
                    };
                };
                /** @description Open311 errors */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            /** @description What went wrong */
                            description: string;
                        }[];
                    };
                };
                /** @description Open311 errors */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            /** @description What went wrong */
                            description: string;
                        }[];
                    };
                };
                /** @description Open311 errors */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            /** @description What went wrong */
                            description: string;
                        }[];
                    };
                };
                /** @description Open311 errors */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            /** @description What went wrong */
                            description: string;
                        }[];
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
    "/open311/v2/requests/{id}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311: one request */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The request id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Matching requests, newest first, at most 1,000 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The request id */
                            service_request_id: string;
                            /**
                             * @description open while handlers work on it; closed once resolved, confirmed or rejected
                             * @enum {string}
                             */
                            status: "open" | "closed";
                            /** @description The fine state (submitted, accepted, assigned, in_progress, resolved, confirmed, rejected, reopened) and its note */
                            status_notes: string;
                            /** @description The category name */
                            service_name: string;
                            /** @description The category code */
                            service_code: string;
                            /** @description The problem */
                            description: string;
                            /** @description The handling department, or the enterprise's responsible org until one is assigned */
                            agency_responsible: string;
                            /** @description Deadlines in words */
                            service_notice: string;
                            /** @description Submitted (ISO 8601 with zone) */
                            requested_datetime: string;
                            /** @description Last event (ISO 8601 with zone) */
                            updated_datetime: string;
                            /** @description Resolution deadline (ISO 8601 with zone) */
                            expected_datetime: string;
                            /** @description The enterprise's address, when known */
                            address?: string;
                        }[];
                    };
                };
                /** @description Open311 errors */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            /** @description What went wrong */
                            description: string;
                        }[];
                    };
                };
                /** @description Open311 errors */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            /** @description What went wrong */
                            description: string;
                        }[];
                    };
                };
                /** @description Open311 errors */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            /** @description What went wrong */
                            description: string;
                        }[];
                    };
                };
                /** @description Open311 errors */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            /** @description What went wrong */
                            description: string;
                        }[];
                    };
                };
                /** @description Open311 errors */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The HTTP status */
                            code: number;
                            /** @description What went wrong */
                            description: string;
                        }[];
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
    "/api/v1/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List policy documents, with whether each is in force on a date */
        get: {
            parameters: {
                query?: {
                    /** @description Title or document number contains */
                    q?: string;
                    /** @description Only this topic */
                    topic?: "demonstration_park" | "business_environment" | "industry" | "talent" | "finance" | "other";
                    /** @description Only policies reported under this Red Action */
                    redAction?: "fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum";
                    /** @description Read the records as they stood on this date (YYYY-MM-DD); today when omitted */
                    asOf?: string;
                    /** @description true: only those in force on asOf; false: only those not (yet or any more) in force */
                    inForce?: "true" | "false";
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
                                /** @description Policy id */
                                id: number;
                                /** @description The issuing org */
                                orgId: number;
                                /** @description Its current name */
                                orgName: string;
                                /** @description 文号, e.g. 内经开党工委发〔2024〕3号 */
                                docNumber: string | null;
                                /** @description Title, without 《》 */
                                title: string;
                                /** @description Issuing body as printed on the document */
                                issuer: string;
                                /**
                                 * @description What it serves: demonstration_park (创建示范园区), business_environment (营商环境), industry, talent, finance, other
                                 * @enum {string}
                                 */
                                topic: "demonstration_park" | "business_environment" | "industry" | "talent" | "finance" | "other";
                                /** @description The Red Action it is reported under; null: none in particular */
                                redAction: ("fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum") | null;
                                /** @description What it is about */
                                summary: string | null;
                                /** @description Date issued (in force from) */
                                issuedOn: string;
                                /** @description Date repealed (no longer in force from); null: in force */
                                repealedOn: string | null;
                                /** @description Why it was repealed */
                                repealReason: string | null;
                                /** @description In force on the date asked (today by default) */
                                isInForce: boolean;
                                /** @description How many measures it has */
                                measureCount: number;
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
        /** Record a policy document with its measures */
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
                        /** @description The issuing org (the caller must write policies there) */
                        orgId: number;
                        /** @description 文号; unique in the park */
                        docNumber?: string | null;
                        /** @description Title, without 《》 */
                        title: string;
                        /** @description Issuing body as printed on the document */
                        issuer: string;
                        /**
                         * @description What it serves: demonstration_park (创建示范园区), business_environment (营商环境), industry, talent, finance, other
                         * @enum {string}
                         */
                        topic: "demonstration_park" | "business_environment" | "industry" | "talent" | "finance" | "other";
                        /** @description The Red Action it is reported under; null: none in particular */
                        redAction?: ("fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum") | null;
                        /** @description What it is about */
                        summary?: string | null;
                        /**
                         * Format: date
                         * @description Date issued (not in the future)
                         */
                        issuedOn: string;
                        /** @description The measures in order; they are numbered from 1 as given */
                        measures: {
                            /** @description The measure in one line */
                            title: string;
                            /** @description Its full text */
                            content?: string | null;
                        }[];
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
                            /** @description Policy id */
                            id: number;
                            /** @description The issuing org */
                            orgId: number;
                            /** @description Its current name */
                            orgName: string;
                            /** @description 文号, e.g. 内经开党工委发〔2024〕3号 */
                            docNumber: string | null;
                            /** @description Title, without 《》 */
                            title: string;
                            /** @description Issuing body as printed on the document */
                            issuer: string;
                            /**
                             * @description What it serves: demonstration_park (创建示范园区), business_environment (营商环境), industry, talent, finance, other
                             * @enum {string}
                             */
                            topic: "demonstration_park" | "business_environment" | "industry" | "talent" | "finance" | "other";
                            /** @description The Red Action it is reported under; null: none in particular */
                            redAction: ("fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum") | null;
                            /** @description What it is about */
                            summary: string | null;
                            /** @description Date issued (in force from) */
                            issuedOn: string;
                            /** @description Date repealed (no longer in force from); null: in force */
                            repealedOn: string | null;
                            /** @description Why it was repealed */
                            repealReason: string | null;
                            /** @description In force on the date asked (today by default) */
                            isInForce: boolean;
                            /** @description How many measures it has */
                            measureCount: number;
                            /** @description Its measures in order */
                            measures: {
                                /** @description Measure id */
                                id: number;
                                /** @description Its number in the document (第 n 条), from 1 */
                                seq: number;
                                /** @description The measure in one line */
                                title: string;
                                /** @description Its full text */
                                content: string | null;
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
    "/api/v1/policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One policy document with its measures */
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
                            /** @description Policy id */
                            id: number;
                            /** @description The issuing org */
                            orgId: number;
                            /** @description Its current name */
                            orgName: string;
                            /** @description 文号, e.g. 内经开党工委发〔2024〕3号 */
                            docNumber: string | null;
                            /** @description Title, without 《》 */
                            title: string;
                            /** @description Issuing body as printed on the document */
                            issuer: string;
                            /**
                             * @description What it serves: demonstration_park (创建示范园区), business_environment (营商环境), industry, talent, finance, other
                             * @enum {string}
                             */
                            topic: "demonstration_park" | "business_environment" | "industry" | "talent" | "finance" | "other";
                            /** @description The Red Action it is reported under; null: none in particular */
                            redAction: ("fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum") | null;
                            /** @description What it is about */
                            summary: string | null;
                            /** @description Date issued (in force from) */
                            issuedOn: string;
                            /** @description Date repealed (no longer in force from); null: in force */
                            repealedOn: string | null;
                            /** @description Why it was repealed */
                            repealReason: string | null;
                            /** @description In force on the date asked (today by default) */
                            isInForce: boolean;
                            /** @description How many measures it has */
                            measureCount: number;
                            /** @description Its measures in order */
                            measures: {
                                /** @description Measure id */
                                id: number;
                                /** @description Its number in the document (第 n 条), from 1 */
                                seq: number;
                                /** @description The measure in one line */
                                title: string;
                                /** @description Its full text */
                                content: string | null;
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
        /** Correct a policy document's fields */
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
                        /** @description 文号; unique in the park */
                        docNumber?: string | null;
                        /** @description Title, without 《》 */
                        title?: string;
                        /** @description Issuing body as printed on the document */
                        issuer?: string;
                        /**
                         * @description What it serves: demonstration_park (创建示范园区), business_environment (营商环境), industry, talent, finance, other
                         * @enum {string}
                         */
                        topic?: "demonstration_park" | "business_environment" | "industry" | "talent" | "finance" | "other";
                        /** @description The Red Action it is reported under; null: none in particular */
                        redAction?: ("fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum") | null;
                        /** @description What it is about */
                        summary?: string | null;
                        /**
                         * Format: date
                         * @description Date issued (not in the future)
                         */
                        issuedOn?: string;
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
                            /** @description Policy id */
                            id: number;
                            /** @description The issuing org */
                            orgId: number;
                            /** @description Its current name */
                            orgName: string;
                            /** @description 文号, e.g. 内经开党工委发〔2024〕3号 */
                            docNumber: string | null;
                            /** @description Title, without 《》 */
                            title: string;
                            /** @description Issuing body as printed on the document */
                            issuer: string;
                            /**
                             * @description What it serves: demonstration_park (创建示范园区), business_environment (营商环境), industry, talent, finance, other
                             * @enum {string}
                             */
                            topic: "demonstration_park" | "business_environment" | "industry" | "talent" | "finance" | "other";
                            /** @description The Red Action it is reported under; null: none in particular */
                            redAction: ("fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum") | null;
                            /** @description What it is about */
                            summary: string | null;
                            /** @description Date issued (in force from) */
                            issuedOn: string;
                            /** @description Date repealed (no longer in force from); null: in force */
                            repealedOn: string | null;
                            /** @description Why it was repealed */
                            repealReason: string | null;
                            /** @description In force on the date asked (today by default) */
                            isInForce: boolean;
                            /** @description How many measures it has */
                            measureCount: number;
                            /** @description Its measures in order */
                            measures: {
                                /** @description Measure id */
                                id: number;
                                /** @description Its number in the document (第 n 条), from 1 */
                                seq: number;
                                /** @description The measure in one line */
                                title: string;
                                /** @description Its full text */
                                content: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/policies/{id}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a policy document's measures */
        put: {
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
                        /** @description The measures in order; they are numbered from 1 as given */
                        measures: {
                            /** @description The measure in one line */
                            title: string;
                            /** @description Its full text */
                            content?: string | null;
                        }[];
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
                            /** @description Policy id */
                            id: number;
                            /** @description The issuing org */
                            orgId: number;
                            /** @description Its current name */
                            orgName: string;
                            /** @description 文号, e.g. 内经开党工委发〔2024〕3号 */
                            docNumber: string | null;
                            /** @description Title, without 《》 */
                            title: string;
                            /** @description Issuing body as printed on the document */
                            issuer: string;
                            /**
                             * @description What it serves: demonstration_park (创建示范园区), business_environment (营商环境), industry, talent, finance, other
                             * @enum {string}
                             */
                            topic: "demonstration_park" | "business_environment" | "industry" | "talent" | "finance" | "other";
                            /** @description The Red Action it is reported under; null: none in particular */
                            redAction: ("fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum") | null;
                            /** @description What it is about */
                            summary: string | null;
                            /** @description Date issued (in force from) */
                            issuedOn: string;
                            /** @description Date repealed (no longer in force from); null: in force */
                            repealedOn: string | null;
                            /** @description Why it was repealed */
                            repealReason: string | null;
                            /** @description In force on the date asked (today by default) */
                            isInForce: boolean;
                            /** @description How many measures it has */
                            measureCount: number;
                            /** @description Its measures in order */
                            measures: {
                                /** @description Measure id */
                                id: number;
                                /** @description Its number in the document (第 n 条), from 1 */
                                seq: number;
                                /** @description The measure in one line */
                                title: string;
                                /** @description Its full text */
                                content: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{id}/repeal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Repeal a policy document from a date */
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
                         * @description First day it is no longer in force (after the issue date, not in the future)
                         */
                        repealedOn: string;
                        /** @description Why: superseded by, expired, … */
                        reason: string;
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
                            /** @description Policy id */
                            id: number;
                            /** @description The issuing org */
                            orgId: number;
                            /** @description Its current name */
                            orgName: string;
                            /** @description 文号, e.g. 内经开党工委发〔2024〕3号 */
                            docNumber: string | null;
                            /** @description Title, without 《》 */
                            title: string;
                            /** @description Issuing body as printed on the document */
                            issuer: string;
                            /**
                             * @description What it serves: demonstration_park (创建示范园区), business_environment (营商环境), industry, talent, finance, other
                             * @enum {string}
                             */
                            topic: "demonstration_park" | "business_environment" | "industry" | "talent" | "finance" | "other";
                            /** @description The Red Action it is reported under; null: none in particular */
                            redAction: ("fortress" | "leadGeese" | "navigation" | "enterpriseAid" | "momentum") | null;
                            /** @description What it is about */
                            summary: string | null;
                            /** @description Date issued (in force from) */
                            issuedOn: string;
                            /** @description Date repealed (no longer in force from); null: in force */
                            repealedOn: string | null;
                            /** @description Why it was repealed */
                            repealReason: string | null;
                            /** @description In force on the date asked (today by default) */
                            isInForce: boolean;
                            /** @description How many measures it has */
                            measureCount: number;
                            /** @description Its measures in order */
                            measures: {
                                /** @description Measure id */
                                id: number;
                                /** @description Its number in the document (第 n 条), from 1 */
                                seq: number;
                                /** @description The measure in one line */
                                title: string;
                                /** @description Its full text */
                                content: string | null;
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
    "/api/v1/contact-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List contact links in force on a date (or their history) */
        get: {
            parameters: {
                query?: {
                    /** @description Only links of this kind */
                    kind?: "leader_org" | "department_enterprise" | "cadre_enterprise" | "org_place" | "secondment";
                    /** @description Only links of this leader or cadre */
                    userId?: number;
                    /** @description Only links of this org (one the caller may read) */
                    orgId?: number;
                    /** @description Only links to this enterprise (one the caller may read) */
                    enterpriseId?: number;
                    /** @description Only links to this place */
                    placeId?: number;
                    /** @description Read the records as they stood on this date (YYYY-MM-DD); today when omitted */
                    asOf?: string;
                    /** @description Also links not in force on the date read (their whole history) */
                    includeEnded?: "true" | "false";
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
                                /** @description Link id */
                                id: number;
                                /**
                                 * @description leader_org, department_enterprise, cadre_enterprise, org_place or secondment
                                 * @enum {string}
                                 */
                                kind: "leader_org" | "department_enterprise" | "cadre_enterprise" | "org_place" | "secondment";
                                /** @description The leader (leader_org) or cadre (cadre_enterprise) */
                                userId: number | null;
                                /** @description That user's display name */
                                userName: string | null;
                                /** @description The contact point (leader_org), department org (department_enterprise, secondment) or enterprise party org (org_place) */
                                orgId: number | null;
                                /** @description That org's current name */
                                orgName: string | null;
                                /** @description The enterprise (department_enterprise, cadre_enterprise, secondment) */
                                enterpriseId: number | null;
                                /** @description Its name */
                                enterpriseName: string | null;
                                /** @description The community or compound (org_place) */
                                placeId: number | null;
                                /** @description Its name */
                                placeName: string | null;
                                /** @description community or compound */
                                placeKind: string | null;
                                /** @description Secondments: the seconded member, when recorded */
                                memberId: number | null;
                                /** @description Secondments: who is seconded */
                                personName: string | null;
                                /** @description Secondments: to_enterprise (department → enterprise) or to_department (enterprise → department) */
                                direction: ("to_enterprise" | "to_department") | null;
                                /** @description A note on the link */
                                note: string | null;
                                /** @description First day of the link */
                                validFrom: string;
                                /** @description Day after the last day; null while in force */
                                validTo: string | null;
                                /** @description In force on the date read */
                                isCurrent: boolean;
                                /** @description Latest visit counting for the link on or before the date read (watched kinds only) */
                                lastVisitedOn: string | null;
                                /** @description The park's interval for this kind; null when the kind is not watched */
                                staleAfterDays: number | null;
                                /** @description In force and without a visit for more than staleAfterDays days on the date read */
                                isStale: boolean;
                            }[];
                            /** @description Rows matching the filters, over all pages */
                            total: number;
                            /** @description This page number */
                            page: number;
                            /** @description Rows per page */
                            pageSize: number;
                            /** @description The date read */
                            asOf: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Make a contact link from a date */
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
                        /**
                         * @description The kind of link; decides which of the other fields are needed
                         * @enum {string}
                         */
                        kind: "leader_org" | "department_enterprise" | "cadre_enterprise" | "org_place" | "secondment";
                        /** @description leader_org: a user holding the leader role; cadre_enterprise: a user holding the cadre role (on validFrom) */
                        userId?: number;
                        /** @description leader_org: the contact point; department_enterprise and secondment: a department (organ) org; org_place: an enterprise party org */
                        orgId?: number;
                        /** @description department_enterprise, cadre_enterprise, secondment: the enterprise */
                        enterpriseId?: number;
                        /** @description org_place: a community or compound */
                        placeId?: number;
                        /** @description secondment: the seconded member, when a member of the park */
                        memberId?: number;
                        /** @description secondment: who is seconded */
                        personName?: string;
                        /**
                         * @description secondment: to_enterprise or to_department
                         * @enum {string}
                         */
                        direction?: "to_enterprise" | "to_department";
                        /** @description A note on the link */
                        note?: string;
                        /**
                         * Format: date
                         * @description First day of the link (not in the future)
                         */
                        validFrom: string;
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
                            /** @description Link id */
                            id: number;
                            /**
                             * @description leader_org, department_enterprise, cadre_enterprise, org_place or secondment
                             * @enum {string}
                             */
                            kind: "leader_org" | "department_enterprise" | "cadre_enterprise" | "org_place" | "secondment";
                            /** @description The leader (leader_org) or cadre (cadre_enterprise) */
                            userId: number | null;
                            /** @description That user's display name */
                            userName: string | null;
                            /** @description The contact point (leader_org), department org (department_enterprise, secondment) or enterprise party org (org_place) */
                            orgId: number | null;
                            /** @description That org's current name */
                            orgName: string | null;
                            /** @description The enterprise (department_enterprise, cadre_enterprise, secondment) */
                            enterpriseId: number | null;
                            /** @description Its name */
                            enterpriseName: string | null;
                            /** @description The community or compound (org_place) */
                            placeId: number | null;
                            /** @description Its name */
                            placeName: string | null;
                            /** @description community or compound */
                            placeKind: string | null;
                            /** @description Secondments: the seconded member, when recorded */
                            memberId: number | null;
                            /** @description Secondments: who is seconded */
                            personName: string | null;
                            /** @description Secondments: to_enterprise (department → enterprise) or to_department (enterprise → department) */
                            direction: ("to_enterprise" | "to_department") | null;
                            /** @description A note on the link */
                            note: string | null;
                            /** @description First day of the link */
                            validFrom: string;
                            /** @description Day after the last day; null while in force */
                            validTo: string | null;
                            /** @description In force on the date read */
                            isCurrent: boolean;
                            /** @description Latest visit counting for the link on or before the date read (watched kinds only) */
                            lastVisitedOn: string | null;
                            /** @description The park's interval for this kind; null when the kind is not watched */
                            staleAfterDays: number | null;
                            /** @description In force and without a visit for more than staleAfterDays days on the date read */
                            isStale: boolean;
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
    "/api/v1/contact-links/stale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Links in force without a visit within their kind's interval on a date */
        get: {
            parameters: {
                query?: {
                    /** @description Only links of this watched kind */
                    kind?: "department_enterprise" | "cadre_enterprise" | "org_place";
                    /** @description Read the records as they stood on this date (YYYY-MM-DD); today when omitted */
                    asOf?: string;
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
                                /** @description Link id */
                                id: number;
                                /**
                                 * @description leader_org, department_enterprise, cadre_enterprise, org_place or secondment
                                 * @enum {string}
                                 */
                                kind: "leader_org" | "department_enterprise" | "cadre_enterprise" | "org_place" | "secondment";
                                /** @description The leader (leader_org) or cadre (cadre_enterprise) */
                                userId: number | null;
                                /** @description That user's display name */
                                userName: string | null;
                                /** @description The contact point (leader_org), department org (department_enterprise, secondment) or enterprise party org (org_place) */
                                orgId: number | null;
                                /** @description That org's current name */
                                orgName: string | null;
                                /** @description The enterprise (department_enterprise, cadre_enterprise, secondment) */
                                enterpriseId: number | null;
                                /** @description Its name */
                                enterpriseName: string | null;
                                /** @description The community or compound (org_place) */
                                placeId: number | null;
                                /** @description Its name */
                                placeName: string | null;
                                /** @description community or compound */
                                placeKind: string | null;
                                /** @description Secondments: the seconded member, when recorded */
                                memberId: number | null;
                                /** @description Secondments: who is seconded */
                                personName: string | null;
                                /** @description Secondments: to_enterprise (department → enterprise) or to_department (enterprise → department) */
                                direction: ("to_enterprise" | "to_department") | null;
                                /** @description A note on the link */
                                note: string | null;
                                /** @description First day of the link */
                                validFrom: string;
                                /** @description Day after the last day; null while in force */
                                validTo: string | null;
                                /** @description In force on the date read */
                                isCurrent: boolean;
                                /** @description Latest visit counting for the link on or before the date read (watched kinds only) */
                                lastVisitedOn: string | null;
                                /** @description The park's interval for this kind; null when the kind is not watched */
                                staleAfterDays: number | null;
                                /** @description In force and without a visit for more than staleAfterDays days on the date read */
                                isStale: boolean;
                            }[];
                            /** @description Rows matching the filters, over all pages */
                            total: number;
                            /** @description This page number */
                            page: number;
                            /** @description Rows per page */
                            pageSize: number;
                            /** @description The date read */
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
    "/api/v1/contact-links/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contact link with its last visit */
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
                            /** @description Link id */
                            id: number;
                            /**
                             * @description leader_org, department_enterprise, cadre_enterprise, org_place or secondment
                             * @enum {string}
                             */
                            kind: "leader_org" | "department_enterprise" | "cadre_enterprise" | "org_place" | "secondment";
                            /** @description The leader (leader_org) or cadre (cadre_enterprise) */
                            userId: number | null;
                            /** @description That user's display name */
                            userName: string | null;
                            /** @description The contact point (leader_org), department org (department_enterprise, secondment) or enterprise party org (org_place) */
                            orgId: number | null;
                            /** @description That org's current name */
                            orgName: string | null;
                            /** @description The enterprise (department_enterprise, cadre_enterprise, secondment) */
                            enterpriseId: number | null;
                            /** @description Its name */
                            enterpriseName: string | null;
                            /** @description The community or compound (org_place) */
                            placeId: number | null;
                            /** @description Its name */
                            placeName: string | null;
                            /** @description community or compound */
                            placeKind: string | null;
                            /** @description Secondments: the seconded member, when recorded */
                            memberId: number | null;
                            /** @description Secondments: who is seconded */
                            personName: string | null;
                            /** @description Secondments: to_enterprise (department → enterprise) or to_department (enterprise → department) */
                            direction: ("to_enterprise" | "to_department") | null;
                            /** @description A note on the link */
                            note: string | null;
                            /** @description First day of the link */
                            validFrom: string;
                            /** @description Day after the last day; null while in force */
                            validTo: string | null;
                            /** @description In force on the date read */
                            isCurrent: boolean;
                            /** @description Latest visit counting for the link on or before the date read (watched kinds only) */
                            lastVisitedOn: string | null;
                            /** @description The park's interval for this kind; null when the kind is not watched */
                            staleAfterDays: number | null;
                            /** @description In force and without a visit for more than staleAfterDays days on the date read */
                            isStale: boolean;
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
    "/api/v1/contact-links/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a contact link */
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
                         * @description Day after the last day of the link: after validFrom, not in the future
                         */
                        validTo: string;
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
                            /** @description Link id */
                            id: number;
                            /**
                             * @description leader_org, department_enterprise, cadre_enterprise, org_place or secondment
                             * @enum {string}
                             */
                            kind: "leader_org" | "department_enterprise" | "cadre_enterprise" | "org_place" | "secondment";
                            /** @description The leader (leader_org) or cadre (cadre_enterprise) */
                            userId: number | null;
                            /** @description That user's display name */
                            userName: string | null;
                            /** @description The contact point (leader_org), department org (department_enterprise, secondment) or enterprise party org (org_place) */
                            orgId: number | null;
                            /** @description That org's current name */
                            orgName: string | null;
                            /** @description The enterprise (department_enterprise, cadre_enterprise, secondment) */
                            enterpriseId: number | null;
                            /** @description Its name */
                            enterpriseName: string | null;
                            /** @description The community or compound (org_place) */
                            placeId: number | null;
                            /** @description Its name */
                            placeName: string | null;
                            /** @description community or compound */
                            placeKind: string | null;
                            /** @description Secondments: the seconded member, when recorded */
                            memberId: number | null;
                            /** @description Secondments: who is seconded */
                            personName: string | null;
                            /** @description Secondments: to_enterprise (department → enterprise) or to_department (enterprise → department) */
                            direction: ("to_enterprise" | "to_department") | null;
                            /** @description A note on the link */
                            note: string | null;
                            /** @description First day of the link */
                            validFrom: string;
                            /** @description Day after the last day; null while in force */
                            validTo: string | null;
                            /** @description In force on the date read */
                            isCurrent: boolean;
                            /** @description Latest visit counting for the link on or before the date read (watched kinds only) */
                            lastVisitedOn: string | null;
                            /** @description The park's interval for this kind; null when the kind is not watched */
                            staleAfterDays: number | null;
                            /** @description In force and without a visit for more than staleAfterDays days on the date read */
                            isStale: boolean;
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
    "/api/v1/contact-graph": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who links to whom, by kind, on a date, with the gaps */
        get: {
            parameters: {
                query?: {
                    /** @description The kind of link drawn */
                    kind?: "leader_org" | "department_enterprise" | "cadre_enterprise" | "org_place" | "secondment";
                    /** @description Read the records as they stood on this date (YYYY-MM-DD); today when omitted */
                    asOf?: string;
                    /** @description Enterprise category whose units without a department contact are listed as gaps */
                    category?: "above_scale" | "srdi" | "high_tech" | "all";
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
                            /** @description The date read */
                            asOf: string;
                            /**
                             * @description The kind drawn
                             * @enum {string}
                             */
                            kind: "leader_org" | "department_enterprise" | "cadre_enterprise" | "org_place" | "secondment";
                            /** @description Every party of the links drawn */
                            nodes: {
                                /** @description Node key: user:<id>, org:<id>, enterprise:<id> or place:<id> */
                                id: string;
                                /**
                                 * @description What the node is
                                 * @enum {string}
                                 */
                                type: "leader" | "cadre" | "org" | "enterprise" | "place";
                                /** @description Its name */
                                label: string;
                            }[];
                            /** @description The links in force on the date, in the caller's scope */
                            edges: {
                                /** @description The link */
                                linkId: number;
                                /**
                                 * @description The link kind
                                 * @enum {string}
                                 */
                                kind: "leader_org" | "department_enterprise" | "cadre_enterprise" | "org_place" | "secondment";
                                /** @description Node key of the near side (leader, cadre, department or enterprise party org) */
                                source: string;
                                /** @description Node key of the far side (contact point, enterprise or place) */
                                target: string;
                                /** @description Flagged: no visit within the kind's interval */
                                isStale: boolean;
                            }[];
                            /** @description What is missing on the date, in the caller's scope */
                            gaps: {
                                /** @description Park leaders in the caller's scope with no contact point in force */
                                leadersWithoutPoints: {
                                    /** @description Leader */
                                    userId: number;
                                    /** @description Name */
                                    displayName: string;
                                }[];
                                /** @description Enterprises of the category without a department contact in force */
                                enterprisesWithoutDepartment: {
                                    /** @description The category read */
                                    category: string;
                                    /** @description Enterprises of the category in scope without a department contact */
                                    total: number;
                                    /** @description The first 100 of them, by name */
                                    items: {
                                        /** @description Enterprise */
                                        id: number;
                                        /** @description Name */
                                        name: string;
                                    }[];
                                };
                                /** @description Links in force without a visit within their kind's interval */
                                staleLinks: number;
                            };
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
    "/api/v1/contact-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The park's visit interval per watched link kind */
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
                            /** @description One row per watched kind */
                            items: {
                                /**
                                 * @description A watched link kind
                                 * @enum {string}
                                 */
                                kind: "department_enterprise" | "cadre_enterprise" | "org_place";
                                /** @description Days without a visit after which a link of this kind is flagged; null: not watched */
                                staleAfterDays: number | null;
                                /** @description The platform default (no setting stored) */
                                isDefault: boolean;
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
        patch?: never;
        trace?: never;
    };
    "/api/v1/contact-settings/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a watched kind's visit interval (park-wide contacts.write) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The link kind */
                    kind: "leader_org" | "department_enterprise" | "cadre_enterprise" | "org_place" | "secondment";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Days without a visit before a link is flagged (1–3650); null stops watching the kind */
                        staleAfterDays: number | null;
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
                            /** @description One row per watched kind */
                            items: {
                                /**
                                 * @description A watched link kind
                                 * @enum {string}
                                 */
                                kind: "department_enterprise" | "cadre_enterprise" | "org_place";
                                /** @description Days without a visit after which a link of this kind is flagged; null: not watched */
                                staleAfterDays: number | null;
                                /** @description The platform default (no setting stored) */
                                isDefault: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contact-visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List visits */
        get: {
            parameters: {
                query?: {
                    /** @description Only visits by this user */
                    visitorUserId?: number;
                    /** @description Only visits to this enterprise (one the caller may read) */
                    enterpriseId?: number;
                    /** @description Only visits to this place (one the caller may read) */
                    placeId?: number;
                    /** @description Only visits made under this link */
                    linkId?: number;
                    /** @description Only visits on or after this date */
                    from?: string;
                    /** @description Only visits on or before this date */
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
                                /** @description Visit id */
                                id: number;
                                /** @description Who visited (the user who logged it) */
                                visitorUserId: number;
                                /** @description Their display name */
                                visitorName: string;
                                /** @description Date of the visit */
                                visitedOn: string;
                                /** @description The enterprise visited */
                                enterpriseId: number | null;
                                /** @description Its name */
                                enterpriseName: string | null;
                                /** @description The community or compound visited */
                                placeId: number | null;
                                /** @description Its name */
                                placeName: string | null;
                                /** @description The contact link the visit was made under */
                                linkId: number | null;
                                /** @description Who was met */
                                peopleMet: string;
                                /** @description What was found: problems, needs, follow-ups */
                                findings: string;
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
        /** Log one's visit to an enterprise or a place */
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
                        /**
                         * Format: date
                         * @description Date of the visit (not in the future)
                         */
                        visitedOn: string;
                        /** @description The enterprise visited (one of enterpriseId and placeId); must lie in the caller's visits.write scope */
                        enterpriseId?: number;
                        /** @description The community or compound visited (one of enterpriseId and placeId) */
                        placeId?: number;
                        /** @description The contact link the visit is made under: in force on visitedOn, to the same enterprise or place, and the caller's own for a cadre pairing */
                        linkId?: number;
                        /** @description Who was met */
                        peopleMet: string;
                        /** @description What was found */
                        findings: string;
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
                            /** @description Visit id */
                            id: number;
                            /** @description Who visited (the user who logged it) */
                            visitorUserId: number;
                            /** @description Their display name */
                            visitorName: string;
                            /** @description Date of the visit */
                            visitedOn: string;
                            /** @description The enterprise visited */
                            enterpriseId: number | null;
                            /** @description Its name */
                            enterpriseName: string | null;
                            /** @description The community or compound visited */
                            placeId: number | null;
                            /** @description Its name */
                            placeName: string | null;
                            /** @description The contact link the visit was made under */
                            linkId: number | null;
                            /** @description Who was met */
                            peopleMet: string;
                            /** @description What was found: problems, needs, follow-ups */
                            findings: string;
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
