CREATE TABLE "accountability_levels" (
	"tenant_id" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"rank" integer NOT NULL,
	CONSTRAINT "accountability_levels_tenant_id_code_pk" PRIMARY KEY("tenant_id","code"),
	CONSTRAINT "accountability_levels_rank_check" CHECK ("accountability_levels"."rank" >= 1)
);
--> statement-breakpoint
CREATE TABLE "accountability_records" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "accountability_records_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"item_id" bigint NOT NULL,
	"reason" text NOT NULL,
	"level_code" text NOT NULL,
	"level_name" text NOT NULL,
	"level_rank" integer NOT NULL,
	"opened_on" date NOT NULL,
	"escalated_from_id" bigint,
	"status" text NOT NULL,
	"decision" text,
	"decision_note" text,
	"closed_on" date,
	"closed_by_user_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accountability_records_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "accountability_records_reason_check" CHECK ("accountability_records"."reason" IN ('overdue', 'failed')),
	CONSTRAINT "accountability_records_status_check" CHECK ("accountability_records"."status" IN ('open', 'decided', 'escalated')),
	CONSTRAINT "accountability_records_decision_check" CHECK (("accountability_records"."status" = 'decided') = ("accountability_records"."decision" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "joint_meeting_attendees" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "joint_meeting_attendees_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"meeting_id" bigint NOT NULL,
	"member_id" bigint,
	"name" text,
	CONSTRAINT "joint_meeting_attendees_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "joint_meeting_attendees_who_check" CHECK ("joint_meeting_attendees"."member_id" IS NOT NULL OR "joint_meeting_attendees"."name" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "joint_meeting_decisions" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "joint_meeting_decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"meeting_id" bigint NOT NULL,
	"seq" integer NOT NULL,
	"content" text NOT NULL,
	CONSTRAINT "joint_meeting_decisions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "joint_meetings" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "joint_meetings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"org_id" bigint NOT NULL,
	"held_on" date NOT NULL,
	"title" text NOT NULL,
	"location" text,
	"agenda" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "joint_meetings_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "task_evidence" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "task_evidence_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"item_id" bigint NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_on" date NOT NULL,
	"by_user_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "task_evidence_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "task_evidence_size_check" CHECK ("task_evidence"."size_bytes" BETWEEN 1 AND 2097152)
);
--> statement-breakpoint
CREATE TABLE "task_item_co_owners" (
	"tenant_id" integer NOT NULL,
	"item_id" bigint NOT NULL,
	"org_id" bigint NOT NULL,
	CONSTRAINT "task_item_co_owners_tenant_id_item_id_org_id_pk" PRIMARY KEY("tenant_id","item_id","org_id")
);
--> statement-breakpoint
CREATE TABLE "task_items" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "task_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"list_id" bigint NOT NULL,
	"parent_id" bigint,
	"title" text NOT NULL,
	"description" text,
	"red_action" text NOT NULL,
	"responsible_org_id" bigint NOT NULL,
	"lead_member_id" bigint,
	"due_on" date NOT NULL,
	"weight" integer NOT NULL,
	"status" text NOT NULL,
	"decision_id" bigint,
	"created_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "task_items_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "task_items_weight_check" CHECK ("task_items"."weight" BETWEEN 1 AND 1000),
	CONSTRAINT "task_items_status_check" CHECK ("task_items"."status" IN ('open', 'submitted', 'completed', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "task_lists" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "task_lists_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"org_id" bigint NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "task_lists_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "task_lists_year_check" CHECK ("task_lists"."year" BETWEEN 2000 AND 2100)
);
--> statement-breakpoint
CREATE TABLE "task_progress_reports" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "task_progress_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"item_id" bigint NOT NULL,
	"reported_on" date NOT NULL,
	"progress" integer NOT NULL,
	"note" text,
	"by_user_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "task_progress_reports_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "task_progress_reports_progress_check" CHECK ("task_progress_reports"."progress" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "task_status_changes" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "task_status_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"item_id" bigint NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"changed_on" date NOT NULL,
	"note" text,
	"by_user_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "task_status_changes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "accountability_levels" ADD CONSTRAINT "accountability_levels_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_records" ADD CONSTRAINT "accountability_records_tenant_id_item_id_task_items_tenant_id_id_fk" FOREIGN KEY ("tenant_id","item_id") REFERENCES "public"."task_items"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_records" ADD CONSTRAINT "accountability_records_tenant_id_escalated_from_id_accountability_records_tenant_id_id_fk" FOREIGN KEY ("tenant_id","escalated_from_id") REFERENCES "public"."accountability_records"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_records" ADD CONSTRAINT "accountability_records_tenant_id_closed_by_user_id_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","closed_by_user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_meeting_attendees" ADD CONSTRAINT "joint_meeting_attendees_tenant_id_meeting_id_joint_meetings_tenant_id_id_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."joint_meetings"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_meeting_attendees" ADD CONSTRAINT "joint_meeting_attendees_tenant_id_member_id_members_tenant_id_id_fk" FOREIGN KEY ("tenant_id","member_id") REFERENCES "public"."members"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_meeting_decisions" ADD CONSTRAINT "joint_meeting_decisions_tenant_id_meeting_id_joint_meetings_tenant_id_id_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."joint_meetings"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_meetings" ADD CONSTRAINT "joint_meetings_tenant_id_org_id_orgs_tenant_id_id_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."orgs"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_evidence" ADD CONSTRAINT "task_evidence_tenant_id_item_id_task_items_tenant_id_id_fk" FOREIGN KEY ("tenant_id","item_id") REFERENCES "public"."task_items"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_evidence" ADD CONSTRAINT "task_evidence_tenant_id_by_user_id_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","by_user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_item_co_owners" ADD CONSTRAINT "task_item_co_owners_tenant_id_item_id_task_items_tenant_id_id_fk" FOREIGN KEY ("tenant_id","item_id") REFERENCES "public"."task_items"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_item_co_owners" ADD CONSTRAINT "task_item_co_owners_tenant_id_org_id_orgs_tenant_id_id_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."orgs"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_items" ADD CONSTRAINT "task_items_tenant_id_list_id_task_lists_tenant_id_id_fk" FOREIGN KEY ("tenant_id","list_id") REFERENCES "public"."task_lists"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_items" ADD CONSTRAINT "task_items_tenant_id_parent_id_task_items_tenant_id_id_fk" FOREIGN KEY ("tenant_id","parent_id") REFERENCES "public"."task_items"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_items" ADD CONSTRAINT "task_items_tenant_id_responsible_org_id_orgs_tenant_id_id_fk" FOREIGN KEY ("tenant_id","responsible_org_id") REFERENCES "public"."orgs"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_items" ADD CONSTRAINT "task_items_tenant_id_lead_member_id_members_tenant_id_id_fk" FOREIGN KEY ("tenant_id","lead_member_id") REFERENCES "public"."members"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_items" ADD CONSTRAINT "task_items_tenant_id_decision_id_joint_meeting_decisions_tenant_id_id_fk" FOREIGN KEY ("tenant_id","decision_id") REFERENCES "public"."joint_meeting_decisions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_lists" ADD CONSTRAINT "task_lists_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_lists" ADD CONSTRAINT "task_lists_tenant_id_org_id_orgs_tenant_id_id_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."orgs"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_progress_reports" ADD CONSTRAINT "task_progress_reports_tenant_id_item_id_task_items_tenant_id_id_fk" FOREIGN KEY ("tenant_id","item_id") REFERENCES "public"."task_items"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_progress_reports" ADD CONSTRAINT "task_progress_reports_tenant_id_by_user_id_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","by_user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_status_changes" ADD CONSTRAINT "task_status_changes_tenant_id_item_id_task_items_tenant_id_id_fk" FOREIGN KEY ("tenant_id","item_id") REFERENCES "public"."task_items"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_status_changes" ADD CONSTRAINT "task_status_changes_tenant_id_by_user_id_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","by_user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "accountability_levels_rank_key" ON "accountability_levels" USING btree ("tenant_id","rank");--> statement-breakpoint
CREATE UNIQUE INDEX "accountability_records_open_key" ON "accountability_records" USING btree ("tenant_id","item_id","reason") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "accountability_records_item_idx" ON "accountability_records" USING btree ("tenant_id","item_id");--> statement-breakpoint
CREATE INDEX "accountability_records_status_idx" ON "accountability_records" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE INDEX "joint_meeting_attendees_meeting_idx" ON "joint_meeting_attendees" USING btree ("tenant_id","meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "joint_meeting_decisions_seq_key" ON "joint_meeting_decisions" USING btree ("tenant_id","meeting_id","seq");--> statement-breakpoint
CREATE INDEX "joint_meetings_org_idx" ON "joint_meetings" USING btree ("tenant_id","org_id","held_on");--> statement-breakpoint
CREATE INDEX "task_evidence_item_idx" ON "task_evidence" USING btree ("tenant_id","item_id");--> statement-breakpoint
CREATE INDEX "task_item_co_owners_org_idx" ON "task_item_co_owners" USING btree ("tenant_id","org_id");--> statement-breakpoint
CREATE INDEX "task_items_list_idx" ON "task_items" USING btree ("tenant_id","list_id");--> statement-breakpoint
CREATE INDEX "task_items_parent_idx" ON "task_items" USING btree ("tenant_id","parent_id");--> statement-breakpoint
CREATE INDEX "task_items_responsible_idx" ON "task_items" USING btree ("tenant_id","responsible_org_id");--> statement-breakpoint
CREATE INDEX "task_items_due_idx" ON "task_items" USING btree ("tenant_id","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "task_lists_org_year_key" ON "task_lists" USING btree ("tenant_id","org_id","year");--> statement-breakpoint
CREATE INDEX "task_lists_year_idx" ON "task_lists" USING btree ("tenant_id","year");--> statement-breakpoint
CREATE INDEX "task_progress_reports_item_idx" ON "task_progress_reports" USING btree ("tenant_id","item_id","reported_on");--> statement-breakpoint
CREATE INDEX "task_status_changes_item_idx" ON "task_status_changes" USING btree ("tenant_id","item_id","changed_on");