CREATE TABLE `match_candidates` (
	`child_id` text NOT NULL,
	`report_id` text NOT NULL,
	`probability` real NOT NULL,
	`weight` real NOT NULL,
	`label` text NOT NULL,
	`explanation` text NOT NULL,
	`first_seen_at` text NOT NULL,
	`last_run_at` text NOT NULL,
	`snapshot_version` integer NOT NULL,
	PRIMARY KEY(`child_id`, `report_id`),
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `match_candidates_first_seen` ON `match_candidates` (`first_seen_at`);--> statement-breakpoint
CREATE TABLE `match_decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`child_id` text NOT NULL,
	`report_id` text NOT NULL,
	`decision` text NOT NULL,
	`note` text,
	`decided_by` text NOT NULL,
	`decided_by_name` text NOT NULL,
	`decided_at` text NOT NULL,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `match_decisions_pair` ON `match_decisions` (`child_id`,`report_id`);--> statement-breakpoint
CREATE TABLE `match_views` (
	`user_id` text PRIMARY KEY NOT NULL,
	`seen_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `snapshot_reports` (
	`report_id` text PRIMARY KEY NOT NULL,
	`data` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `snapshot_staging` (
	`report_id` text PRIMARY KEY NOT NULL,
	`data` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `snapshot_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`registry_id` text NOT NULL,
	`version` integer NOT NULL,
	`base` integer,
	`package_id` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`imported_at` text NOT NULL,
	`report_count` integer NOT NULL,
	`matched_at` text,
	`matched_version` integer,
	`matched_children` integer
);
