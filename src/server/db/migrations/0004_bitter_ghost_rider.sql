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
CREATE UNIQUE INDEX "review_allocations_cycle_key" ON "review_allocations" USING btree ("tenant_id","campaign_id","cycle_id");--> statement-breakpoint
CREATE UNIQUE INDEX "review_campaigns_code_key" ON "review_campaigns" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE INDEX "review_campaigns_year_idx" ON "review_campaigns" USING btree ("tenant_id","year");--> statement-breakpoint
CREATE INDEX "review_commitments_cycle_idx" ON "review_commitments" USING btree ("tenant_id","cycle_id");--> statement-breakpoint
CREATE UNIQUE INDEX "review_cycles_campaign_org_key" ON "review_cycles" USING btree ("tenant_id","campaign_id","org_id");--> statement-breakpoint
CREATE INDEX "review_cycles_org_idx" ON "review_cycles" USING btree ("tenant_id","org_id");--> statement-breakpoint
CREATE INDEX "review_indicators_campaign_idx" ON "review_indicators" USING btree ("tenant_id","campaign_id","position");--> statement-breakpoint
CREATE INDEX "review_stage_events_cycle_idx" ON "review_stage_events" USING btree ("tenant_id","cycle_id");