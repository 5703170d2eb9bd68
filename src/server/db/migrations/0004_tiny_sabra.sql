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
CREATE INDEX "contact_links_kind_idx" ON "contact_links" USING btree ("tenant_id","kind","valid_from");--> statement-breakpoint
CREATE INDEX "contact_links_user_idx" ON "contact_links" USING btree ("tenant_id","user_id");--> statement-breakpoint
CREATE INDEX "contact_links_org_idx" ON "contact_links" USING btree ("tenant_id","org_id");--> statement-breakpoint
CREATE INDEX "contact_links_enterprise_idx" ON "contact_links" USING btree ("tenant_id","enterprise_id");--> statement-breakpoint
CREATE INDEX "contact_links_place_idx" ON "contact_links" USING btree ("tenant_id","place_id");--> statement-breakpoint
CREATE INDEX "contact_visits_visitor_idx" ON "contact_visits" USING btree ("tenant_id","visitor_user_id","visited_on");--> statement-breakpoint
CREATE INDEX "contact_visits_enterprise_idx" ON "contact_visits" USING btree ("tenant_id","enterprise_id","visited_on");--> statement-breakpoint
CREATE INDEX "contact_visits_place_idx" ON "contact_visits" USING btree ("tenant_id","place_id","visited_on");--> statement-breakpoint
CREATE INDEX "contact_visits_link_idx" ON "contact_visits" USING btree ("tenant_id","link_id","visited_on");