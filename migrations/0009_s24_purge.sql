CREATE TABLE `purge_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`child_id` text NOT NULL,
	`order_reference` text NOT NULL,
	`order_date` text NOT NULL,
	`status` text NOT NULL,
	`requested_by_id` text NOT NULL,
	`requested_by_name` text NOT NULL,
	`requested_at` text NOT NULL,
	`decided_by_name` text,
	`decided_at` text,
	`rejection_reason` text,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `purge_requests_child` ON `purge_requests` (`child_id`);--> statement-breakpoint
CREATE INDEX `purge_requests_status` ON `purge_requests` (`status`);--> statement-breakpoint
CREATE TABLE `s24_purges` (
	`id` text PRIMARY KEY NOT NULL,
	`purged_child_id` text NOT NULL,
	`admission_no` text NOT NULL,
	`case_numbers` text NOT NULL,
	`order_reference` text NOT NULL,
	`order_date` text NOT NULL,
	`requested_by_name` text NOT NULL,
	`requested_at` text NOT NULL,
	`confirmed_by_name` text NOT NULL,
	`confirmed_at` text NOT NULL,
	`redacted_seqs` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `journal` ADD `salt` text;--> statement-breakpoint
ALTER TABLE `journal` ADD `content_digest` text;--> statement-breakpoint
ALTER TABLE `journal` ADD `redacted_by` text;