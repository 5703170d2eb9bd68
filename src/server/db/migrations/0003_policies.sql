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
ALTER TABLE "honors" ADD COLUMN "red_action" text;--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_tenant_id_org_id_orgs_tenant_id_id_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."orgs"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_measures" ADD CONSTRAINT "policy_measures_tenant_id_policy_id_policies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","policy_id") REFERENCES "public"."policies"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "policies_doc_number_key" ON "policies" USING btree ("tenant_id","doc_number");--> statement-breakpoint
CREATE INDEX "policies_topic_idx" ON "policies" USING btree ("tenant_id","topic","issued_on");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_measures_seq_key" ON "policy_measures" USING btree ("tenant_id","policy_id","seq");