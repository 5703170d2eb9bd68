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
                                permissions: ("orgs.read" | "orgs.write" | "members.read" | "members.write" | "members.reveal" | "places.read" | "places.write" | "users.read" | "users.write" | "audit.read" | "enterprises.read" | "enterprises.write" | "guidance.write" | "onboarding.read" | "onboarding.write" | "chains.read" | "chains.write" | "projects.read" | "projects.write")[];
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
