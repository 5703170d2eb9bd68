CREATE TABLE "coverage_rules" (
	"tenant_id" integer NOT NULL,
	"category" text NOT NULL,
	"counts_org" boolean DEFAULT true NOT NULL,
	"counts_instructor" boolean DEFAULT true NOT NULL,
	"visit_interval_days" integer DEFAULT 90 NOT NULL,
	CONSTRAINT "coverage_rules_tenant_id_category_pk" PRIMARY KEY("tenant_id","category")
);
--> statement-breakpoint
CREATE TABLE "enterprise_contacts" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "enterprise_contacts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"enterprise_id" bigint NOT NULL,
	"name" text NOT NULL,
	"title" text,
	"phone_enc" text,
	"phone_hash" text,
	"phone_masked" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprise_contacts_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "enterprise_designations" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "enterprise_designations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"enterprise_id" bigint NOT NULL,
	"designation" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprise_designations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "enterprises" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "enterprises_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"uscc" text NOT NULL,
	"unit_kind" text NOT NULL,
	"name" text NOT NULL,
	"address" text,
	"industry" text,
	"registered_capital" bigint,
	"employees" integer,
	"founded_on" date,
	"status" text NOT NULL,
	"responsible_org_id" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprises_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "guidance_visits" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "guidance_visits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"enterprise_id" bigint NOT NULL,
	"instructor_user_id" bigint NOT NULL,
	"visited_on" date NOT NULL,
	"topics" text NOT NULL,
	"findings" text,
	"follow_ups" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "guidance_visits_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "instructor_assignments" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "instructor_assignments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"instructor_user_id" bigint NOT NULL,
	"enterprise_id" bigint NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instructor_assignments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "org_coverage" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "org_coverage_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"org_id" bigint NOT NULL,
	"enterprise_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_coverage_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "onboarding_cases" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "onboarding_cases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"enterprise_id" bigint NOT NULL,
	"opened_on" date NOT NULL,
	"status" text NOT NULL,
	"completed_on" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "onboarding_cases_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "onboarding_handoffs" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "onboarding_handoffs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"step_id" bigint NOT NULL,
	"from_department" text NOT NULL,
	"to_department" text NOT NULL,
	"handed_on" date NOT NULL,
	"note" text,
	"by_user_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "onboarding_handoffs_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "onboarding_steps" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "onboarding_steps_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"case_id" bigint NOT NULL,
	"track" text NOT NULL,
	"seq" integer NOT NULL,
	"title" text NOT NULL,
	"owner_department" text NOT NULL,
	"owner_user_id" bigint,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"notes" text,
	"done_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "onboarding_steps_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "chain_enterprises" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "chain_enterprises_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"chain_id" bigint NOT NULL,
	"enterprise_id" bigint NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chain_enterprises_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "chains" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "chains_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"committee_org_id" bigint,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chains_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "honors" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "honors_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"holder_kind" text NOT NULL,
	"holder_id" bigint,
	"title" text NOT NULL,
	"level" text NOT NULL,
	"issuer" text,
	"awarded_on" date NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "honors_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "project_notes" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "project_notes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"project_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"category" text,
	"content" text NOT NULL,
	"noted_on" date NOT NULL,
	"status" text,
	"resolved_on" date,
	"by_user_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_notes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "project_officers" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "project_officers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"project_id" bigint NOT NULL,
	"officer_user_id" bigint NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_officers_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "project_stage_changes" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "project_stage_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"project_id" bigint NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"changed_on" date NOT NULL,
	"reason" text,
	"by_user_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_stage_changes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "projects_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"investor_enterprise_id" bigint,
	"investor_name" text NOT NULL,
	"chain_id" bigint,
	"agreed_investment" bigint NOT NULL,
	"stage" text NOT NULL,
	"stage_since" date NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "role_assignments" ADD COLUMN "enterprise_id" bigint;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "employer_id" bigint;--> statement-breakpoint
