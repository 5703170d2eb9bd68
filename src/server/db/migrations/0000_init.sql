CREATE TABLE "tenants" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tenants_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenants_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "role_assignments" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "role_assignments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" bigint NOT NULL,
	"role" text NOT NULL,
	"org_id" bigint,
	"valid_from" date,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "role_assignments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"tenant_id" integer NOT NULL,
	"id" text NOT NULL,
	"user_id" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip" text,
	"user_agent" text,
	CONSTRAINT "sessions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"is_disabled" boolean DEFAULT false NOT NULL,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"locale" text DEFAULT 'zh-CN' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"tenant_id" integer NOT NULL,
	"seq" bigint NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" bigint,
	"actor_name" text,
	"ip" text,
	"action" text NOT NULL,
	"object_type" text,
	"object_id" text,
	"result" text NOT NULL,
	"diff" jsonb,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_log_tenant_id_seq_pk" PRIMARY KEY("tenant_id","seq")
);
--> statement-breakpoint
CREATE TABLE "org_versions" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "org_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"org_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"parent_id" bigint,
	"path" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"change" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_versions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "orgs" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "orgs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"category" text,
	"name" text NOT NULL,
	"short_name" text,
	"parent_id" bigint,
	"path" text NOT NULL,
	"depth" integer NOT NULL,
	"founded_on" date NOT NULL,
	"dissolved_on" date,
	"host_unit_kind" text,
	"host_unit_name" text,
	"place_id" bigint,
	"secretary_member_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "orgs_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "places" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "places_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"parent_id" bigint,
	"path" text NOT NULL,
	"depth" integer NOT NULL,
	"address" text,
	"org_id" bigint,
	"center_member_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "places_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "members" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "members_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"name_pinyin" text NOT NULL,
	"name_initials" text NOT NULL,
	"sex" text NOT NULL,
	"ethnicity" text,
	"birth_date" date NOT NULL,
	"education" text,
	"id_number_enc" text NOT NULL,
	"id_number_hash" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"phone_enc" text,
	"phone_hash" text,
	"phone_masked" text,
	"joined_on" date NOT NULL,
	"status" text NOT NULL,
	"converted_on" date,
	"post" text,
	"household_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "members_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "memberships_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"member_id" bigint NOT NULL,
	"org_id" bigint NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"start_reason" text NOT NULL,
	"end_reason" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_tenant_id_user_id_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_tenant_id_org_id_orgs_tenant_id_id_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."orgs"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_tenant_id_user_id_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_versions" ADD CONSTRAINT "org_versions_tenant_id_org_id_orgs_tenant_id_id_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."orgs"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orgs" ADD CONSTRAINT "orgs_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orgs" ADD CONSTRAINT "orgs_tenant_id_parent_id_orgs_tenant_id_id_fk" FOREIGN KEY ("tenant_id","parent_id") REFERENCES "public"."orgs"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_tenant_id_household_id_places_tenant_id_id_fk" FOREIGN KEY ("tenant_id","household_id") REFERENCES "public"."places"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_tenant_id_member_id_members_tenant_id_id_fk" FOREIGN KEY ("tenant_id","member_id") REFERENCES "public"."members"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_tenant_id_org_id_orgs_tenant_id_id_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."orgs"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "role_assignments_user_idx" ON "role_assignments" USING btree ("tenant_id","user_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("tenant_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_key" ON "users" USING btree ("tenant_id","username");--> statement-breakpoint
CREATE INDEX "audit_log_object_idx" ON "audit_log" USING btree ("tenant_id","object_type","object_id");--> statement-breakpoint
CREATE INDEX "org_versions_org_idx" ON "org_versions" USING btree ("tenant_id","org_id","valid_from");--> statement-breakpoint
CREATE INDEX "org_versions_path_idx" ON "org_versions" USING btree ("tenant_id","path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "orgs_code_key" ON "orgs" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE INDEX "orgs_path_idx" ON "orgs" USING btree ("tenant_id","path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "orgs_parent_idx" ON "orgs" USING btree ("tenant_id","parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "places_code_key" ON "places" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE INDEX "places_path_idx" ON "places" USING btree ("tenant_id","path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "places_parent_idx" ON "places" USING btree ("tenant_id","parent_id");--> statement-breakpoint
CREATE INDEX "places_org_idx" ON "places" USING btree ("tenant_id","org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "members_id_number_key" ON "members" USING btree ("tenant_id","id_number_hash");--> statement-breakpoint
CREATE INDEX "members_phone_idx" ON "members" USING btree ("tenant_id","phone_hash");--> statement-breakpoint
CREATE INDEX "members_pinyin_idx" ON "members" USING btree ("tenant_id","name_pinyin" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "members_initials_idx" ON "members" USING btree ("tenant_id","name_initials" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "memberships_org_idx" ON "memberships" USING btree ("tenant_id","org_id","valid_from");--> statement-breakpoint
CREATE INDEX "memberships_member_idx" ON "memberships" USING btree ("tenant_id","member_id","valid_from");