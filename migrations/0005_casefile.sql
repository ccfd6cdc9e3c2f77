CREATE TABLE `care_plan_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`child_id` text NOT NULL,
	`version` integer NOT NULL,
	`part` text NOT NULL,
	`data` text NOT NULL,
	`saved_at` text NOT NULL,
	`saved_by_id` text,
	`saved_by_name` text NOT NULL,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `care_plan_versions_child` ON `care_plan_versions` (`child_id`,`version`);--> statement-breakpoint
CREATE TABLE `case_history_sections` (
	`child_id` text NOT NULL,
	`section` text NOT NULL,
	`data` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by_id` text,
	`updated_by_name` text NOT NULL,
	PRIMARY KEY(`child_id`, `section`),
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `casefile_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`child_id` text NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`data` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `casefile_entries_child` ON `casefile_entries` (`child_id`,`kind`,`date`);--> statement-breakpoint
CREATE TABLE `child_attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`child_id` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`document_date` text,
	`file_name` text NOT NULL,
	`mime` text NOT NULL,
	`bytes` integer NOT NULL,
	`data` blob NOT NULL,
	`sha256` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by_id` text,
	`created_by_name` text NOT NULL,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `child_attachments_child` ON `child_attachments` (`child_id`);