CREATE TABLE `case_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`child_id` text NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`data` text NOT NULL,
	`recorded_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `jj_cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `case_entries_case` ON `case_entries` (`case_id`,`kind`,`date`);--> statement-breakpoint
CREATE TABLE `hearings` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`child_id` text NOT NULL,
	`date` text NOT NULL,
	`bench` text NOT NULL,
	`purpose` text NOT NULL,
	`status` text NOT NULL,
	`reason` text,
	`proceedings` text,
	`closed_by` text,
	`recorded_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `jj_cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `hearings_day` ON `hearings` (`date`,`bench`);--> statement-breakpoint
CREATE INDEX `hearings_case` ON `hearings` (`case_id`,`date`);--> statement-breakpoint
CREATE TABLE `jj_cases` (
	`id` text PRIMARY KEY NOT NULL,
	`child_id` text NOT NULL,
	`authority` text NOT NULL,
	`case_no` text NOT NULL,
	`offence_class` text,
	`apprehended_at` text,
	`first_produced_at` text,
	`particulars` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`disposed_on` text,
	`disposal` text,
	`recorded_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `jj_cases_number` ON `jj_cases` (`authority`,`case_no`);--> statement-breakpoint
CREATE INDEX `jj_cases_child` ON `jj_cases` (`child_id`);--> statement-breakpoint
CREATE INDEX `jj_cases_status` ON `jj_cases` (`authority`,`status`);