ALTER TABLE "coverage_rules" ADD CONSTRAINT "coverage_rules_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_contacts" ADD CONSTRAINT "enterprise_contacts_tenant_id_enterprise_id_enterprises_tenant_id_id_fk" FOREIGN KEY ("tenant_id","enterprise_id") REFERENCES "public"."enterprises"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_designations" ADD CONSTRAINT "enterprise_designations_tenant_id_enterprise_id_enterprises_tenant_id_id_fk" FOREIGN KEY ("tenant_id","enterprise_id") REFERENCES "public"."enterprises"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_tenant_id_responsible_org_id_orgs_tenant_id_id_fk" FOREIGN KEY ("tenant_id","responsible_org_id") REFERENCES "public"."orgs"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_visits" ADD CONSTRAINT "guidance_visits_tenant_id_enterprise_id_enterprises_tenant_id_id_fk" FOREIGN KEY ("tenant_id","enterprise_id") REFERENCES "public"."enterprises"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_visits" ADD CONSTRAINT "guidance_visits_tenant_id_instructor_user_id_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","instructor_user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instructor_assignments" ADD CONSTRAINT "instructor_assignments_tenant_id_instructor_user_id_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","instructor_user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instructor_assignments" ADD CONSTRAINT "instructor_assignments_tenant_id_enterprise_id_enterprises_tenant_id_id_fk" FOREIGN KEY ("tenant_id","enterprise_id") REFERENCES "public"."enterprises"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_coverage" ADD CONSTRAINT "org_coverage_tenant_id_org_id_orgs_tenant_id_id_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."orgs"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_coverage" ADD CONSTRAINT "org_coverage_tenant_id_enterprise_id_enterprises_tenant_id_id_fk" FOREIGN KEY ("tenant_id","enterprise_id") REFERENCES "public"."enterprises"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_cases" ADD CONSTRAINT "onboarding_cases_tenant_id_enterprise_id_enterprises_tenant_id_id_fk" FOREIGN KEY ("tenant_id","enterprise_id") REFERENCES "public"."enterprises"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_handoffs" ADD CONSTRAINT "onboarding_handoffs_tenant_id_step_id_onboarding_steps_tenant_id_id_fk" FOREIGN KEY ("tenant_id","step_id") REFERENCES "public"."onboarding_steps"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_steps" ADD CONSTRAINT "onboarding_steps_tenant_id_case_id_onboarding_cases_tenant_id_id_fk" FOREIGN KEY ("tenant_id","case_id") REFERENCES "public"."onboarding_cases"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_steps" ADD CONSTRAINT "onboarding_steps_tenant_id_owner_user_id_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","owner_user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_enterprises" ADD CONSTRAINT "chain_enterprises_tenant_id_chain_id_chains_tenant_id_id_fk" FOREIGN KEY ("tenant_id","chain_id") REFERENCES "public"."chains"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_enterprises" ADD CONSTRAINT "chain_enterprises_tenant_id_enterprise_id_enterprises_tenant_id_id_fk" FOREIGN KEY ("tenant_id","enterprise_id") REFERENCES "public"."enterprises"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chains" ADD CONSTRAINT "chains_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chains" ADD CONSTRAINT "chains_tenant_id_committee_org_id_orgs_tenant_id_id_fk" FOREIGN KEY ("tenant_id","committee_org_id") REFERENCES "public"."orgs"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "honors" ADD CONSTRAINT "honors_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_notes" ADD CONSTRAINT "project_notes_tenant_id_project_id_projects_tenant_id_id_fk" FOREIGN KEY ("tenant_id","project_id") REFERENCES "public"."projects"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_officers" ADD CONSTRAINT "project_officers_tenant_id_project_id_projects_tenant_id_id_fk" FOREIGN KEY ("tenant_id","project_id") REFERENCES "public"."projects"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_officers" ADD CONSTRAINT "project_officers_tenant_id_officer_user_id_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","officer_user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_stage_changes" ADD CONSTRAINT "project_stage_changes_tenant_id_project_id_projects_tenant_id_id_fk" FOREIGN KEY ("tenant_id","project_id") REFERENCES "public"."projects"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_tenant_id_investor_enterprise_id_enterprises_tenant_id_id_fk" FOREIGN KEY ("tenant_id","investor_enterprise_id") REFERENCES "public"."enterprises"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_tenant_id_chain_id_chains_tenant_id_id_fk" FOREIGN KEY ("tenant_id","chain_id") REFERENCES "public"."chains"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enterprise_contacts_enterprise_idx" ON "enterprise_contacts" USING btree ("tenant_id","enterprise_id");--> statement-breakpoint
CREATE INDEX "enterprise_designations_enterprise_idx" ON "enterprise_designations" USING btree ("tenant_id","enterprise_id","valid_from");--> statement-breakpoint
CREATE INDEX "enterprise_designations_kind_idx" ON "enterprise_designations" USING btree ("tenant_id","designation","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprises_uscc_key" ON "enterprises" USING btree ("tenant_id","uscc");--> statement-breakpoint
CREATE INDEX "enterprises_responsible_org_idx" ON "enterprises" USING btree ("tenant_id","responsible_org_id");--> statement-breakpoint
CREATE INDEX "guidance_visits_enterprise_idx" ON "guidance_visits" USING btree ("tenant_id","enterprise_id","visited_on");--> statement-breakpoint
CREATE INDEX "instructor_assignments_user_idx" ON "instructor_assignments" USING btree ("tenant_id","instructor_user_id");--> statement-breakpoint
CREATE INDEX "instructor_assignments_enterprise_idx" ON "instructor_assignments" USING btree ("tenant_id","enterprise_id","valid_from");--> statement-breakpoint
CREATE INDEX "org_coverage_enterprise_idx" ON "org_coverage" USING btree ("tenant_id","enterprise_id","valid_from");--> statement-breakpoint
CREATE INDEX "org_coverage_org_idx" ON "org_coverage" USING btree ("tenant_id","org_id");--> statement-breakpoint
CREATE INDEX "onboarding_cases_enterprise_idx" ON "onboarding_cases" USING btree ("tenant_id","enterprise_id");--> statement-breakpoint
CREATE INDEX "onboarding_handoffs_step_idx" ON "onboarding_handoffs" USING btree ("tenant_id","step_id");--> statement-breakpoint
CREATE INDEX "onboarding_steps_case_idx" ON "onboarding_steps" USING btree ("tenant_id","case_id","track","seq");--> statement-breakpoint
CREATE INDEX "chain_enterprises_chain_idx" ON "chain_enterprises" USING btree ("tenant_id","chain_id","valid_from");--> statement-breakpoint
CREATE INDEX "chain_enterprises_enterprise_idx" ON "chain_enterprises" USING btree ("tenant_id","enterprise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "chains_code_key" ON "chains" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE INDEX "honors_holder_idx" ON "honors" USING btree ("tenant_id","holder_kind","holder_id");--> statement-breakpoint
CREATE INDEX "project_notes_project_idx" ON "project_notes" USING btree ("tenant_id","project_id","kind");--> statement-breakpoint
CREATE INDEX "project_officers_project_idx" ON "project_officers" USING btree ("tenant_id","project_id");--> statement-breakpoint
CREATE INDEX "project_officers_user_idx" ON "project_officers" USING btree ("tenant_id","officer_user_id");--> statement-breakpoint
CREATE INDEX "project_stage_changes_project_idx" ON "project_stage_changes" USING btree ("tenant_id","project_id","changed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "projects_code_key" ON "projects" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE INDEX "projects_stage_idx" ON "projects" USING btree ("tenant_id","stage");--> statement-breakpoint
CREATE INDEX "members_employer_idx" ON "members" USING btree ("tenant_id","employer_id");