CREATE TABLE "request_attachments" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "request_attachments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"request_id" bigint NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_user_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_attachments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "request_attachments_size_check" CHECK ("request_attachments"."size_bytes" BETWEEN 0 AND 2097152)
);
--> statement-breakpoint
CREATE TABLE "request_categories" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "request_categories_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"response_hours" integer NOT NULL,
	"resolution_days" integer NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_categories_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "request_categories_response_hours_check" CHECK ("request_categories"."response_hours" BETWEEN 1 AND 720),
	CONSTRAINT "request_categories_resolution_days_check" CHECK ("request_categories"."resolution_days" BETWEEN 1 AND 365)
);
--> statement-breakpoint
CREATE TABLE "request_events" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "request_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"request_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" bigint,
	"note" text,
	"department_org_id" bigint,
	"assignee_user_id" bigint,
	"escalated_to_org_id" bigint,
	"satisfaction" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_events_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "request_events_kind_check" CHECK ("request_events"."kind" IN ('transition', 'escalation'))
);
--> statement-breakpoint
CREATE TABLE "requests" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"enterprise_id" bigint NOT NULL,
	"category_id" bigint NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"source" text NOT NULL,
	"raised_by_user_id" bigint,
	"visit_id" bigint,
	"place_id" bigint,
	"status" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"first_resolved_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"response_due_at" timestamp with time zone NOT NULL,
	"resolution_due_at" timestamp with time zone NOT NULL,
	"department_org_id" bigint,
	"assignee_user_id" bigint,
	"escalation_level" integer DEFAULT 0 NOT NULL,
	"escalated_to_org_id" bigint,
	"response_escalated_at" timestamp with time zone,
	"resolution_escalated_at" timestamp with time zone,
	"satisfaction" integer,
	"resolution" text,
	"rejection_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "requests_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "requests_source_check" CHECK ("requests"."source" IN ('enterprise_contact', 'cadre_visit', 'grid_worker', 'staff')),
	CONSTRAINT "requests_status_check" CHECK ("requests"."status" IN ('submitted', 'accepted', 'assigned', 'in_progress', 'resolved', 'confirmed', 'rejected', 'reopened')),
	CONSTRAINT "requests_satisfaction_check" CHECK ("requests"."satisfaction" IS NULL OR "requests"."satisfaction" BETWEEN 1 AND 5),
	CONSTRAINT "requests_escalation_level_check" CHECK ("requests"."escalation_level" BETWEEN 0 AND 2)
);
--> statement-breakpoint
ALTER TABLE "request_attachments" ADD CONSTRAINT "request_attachments_tenant_id_request_id_requests_tenant_id_id_fk" FOREIGN KEY ("tenant_id","request_id") REFERENCES "public"."requests"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_attachments" ADD CONSTRAINT "request_attachments_tenant_id_uploaded_by_user_id_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","uploaded_by_user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_categories" ADD CONSTRAINT "request_categories_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_tenant_id_request_id_requests_tenant_id_id_fk" FOREIGN KEY ("tenant_id","request_id") REFERENCES "public"."requests"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_tenant_id_actor_user_id_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","actor_user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_tenant_id_enterprise_id_enterprises_tenant_id_id_fk" FOREIGN KEY ("tenant_id","enterprise_id") REFERENCES "public"."enterprises"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_tenant_id_category_id_request_categories_tenant_id_id_fk" FOREIGN KEY ("tenant_id","category_id") REFERENCES "public"."request_categories"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_tenant_id_raised_by_user_id_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","raised_by_user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_tenant_id_place_id_places_tenant_id_id_fk" FOREIGN KEY ("tenant_id","place_id") REFERENCES "public"."places"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_tenant_id_department_org_id_orgs_tenant_id_id_fk" FOREIGN KEY ("tenant_id","department_org_id") REFERENCES "public"."orgs"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_tenant_id_assignee_user_id_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","assignee_user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_tenant_id_escalated_to_org_id_orgs_tenant_id_id_fk" FOREIGN KEY ("tenant_id","escalated_to_org_id") REFERENCES "public"."orgs"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "request_attachments_request_idx" ON "request_attachments" USING btree ("tenant_id","request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "request_categories_code_key" ON "request_categories" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE INDEX "request_events_request_idx" ON "request_events" USING btree ("tenant_id","request_id","at");--> statement-breakpoint
CREATE INDEX "request_events_status_idx" ON "request_events" USING btree ("tenant_id","to_status","at");--> statement-breakpoint
CREATE INDEX "requests_enterprise_idx" ON "requests" USING btree ("tenant_id","enterprise_id");--> statement-breakpoint
CREATE INDEX "requests_status_idx" ON "requests" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE INDEX "requests_department_idx" ON "requests" USING btree ("tenant_id","department_org_id");--> statement-breakpoint
CREATE INDEX "requests_assignee_idx" ON "requests" USING btree ("tenant_id","assignee_user_id");--> statement-breakpoint
CREATE INDEX "requests_raised_by_idx" ON "requests" USING btree ("tenant_id","raised_by_user_id");--> statement-breakpoint
CREATE INDEX "requests_submitted_idx" ON "requests" USING btree ("tenant_id","submitted_at");