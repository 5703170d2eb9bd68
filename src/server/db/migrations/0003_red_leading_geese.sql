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
CREATE TABLE "review_allocations" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "review_allocations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"campaign_id" bigint NOT NULL,
	"cycle_id" bigint NOT NULL,
	"total" integer NOT NULL,
	"stars" integer NOT NULL,
	"amount_yuan" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_allocations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "review_allocations_amount_check" CHECK ("review_allocations"."amount_yuan" >= 0)
);
--> statement-breakpoint
CREATE TABLE "review_campaigns" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "review_campaigns_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"year" integer NOT NULL,
	"run_by_org_id" bigint NOT NULL,
	"self_weight" integer NOT NULL,
	"star1_min" integer NOT NULL,
	"star2_min" integer NOT NULL,
	"star3_min" integer NOT NULL,
	"star4_min" integer NOT NULL,
	"star5_min" integer NOT NULL,
	"fund_yuan" bigint NOT NULL,
	"star_base_yuan" jsonb NOT NULL,
	"star_shares" jsonb NOT NULL,
	"commitments_due" date NOT NULL,
	"reports_due" date NOT NULL,
	"scoring_due" date NOT NULL,
	"allocated_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_campaigns_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "review_campaigns_self_weight_check" CHECK ("review_campaigns"."self_weight" BETWEEN 0 AND 100),
	CONSTRAINT "review_campaigns_thresholds_check" CHECK (0 <= "review_campaigns"."star1_min" AND "review_campaigns"."star1_min" < "review_campaigns"."star2_min" AND "review_campaigns"."star2_min" < "review_campaigns"."star3_min" AND "review_campaigns"."star3_min" < "review_campaigns"."star4_min" AND "review_campaigns"."star4_min" < "review_campaigns"."star5_min" AND "review_campaigns"."star5_min" <= 100),
	CONSTRAINT "review_campaigns_fund_check" CHECK ("review_campaigns"."fund_yuan" >= 0),
	CONSTRAINT "review_campaigns_year_check" CHECK ("review_campaigns"."year" BETWEEN 2000 AND 2100),
	CONSTRAINT "review_campaigns_due_order_check" CHECK ("review_campaigns"."commitments_due" <= "review_campaigns"."reports_due" AND "review_campaigns"."reports_due" <= "review_campaigns"."scoring_due"),
	CONSTRAINT "review_campaigns_star_arrays_check" CHECK (jsonb_array_length("review_campaigns"."star_base_yuan") = 6 AND jsonb_array_length("review_campaigns"."star_shares") = 6)
);
--> statement-breakpoint
CREATE TABLE "review_commitments" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "review_commitments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"cycle_id" bigint NOT NULL,
	"content" text NOT NULL,
	"target" text NOT NULL,
	"indicator_id" bigint,
	"result" text,
	"evidence" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_commitments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "review_cycles" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "review_cycles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"campaign_id" bigint NOT NULL,
	"org_id" bigint NOT NULL,
	"commitments_due" date NOT NULL,
	"commitments_closed_on" date,
	"report_due" date NOT NULL,
	"report_closed_on" date,
	"scoring_due" date NOT NULL,
	"scoring_closed_on" date,
	"self_total" integer,
	"superior_total" integer,
	"total" integer,
	"stars" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_cycles_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "review_cycles_stars_check" CHECK ("review_cycles"."stars" IS NULL OR "review_cycles"."stars" BETWEEN 0 AND 5),
	CONSTRAINT "review_cycles_total_check" CHECK ("review_cycles"."total" IS NULL OR "review_cycles"."total" BETWEEN 0 AND 10000)
);
--> statement-breakpoint
CREATE TABLE "review_indicators" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "review_indicators_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"campaign_id" bigint NOT NULL,
	"parent_id" bigint,
	"name" text NOT NULL,
	"weight" integer NOT NULL,
	"max_score" integer,
	"position" integer NOT NULL,
	CONSTRAINT "review_indicators_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "review_indicators_weight_check" CHECK ("review_indicators"."weight" BETWEEN 1 AND 100),
	CONSTRAINT "review_indicators_leaf_check" CHECK (("review_indicators"."parent_id" IS NULL AND "review_indicators"."max_score" IS NULL) OR ("review_indicators"."parent_id" IS NOT NULL AND "review_indicators"."max_score" > 0))
);
--> statement-breakpoint
CREATE TABLE "review_scores" (
	"tenant_id" integer NOT NULL,
	"cycle_id" bigint NOT NULL,
	"indicator_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"score_tenths" integer NOT NULL,
	"by_user_id" bigint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_scores_tenant_id_cycle_id_indicator_id_kind_pk" PRIMARY KEY("tenant_id","cycle_id","indicator_id","kind"),
	CONSTRAINT "review_scores_kind_check" CHECK ("review_scores"."kind" IN ('self', 'superior')),
	CONSTRAINT "review_scores_score_check" CHECK ("review_scores"."score_tenths" >= 0)
);
--> statement-breakpoint
CREATE TABLE "review_stage_events" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "review_stage_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"cycle_id" bigint NOT NULL,
	"stage" text NOT NULL,
	"action" text NOT NULL,
	"on" date NOT NULL,
	"reason" text,
	"due_on" date,
	"by_user_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_stage_events_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "review_stage_events_stage_check" CHECK ("review_stage_events"."stage" IN ('commitments', 'report', 'scoring')),
	CONSTRAINT "review_stage_events_reason_check" CHECK ("review_stage_events"."action" = 'close' OR ("review_stage_events"."action" = 'reopen' AND "review_stage_events"."reason" IS NOT NULL AND "review_stage_events"."due_on" IS NOT NULL))
);
--> statement-breakpoint
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
CREATE TABLE "policies" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "policies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"org_id" bigint NOT NULL,
	"doc_number" text,
	"title" text NOT NULL,
	"issuer" text NOT NULL,
	"topic" text NOT NULL,
	"red_action" text,
	"summary" text,
	"issued_on" date NOT NULL,
	"repealed_on" date,
	"repeal_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policies_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "policies_repealed_after_issue" CHECK ("policies"."repealed_on" IS NULL OR "policies"."repealed_on" > "policies"."issued_on")
);
--> statement-breakpoint
CREATE TABLE "policy_measures" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "policy_measures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"policy_id" bigint NOT NULL,
	"seq" integer NOT NULL,
	"title" text NOT NULL,
	"content" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_measures_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "policy_measures_seq_positive" CHECK ("policy_measures"."seq" > 0)
);
--> statement-breakpoint
CREATE TABLE "contact_links" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "contact_links_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"user_id" bigint,
	"org_id" bigint,
	"enterprise_id" bigint,
	"place_id" bigint,
	"member_id" bigint,
	"person_name" text,
	"direction" text,
	"note" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_links_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "contact_links_period_check" CHECK ("contact_links"."valid_to" IS NULL OR "contact_links"."valid_to" > "contact_links"."valid_from"),
	CONSTRAINT "contact_links_shape_check" CHECK (("contact_links"."kind" = 'leader_org' AND "contact_links"."user_id" IS NOT NULL AND "contact_links"."org_id" IS NOT NULL AND "contact_links"."enterprise_id" IS NULL AND "contact_links"."place_id" IS NULL)
        OR ("contact_links"."kind" = 'department_enterprise' AND "contact_links"."user_id" IS NULL AND "contact_links"."org_id" IS NOT NULL AND "contact_links"."enterprise_id" IS NOT NULL AND "contact_links"."place_id" IS NULL)
        OR ("contact_links"."kind" = 'cadre_enterprise' AND "contact_links"."user_id" IS NOT NULL AND "contact_links"."org_id" IS NULL AND "contact_links"."enterprise_id" IS NOT NULL AND "contact_links"."place_id" IS NULL)
        OR ("contact_links"."kind" = 'org_place' AND "contact_links"."user_id" IS NULL AND "contact_links"."org_id" IS NOT NULL AND "contact_links"."enterprise_id" IS NULL AND "contact_links"."place_id" IS NOT NULL)
        OR ("contact_links"."kind" = 'secondment' AND "contact_links"."user_id" IS NULL AND "contact_links"."org_id" IS NOT NULL AND "contact_links"."enterprise_id" IS NOT NULL AND "contact_links"."place_id" IS NULL
          AND "contact_links"."person_name" IS NOT NULL AND "contact_links"."direction" IN ('to_enterprise', 'to_department')))
);
--> statement-breakpoint
CREATE TABLE "contact_settings" (
	"tenant_id" integer NOT NULL,
	"kind" text NOT NULL,
	"stale_after_days" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_settings_tenant_id_kind_pk" PRIMARY KEY("tenant_id","kind"),
	CONSTRAINT "contact_settings_days_check" CHECK ("contact_settings"."stale_after_days" IS NULL OR "contact_settings"."stale_after_days" BETWEEN 1 AND 3650)
);
--> statement-breakpoint
CREATE TABLE "contact_visits" (
	"tenant_id" integer NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "contact_visits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"visitor_user_id" bigint NOT NULL,
	"visited_on" date NOT NULL,
	"enterprise_id" bigint,
	"place_id" bigint,
	"link_id" bigint,
	"people_met" text NOT NULL,
	"findings" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_visits_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "contact_visits_target_check" CHECK (("contact_visits"."enterprise_id" IS NULL) <> ("contact_visits"."place_id" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "honors" ADD COLUMN "red_action" text;--> statement-breakpoint
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
ALTER TABLE "review_allocations" ADD CONSTRAINT "review_allocations_tenant_id_campaign_id_review_campaigns_tenant_id_id_fk" FOREIGN KEY ("tenant_id","campaign_id") REFERENCES "public"."review_campaigns"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_allocations" ADD CONSTRAINT "review_allocations_tenant_id_cycle_id_review_cycles_tenant_id_id_fk" FOREIGN KEY ("tenant_id","cycle_id") REFERENCES "public"."review_cycles"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_campaigns" ADD CONSTRAINT "review_campaigns_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_campaigns" ADD CONSTRAINT "review_campaigns_tenant_id_run_by_org_id_orgs_tenant_id_id_fk" FOREIGN KEY ("tenant_id","run_by_org_id") REFERENCES "public"."orgs"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_commitments" ADD CONSTRAINT "review_commitments_tenant_id_cycle_id_review_cycles_tenant_id_id_fk" FOREIGN KEY ("tenant_id","cycle_id") REFERENCES "public"."review_cycles"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_commitments" ADD CONSTRAINT "review_commitments_tenant_id_indicator_id_review_indicators_tenant_id_id_fk" FOREIGN KEY ("tenant_id","indicator_id") REFERENCES "public"."review_indicators"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_cycles" ADD CONSTRAINT "review_cycles_tenant_id_campaign_id_review_campaigns_tenant_id_id_fk" FOREIGN KEY ("tenant_id","campaign_id") REFERENCES "public"."review_campaigns"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_cycles" ADD CONSTRAINT "review_cycles_tenant_id_org_id_orgs_tenant_id_id_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."orgs"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_indicators" ADD CONSTRAINT "review_indicators_tenant_id_campaign_id_review_campaigns_tenant_id_id_fk" FOREIGN KEY ("tenant_id","campaign_id") REFERENCES "public"."review_campaigns"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_indicators" ADD CONSTRAINT "review_indicators_tenant_id_parent_id_review_indicators_tenant_id_id_fk" FOREIGN KEY ("tenant_id","parent_id") REFERENCES "public"."review_indicators"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_scores" ADD CONSTRAINT "review_scores_tenant_id_cycle_id_review_cycles_tenant_id_id_fk" FOREIGN KEY ("tenant_id","cycle_id") REFERENCES "public"."review_cycles"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_scores" ADD CONSTRAINT "review_scores_tenant_id_indicator_id_review_indicators_tenant_id_id_fk" FOREIGN KEY ("tenant_id","indicator_id") REFERENCES "public"."review_indicators"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_scores" ADD CONSTRAINT "review_scores_tenant_id_by_user_id_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","by_user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_stage_events" ADD CONSTRAINT "review_stage_events_tenant_id_cycle_id_review_cycles_tenant_id_id_fk" FOREIGN KEY ("tenant_id","cycle_id") REFERENCES "public"."review_cycles"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
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
ALTER TABLE "requests" ADD CONSTRAINT "requests_tenant_id_visit_id_contact_visits_tenant_id_id_fk" FOREIGN KEY ("tenant_id","visit_id") REFERENCES "public"."contact_visits"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_tenant_id_org_id_orgs_tenant_id_id_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."orgs"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_measures" ADD CONSTRAINT "policy_measures_tenant_id_policy_id_policies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","policy_id") REFERENCES "public"."policies"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_links" ADD CONSTRAINT "contact_links_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_links" ADD CONSTRAINT "contact_links_tenant_id_user_id_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_links" ADD CONSTRAINT "contact_links_tenant_id_org_id_orgs_tenant_id_id_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."orgs"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_links" ADD CONSTRAINT "contact_links_tenant_id_enterprise_id_enterprises_tenant_id_id_fk" FOREIGN KEY ("tenant_id","enterprise_id") REFERENCES "public"."enterprises"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_links" ADD CONSTRAINT "contact_links_tenant_id_place_id_places_tenant_id_id_fk" FOREIGN KEY ("tenant_id","place_id") REFERENCES "public"."places"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_links" ADD CONSTRAINT "contact_links_tenant_id_member_id_members_tenant_id_id_fk" FOREIGN KEY ("tenant_id","member_id") REFERENCES "public"."members"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_settings" ADD CONSTRAINT "contact_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_visits" ADD CONSTRAINT "contact_visits_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_visits" ADD CONSTRAINT "contact_visits_tenant_id_visitor_user_id_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","visitor_user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_visits" ADD CONSTRAINT "contact_visits_tenant_id_enterprise_id_enterprises_tenant_id_id_fk" FOREIGN KEY ("tenant_id","enterprise_id") REFERENCES "public"."enterprises"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_visits" ADD CONSTRAINT "contact_visits_tenant_id_place_id_places_tenant_id_id_fk" FOREIGN KEY ("tenant_id","place_id") REFERENCES "public"."places"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_visits" ADD CONSTRAINT "contact_visits_tenant_id_link_id_contact_links_tenant_id_id_fk" FOREIGN KEY ("tenant_id","link_id") REFERENCES "public"."contact_links"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
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
CREATE INDEX "task_status_changes_item_idx" ON "task_status_changes" USING btree ("tenant_id","item_id","changed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "review_allocations_cycle_key" ON "review_allocations" USING btree ("tenant_id","campaign_id","cycle_id");--> statement-breakpoint
CREATE UNIQUE INDEX "review_campaigns_code_key" ON "review_campaigns" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE INDEX "review_campaigns_year_idx" ON "review_campaigns" USING btree ("tenant_id","year");--> statement-breakpoint
CREATE INDEX "review_commitments_cycle_idx" ON "review_commitments" USING btree ("tenant_id","cycle_id");--> statement-breakpoint
CREATE UNIQUE INDEX "review_cycles_campaign_org_key" ON "review_cycles" USING btree ("tenant_id","campaign_id","org_id");--> statement-breakpoint
CREATE INDEX "review_cycles_org_idx" ON "review_cycles" USING btree ("tenant_id","org_id");--> statement-breakpoint
CREATE INDEX "review_indicators_campaign_idx" ON "review_indicators" USING btree ("tenant_id","campaign_id","position");--> statement-breakpoint
CREATE INDEX "review_stage_events_cycle_idx" ON "review_stage_events" USING btree ("tenant_id","cycle_id");--> statement-breakpoint
CREATE INDEX "request_attachments_request_idx" ON "request_attachments" USING btree ("tenant_id","request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "request_categories_code_key" ON "request_categories" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE INDEX "request_events_request_idx" ON "request_events" USING btree ("tenant_id","request_id","at");--> statement-breakpoint
CREATE INDEX "request_events_status_idx" ON "request_events" USING btree ("tenant_id","to_status","at");--> statement-breakpoint
CREATE INDEX "requests_enterprise_idx" ON "requests" USING btree ("tenant_id","enterprise_id");--> statement-breakpoint
CREATE INDEX "requests_status_idx" ON "requests" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE INDEX "requests_department_idx" ON "requests" USING btree ("tenant_id","department_org_id");--> statement-breakpoint
CREATE INDEX "requests_assignee_idx" ON "requests" USING btree ("tenant_id","assignee_user_id");--> statement-breakpoint
CREATE INDEX "requests_raised_by_idx" ON "requests" USING btree ("tenant_id","raised_by_user_id");--> statement-breakpoint
CREATE INDEX "requests_submitted_idx" ON "requests" USING btree ("tenant_id","submitted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "policies_doc_number_key" ON "policies" USING btree ("tenant_id","doc_number");--> statement-breakpoint
CREATE INDEX "policies_topic_idx" ON "policies" USING btree ("tenant_id","topic","issued_on");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_measures_seq_key" ON "policy_measures" USING btree ("tenant_id","policy_id","seq");--> statement-breakpoint
CREATE INDEX "contact_links_kind_idx" ON "contact_links" USING btree ("tenant_id","kind","valid_from");--> statement-breakpoint
CREATE INDEX "contact_links_user_idx" ON "contact_links" USING btree ("tenant_id","user_id");--> statement-breakpoint
CREATE INDEX "contact_links_org_idx" ON "contact_links" USING btree ("tenant_id","org_id");--> statement-breakpoint
CREATE INDEX "contact_links_enterprise_idx" ON "contact_links" USING btree ("tenant_id","enterprise_id");--> statement-breakpoint
CREATE INDEX "contact_links_place_idx" ON "contact_links" USING btree ("tenant_id","place_id");--> statement-breakpoint
CREATE INDEX "contact_visits_visitor_idx" ON "contact_visits" USING btree ("tenant_id","visitor_user_id","visited_on");--> statement-breakpoint
CREATE INDEX "contact_visits_enterprise_idx" ON "contact_visits" USING btree ("tenant_id","enterprise_id","visited_on");--> statement-breakpoint
CREATE INDEX "contact_visits_place_idx" ON "contact_visits" USING btree ("tenant_id","place_id","visited_on");--> statement-breakpoint
CREATE INDEX "contact_visits_link_idx" ON "contact_visits" USING btree ("tenant_id","link_id","visited_on");